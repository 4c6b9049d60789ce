"""Whatever users drag in: web pages, legacy encodings, e-mail, links from a real HTTP server
on 127.0.0.1, dropped text; each bad input named, the rest imported."""

from __future__ import annotations

import http.server
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from herald_timeline.ingest import Payload, open_inputs
from herald_timeline.ingest import fetch as fetch_module

PAGES = Path(__file__).resolve().parent / "pages"
SAVED_PAGE = PAGES / "korea-herald-saved.html"
KOREAN = "서울은 중국과의 군사 협력을 강화하려 한다. 지난해 두 나라는 첫 전략 국방 대화를 가졌다."


def only(result):
    assert result.errors == [], result.errors
    (article,) = result.articles
    return article


def test_a_saved_page_gives_the_article_not_the_page():
    article = only(open_inputs([str(SAVED_PAGE)]))
    assert article.text.startswith("Seoul seeks to boost military ties with China")
    assert "The two sides have so far held seven rounds of talks" in article.text
    for furniture in ("Advertisement", "Comments", "First!", "Back To Top", "catch table",
                      "Copyright", "National", "track()"):
        assert furniture not in article.text
    assert article.title == "Seoul seeks to boost military ties with China"
    assert article.publisher == "The Korea Herald"
    assert article.byline == "Choi He-suk"
    assert (article.published, article.published_basis) == (date(2012, 5, 21), "metadata")


@pytest.mark.parametrize("encoding", ["euc-kr", "cp949", "utf-8", "utf-8-sig", "utf-16"])
def test_korean_text_in_any_encoding(tmp_path, encoding):
    path = tmp_path / f"korean-{encoding}.txt"
    path.write_bytes(KOREAN.encode(encoding))
    assert only(open_inputs([str(path)])).text == KOREAN


@pytest.mark.parametrize(("text", "encoding"), [
    ("日本と韓国は来週、防衛協議を開く。両国の外相は東京で会談した。", "shift_jis"),
    ("中国和韩国去年举行了首次战略国防对话。双方同意加强合作。", "gb18030"),
    ("Café talks in Zürich: the délégations met on Monday — «historic».", "cp1252"),
])
def test_legacy_encodings_are_detected(tmp_path, text, encoding):
    path = tmp_path / "legacy.txt"
    path.write_bytes(((text + "\n") * 3).encode(encoding))
    assert only(open_inputs([str(path)])).text == (text + "\n") * 3


def test_an_euc_kr_web_page(tmp_path):
    page = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=euc-kr'>"
            "<title>국방부</title></head><body><article><h1>국방 협력</h1>"
            + "".join(f"<p>{KOREAN} {n}</p>" for n in range(4)) + "</article></body></html>")
    path = tmp_path / "yonhap.html"
    path.write_bytes(page.encode("euc-kr"))
    article = only(open_inputs([str(path)]))
    assert KOREAN in article.text


def test_an_email_with_its_date(tmp_path):
    path = tmp_path / "tip.eml"
    path.write_bytes(
        b"From: desk@example.org\r\nTo: analyst@example.org\r\nSubject: Tokyo talks\r\n"
        b"Date: Tue, 04 Jun 2013 09:30:00 +0900\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"\r\nJapan and South Korea held defense talks in Tokyo yesterday.\r\n")
    article = only(open_inputs([str(path)]))
    assert article.title == "Tokyo talks"
    assert (article.published, article.published_basis) == (date(2013, 6, 4), "metadata")


class _Site(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {}

    def do_GET(self):  # noqa: N802 (http.server's name)
        if self.path == "/slow":
            time.sleep(2)
        status, content_type, body = self.routes.get(self.path, (404, "text/plain", b"no"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # keep the test output clean
        pass


@pytest.fixture
def site():
    page = SAVED_PAGE.read_bytes()
    _Site.routes = {
        "/view.php?ud=20120521001010": (200, "text/html; charset=utf-8",
                                        page.replace(b"article:published_time", b"x")),
        "/plain": (200, "text/plain; charset=utf-8", b"Seoul and Tokyo met on June 3, 2013."),
        "/image.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
        "/big": (200, "text/html", b"<p>x</p>" * 25),
        "/slow": (200, "text/plain", b"late"),
    }
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_links_are_fetched_and_their_date_read_from_the_address(site):
    article = only(open_inputs([f"{site}/view.php?ud=20120521001010"]))
    assert "seven rounds of talks" in article.text
    # The page states no date here: the Korea Herald's article id in the URL gives it,
    # and nothing guessed from the page's text comes before that.
    assert (article.published, article.published_basis) == (date(2012, 5, 21), "url")


def test_bad_links_are_named_with_their_reason(site, monkeypatch):
    monkeypatch.setattr(fetch_module, "TIMEOUT_SECONDS", 0.5)
    monkeypatch.setattr(fetch_module, "MAX_BYTES", 100)
    result = open_inputs([f"{site}/plain", f"{site}/missing", f"{site}/image.png",
                          f"{site}/big", f"{site}/slow"])
    assert [a.text for a in result.articles] == ["Seoul and Tokyo met on June 3, 2013."]
    reasons = {e.source.rsplit("/", 1)[-1]: e.error for e in result.errors}
    assert reasons == {
        "missing": "the server answered HTTP 404 Not Found",
        "image.png": "not an article (the link gives image/png)",
        "big": "too large (200 bytes; the limit is 100 bytes)",
        "slow": "no answer within 0.5 seconds",
    }


def test_the_same_text_from_a_file_and_a_link_is_one_article(site, tmp_path):
    path = tmp_path / "same.txt"
    path.write_text("Seoul and Tokyo met on June 3, 2013.", encoding="utf-8")
    assert len(open_inputs([str(path), f"{site}/plain"]).articles) == 1


def test_dropped_html_and_text():
    result = open_inputs([], payloads=[
        Payload("https://example.org/2013/06/05/talks", SAVED_PAGE.read_text("utf-8"),
                "html", "https://example.org/2013/06/05/talks"),
        Payload("dropped text", "Published : June 4, 2013\nSeoul and Tokyo held talks.", "text"),
    ])
    assert result.errors == []
    page, text = result.articles
    assert page.published_basis == "metadata"
    assert (text.published, text.published_basis) == (date(2013, 6, 4), "dateline")


def test_progress_and_cancel_keep_what_was_read(tmp_path):
    for number in range(10):
        (tmp_path / f"a{number}.txt").write_text(f"Article number {number}.", encoding="utf-8")
    seen = []
    result = open_inputs([str(tmp_path)], progress=lambda done, total, source: seen.append(
        (done, total)), cancelled=lambda: len(seen) >= 4)
    assert result.cancelled
    assert len(result.articles) == 4 and seen[-1] == (4, 10)


def test_an_oversized_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.seek(51 * 1024 * 1024)
        handle.write(b"x")
    result = open_inputs([str(big)])
    assert [e.error for e in result.errors] == ["too large (51 MB; the limit is 50 MB)"]


def test_a_file_cut_off_inside_a_character_still_reads(tmp_path):
    path = tmp_path / "cut.txt"
    text = KOREAN.rstrip(".")  # ends in a Hangul syllable: three bytes in UTF-8
    path.write_bytes(text.encode("utf-8")[:-1])
    assert only(open_inputs([str(path)])).text == text[:-1]


def test_a_truncated_timeml_file_is_named(tmp_path):
    path = tmp_path / "cut.tml"
    path.write_text("<TimeML><TEXT>It fell <TIMEX3 tid='t1'>yester", encoding="utf-8")
    (error,) = open_inputs([str(path)]).errors
    assert error.error.startswith("not well-formed TimeML")


def _pdf_with_text(line: str) -> bytes:
    """A one-page PDF whose page shows `line` in Helvetica, written out by hand."""
    stream = f"BT /F1 12 Tf 72 720 Td ({line}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def test_pdf_and_word_documents(tmp_path):
    import docx

    pdf = tmp_path / "cable.pdf"
    pdf.write_bytes(_pdf_with_text("Seoul and Tokyo held defense talks on June 3, 2013."))
    word = tmp_path / "memo.docx"
    document = docx.Document()
    document.core_properties.title = "Memo on Gulf talks"
    document.add_paragraph("Iran and Oman held talks in Muscat on May 5, 2014.")
    document.save(word)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not really a PDF")
    result = open_inputs([str(pdf), str(word), str(broken)])
    texts = {Path(a.source).name: a for a in result.articles}
    assert "Seoul and Tokyo held defense talks" in texts["cable.pdf"].text
    assert texts["memo.docx"].title == "Memo on Gulf talks"
    assert texts["memo.docx"].text == "Iran and Oman held talks in Muscat on May 5, 2014."
    assert [(Path(e.source).name, e.error.split(" (")[0]) for e in result.errors] == [
        ("broken.pdf", "not a readable PDF")]


def test_page_furniture_around_plain_text_is_dropped(seed_path):
    article = only(open_inputs([str(seed_path)]))
    assert article.text.startswith("South Korea recently approached China")
    assert article.text.endswith("working-level negotiations have been conducted.")
    for furniture in ("Back To Top", "catch table", "Korea Herald daum", "By Choi"):
        assert furniture not in article.text
    assert article.byline == "Choi He-suk"


def test_a_short_note_is_kept_whole(tmp_path):
    note = "Call from the desk\nSeoul and Tokyo met.\nMore later"
    path = tmp_path / "note.txt"
    path.write_text(note, encoding="utf-8")
    assert only(open_inputs([str(path)])).text == note


def test_a_dateline_at_the_top_is_kept_and_dates_the_article(tmp_path):
    path = tmp_path / "dated.txt"
    path.write_text("Back To Top\nPublished : June 4, 2013\n"
                    "Japan and South Korea held defense talks in Tokyo yesterday, officials "
                    "said, in the first such meeting in two years, as the two neighbors seek "
                    "to mend ties strained by disputes over history and territory and to share "
                    "more information about the North.\n"
                    "The two countries agreed to meet again next month in Seoul, the ministry "
                    "said in a statement released after the talks, adding that working-level "
                    "officials would prepare an agenda covering exchanges between their "
                    "militaries and rescue operations at sea.\n", encoding="utf-8")
    article = only(open_inputs([str(path)]))
    assert (article.published, article.published_basis) == (date(2013, 6, 4), "dateline")
    assert not article.text.startswith("Back To Top")


def test_several_processes_read_the_same_as_one(tmp_path):
    for number in range(12):
        (tmp_path / f"a{number:02d}.txt").write_text(
            f"Seoul and Tokyo held talks number {number} on June 3, 2013.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    one, two = (open_inputs([str(tmp_path)], jobs=jobs) for jobs in (1, 2))
    assert [a.text for a in one.articles] == [a.text for a in two.articles]
    assert [e.to_dict() for e in one.errors] == [e.to_dict() for e in two.errors]
