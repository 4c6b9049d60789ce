"""The one opener: files, folders, stdin; dates in the contract's order; named errors."""

from __future__ import annotations

import io
import json
from datetime import date

from herald_timeline.ingest import open_inputs


def write(path, text: str, meta: dict | None = None):
    path.write_text(text, encoding="utf-8")
    if meta is not None:
        path.with_name(path.stem + ".meta.json").write_text(json.dumps(meta))
    return path


def test_sidecar_date_wins_over_the_option(tmp_path):
    article = write(tmp_path / "a.txt", "Seoul and Tokyo met last year.",
                    {"published": "2012-05-21", "title": "T", "publisher": "P"})
    (read,) = open_inputs([str(article)], published=date(2020, 1, 1)).articles
    assert (read.published, read.published_basis) == (date(2012, 5, 21), "sidecar")
    assert (read.title, read.publisher) == ("T", "P")


def test_url_in_the_sidecar_dates_the_article(tmp_path):
    article = write(tmp_path / "b.txt", "Talks went on.",
                    {"url": "https://www.koreaherald.com/view.php?ud=20120521001010"})
    (read,) = open_inputs([str(article)]).articles
    assert (read.published, read.published_basis) == (date(2012, 5, 21), "url")


def test_dateline_then_option_then_unknown(tmp_path):
    dated = write(tmp_path / "c.txt", "Published : June 4, 2013\nSeoul said so.")
    undated = write(tmp_path / "d.txt", "Seoul said so on Monday.")
    result = open_inputs([str(dated), str(undated)], published=date(2014, 2, 2))
    by_name = {a.source.rsplit("/", 1)[-1]: a for a in result.articles}
    assert (by_name["c.txt"].published, by_name["c.txt"].published_basis) == (
        date(2013, 6, 4), "dateline")
    assert (by_name["d.txt"].published, by_name["d.txt"].published_basis) == (
        date(2014, 2, 2), "option")
    (unknown,) = open_inputs([str(undated)]).articles
    assert (unknown.published, unknown.published_basis) == (None, "unknown")


def test_timeml_dct_is_metadata(tmp_path):
    tml = tmp_path / "doc.tml"
    tml.write_text('<?xml version="1.0" ?><TimeML><DOCID>x</DOCID><DCT><TIMEX3 tid="t0" '
                   'type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">'
                   '19980108</TIMEX3></DCT><TEXT>It fell <TIMEX3 tid="t1" type="DATE" '
                   'value="1998-01-07">yesterday</TIMEX3>.</TEXT></TimeML>', encoding="utf-8")
    (read,) = open_inputs([str(tml)]).articles
    assert read.text == "It fell yesterday."
    assert (read.published, read.published_basis) == (date(1998, 1, 8), "metadata")


def test_bad_inputs_are_named_and_the_rest_go_through(tmp_path):
    good = write(tmp_path / "good.txt", "Seoul met Tokyo.")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG" * 10)
    (tmp_path / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    result = open_inputs([str(good), str(tmp_path / "empty.txt"), str(tmp_path / "binary.txt"),
                          str(tmp_path / "image.png"), str(tmp_path / "missing.txt")])
    assert [a.text for a in result.articles] == ["Seoul met Tokyo."]
    reasons = {e.source.rsplit("/", 1)[-1]: e.error for e in result.errors}
    assert reasons == {
        "empty.txt": "empty file",
        "binary.txt": "not a text document (binary data)",
        "image.png": "unsupported file type .png",
        "missing.txt": "no such file or folder",
    }


def test_folders_are_read_recursively_skipping_hidden_and_other_files(tmp_path):
    write(tmp_path / "one.txt", "First article.")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "two.md", "Second article.")
    (tmp_path / ".hidden").mkdir()
    write(tmp_path / ".hidden" / "three.txt", "Hidden article.")
    write(tmp_path / "sub" / "notes.json", "{}")
    result = open_inputs([str(tmp_path)])
    assert sorted(a.text for a in result.articles) == ["First article.", "Second article."]
    assert result.errors == []


def test_the_same_text_twice_is_one_article(tmp_path):
    first = write(tmp_path / "x.txt", "Same words.")
    second = write(tmp_path / "y.txt", "Same words.")
    assert len(open_inputs([str(first), str(second), str(first)]).articles) == 1


def test_standard_input(tmp_path):
    stream = io.BytesIO("\ufeffSeoul met Tokyo.".encode())
    (read,) = open_inputs(["-"], stdin=stream).articles
    assert read.source == "-" and read.text == "Seoul met Tokyo."
