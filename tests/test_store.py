"""The project kept in SQLite between sessions."""

from __future__ import annotations

from datetime import date

from herald_timeline.model import Article
from herald_timeline.project import Project
from herald_timeline.store import ProjectStore, default_path


def test_articles_survive_a_restart_in_the_order_they_came(tmp_path):
    store = ProjectStore(tmp_path / "p.sqlite3")
    first = Article(source="a.txt", text="Seoul met Tokyo.", title="A",
                    published=date(2013, 6, 4), published_basis="sidecar")
    second = Article(source="b.txt", text="Cairo met Khartoum.", byline="Staff")
    assert store.save([first, second]) == 2
    assert store.save([first]) == 0  # the same article is not stored twice
    again = ProjectStore(tmp_path / "p.sqlite3").load()
    assert [(a.source, a.text, a.title, a.published, a.published_basis, a.byline)
            for a in again] == [
        ("a.txt", "Seoul met Tokyo.", "A", date(2013, 6, 4), "sidecar", None),
        ("b.txt", "Cairo met Khartoum.", None, None, "unknown", "Staff")]


def test_a_date_given_later_is_kept(tmp_path):
    store = ProjectStore(tmp_path / "p.sqlite3")
    project = Project(store=store)
    project.add_articles([Article(source="n.txt", text="Last year Seoul and Tokyo met.")])
    project.set_missing_dates(date(2014, 3, 10))
    (stored,) = store.load()
    assert (stored.published, stored.published_basis) == (date(2014, 3, 10), "option")


def test_the_store_lives_where_the_user_says(tmp_path, monkeypatch):
    monkeypatch.setenv("HERALD_TIMELINE_HOME", str(tmp_path))
    assert default_path() == tmp_path / "project.sqlite3"
    monkeypatch.delenv("HERALD_TIMELINE_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_path() == tmp_path / "data" / "herald-timeline" / "project.sqlite3"
