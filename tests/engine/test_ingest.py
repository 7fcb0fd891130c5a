"""load_article: any supported input in, a segmented Article out, or one plain sentence."""

from __future__ import annotations

import hashlib
import io
import sys
from datetime import datetime
from pathlib import Path

import pytest

from diptych.engine.errors import InputError, NetworkError
from diptych.engine.ingest import load_article

ARTICLE_EN = """Harbour town votes to keep its ferry

The council of Porthallow voted on Tuesday to keep the island ferry running
for another five years, after a long public meeting.

Seven councillors voted for the plan and six against it. The mayor did not vote.

"We cannot leave the island cut off," said councillor Ann Brook.

Related Post

Source link
"""

ARTICLE_FR = """Le port de Porthallow garde son ferry

Le conseil municipal a voté mardi le maintien du ferry pour cinq ans, après une longue réunion publique.

Sept conseillers ont voté pour, six contre. Le maire n’a pas voté.

« Nous ne pouvons pas couper l’île du monde », a déclaré la conseillère Ann Brook.

Vous pouvez partager cette histoire sur les réseaux sociaux :

Lien source
"""

LONG_PARAGRAPH = (
    "The council of Porthallow voted on Tuesday to keep the island ferry running for another "
    "five years, after a public meeting in the old school hall that lasted well into the night "
    "and drew more than two hundred residents from both sides of the water. "
)

HTML_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour town votes to keep its ferry | The Harbour Gazette</title>
<meta property="og:title" content="Harbour town votes to keep its ferry">
<script src="{base}/tracker.js"></script>
<link rel="stylesheet" href="{base}/style.css">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour town votes to keep its ferry</h1>
<p>{long}</p>
<img src="{base}/photo.jpg" alt="The ferry">
<iframe src="{base}/frame.html"></iframe>
<h2>A close vote</h2>
<p>Seven councillors voted for the plan and six against it.<br>The mayor did not vote.</p>
<ul><li>The ferry carries three hundred people a day.</li><li>Tickets will cost two pounds.</li></ul>
<script>document.write('<img src="{base}/written.png">'); fetch('{base}/beacon');</script>
<p>"We cannot leave the island cut off," said councillor Ann Brook, who has lived on the island all her life.</p>
</article>
<footer>Copyright 2024 The Harbour Gazette</footer>
</body></html>
"""

WATCHED = ["/tracker.js", "/style.css", "/photo.jpg", "/frame.html", "/written.png", "/beacon"]


def html_page(base: str = "http://127.0.0.1:9") -> str:
    return HTML_PAGE.format(base=base, long=LONG_PARAGRAPH)


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return str(path)


# --- plain text -------------------------------------------------------------------


def test_text_file_becomes_paragraph_segments_with_boilerplate_marked(tmp_path, make_options):
    path = write(tmp_path, "ferry.txt", ARTICLE_EN)
    article = load_article(path, make_options())
    assert article.source == path
    assert article.kind == "text"
    assert article.language == "en"
    assert article.title == "Harbour town votes to keep its ferry"
    assert [s.id for s in article.segments] == list(range(6))
    assert article.segments[1].text == (
        "The council of Porthallow voted on Tuesday to keep the island ferry running "
        "for another five years, after a long public meeting."
    )
    assert [s.boilerplate for s in article.segments] == [False, False, False, False, True, True]
    assert article.text == "\n\n".join(s.text for s in article.segments)
    assert article.sha256 == hashlib.sha256(article.text.encode("utf-8")).hexdigest()


def test_french_text_is_detected_and_its_furniture_marked(tmp_path, make_options):
    article = load_article(write(tmp_path, "ferry.txt", "X\n\n" + ARTICLE_FR), make_options())
    assert article.language == "fr"
    assert [s.boilerplate for s in article.segments] == [True, False, False, False, False, True, True]
    assert article.title == "Le port de Porthallow garde son ferry"


def test_language_argument_overrides_detection(tmp_path, make_options):
    article = load_article(write(tmp_path, "ferry.txt", ARTICLE_EN), make_options(), language="FR")
    assert article.language == "fr"


@pytest.mark.parametrize(
    "first_paragraph",
    [
        "The council voted on Tuesday to keep the ferry.",  # a sentence, not a headline
        " ".join(["word"] * 30),  # too long for a headline
    ],
)
def test_title_falls_back_to_the_file_name(tmp_path, make_options, first_paragraph):
    path = write(tmp_path, "harbour-news.txt", first_paragraph + "\n\nAnother paragraph here.")
    assert load_article(path, make_options()).title == "harbour-news"


def test_title_skips_boilerplate_debris(tmp_path, make_options):
    path = write(tmp_path, "ferry.txt", "X\n\nFerry saved\n\nThe ferry stays, the council said.")
    assert load_article(path, make_options()).title == "Ferry saved"


@pytest.mark.parametrize("segments", ["paragraphs", "lines"])
@pytest.mark.parametrize(
    "menu, headline, body",
    [
        ("Home Sections Log in", "Lighthouse keepers return to Ushant",
         "The lighthouse on the island was staffed again on Monday, the maritime agency said."),
        ("Menu Rechercher S'abonner", "Les gardiens de phare reviennent à Ouessant",
         "Le phare de l'île a de nouveau été gardé lundi, a indiqué l'agence maritime."),
    ],
)
def test_title_is_never_a_menu_line(tmp_path, make_options, segments, menu, headline, body):
    path = write(tmp_path, "phare.txt", f"{menu}\n\n{headline}\n\n{body}")
    assert load_article(path, make_options(segments=segments)).title == headline


def test_markdown_heading_is_the_title_without_its_marks(tmp_path, make_options):
    path = write(tmp_path, "ferry.md", "# Ferry saved\n\nThe ferry stays, the council said.")
    article = load_article(path, make_options())
    assert article.title == "Ferry saved"
    assert article.segments[0].text == "Ferry saved"


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le", "cp1252"]
)
def test_text_in_common_encodings_reads_the_same(tmp_path, make_options, encoding):
    text = (
        "Le maire réélu\n\nLe président a déclaré qu’il était « très inquiet » — à juste titre. "
        "Le billet coûte 5 € l’été.\n\nÇa suffit, a répondu la déléguée."
    )
    if encoding == "utf-16-le-bom":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        data = b"\xfe\xff" + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    article = load_article(write(tmp_path, "maire.txt", data), make_options())
    assert article.text == text
    assert article.title == "Le maire réélu"


@pytest.mark.parametrize(
    "text, encoding",
    [
        ("Die Bürger in München haben über die Fähre abgestimmt. Größer wäre besser.", "latin-1"),
        ("El alcalde dijo que la decisión era difícil, pero necesaria.", "cp1252"),
        ("Café ouvert.", "cp1252"),
    ],
)
def test_short_legacy_western_text_is_not_misread(tmp_path, make_options, text, encoding):
    article = load_article(write(tmp_path, "short.txt", text.encode(encoding)), make_options())
    assert article.text == text


def test_windows_line_endings_are_normalised(tmp_path, make_options):
    path = write(tmp_path, "crlf.txt", b"Ferry saved\r\n\r\nThe ferry\r\nstays.\r\n")
    assert [s.text for s in load_article(path, make_options()).segments] == ["Ferry saved", "The ferry stays."]


# --- inputs that must be refused ---------------------------------------------------


@pytest.mark.parametrize(
    "name, data, named",
    [
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>", "a PDF document"),
        ("report.txt", b"%PDF-1.4\nrenamed", "a PDF document"),
        ("photo.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "a JPEG image"),
        ("anim.gif", b"GIF89a\x01\x00\x01\x00", "a GIF image"),
        ("letter.docx", b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a ZIP archive (or a Word"),
        ("page.html.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "a gzip archive"),
        ("data.bin", b"abc\x00\x01\x02\x03def\x00", "a binary file (it contains NUL bytes)"),
        ("late.txt", b"Ferry saved.\n\n" * 2000 + b"\x00", "a binary file (it contains NUL bytes)"),
    ],
)
def test_binary_files_are_refused_naming_their_format(tmp_path, make_options, name, data, named):
    path = write(tmp_path, name, data)
    with pytest.raises(InputError) as caught:
        load_article(path, make_options())
    assert str(caught.value).startswith(f"{path} is {named}")
    assert str(caught.value).endswith("; Diptych reads web pages and plain text.")
    assert caught.value.exit_code == 2


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "is empty"),
        (b"   \n\n\t \r\n", "contains only blank space"),
        (b"\xef\xbb\xbf\n\n", "contains only blank space"),
        (b"X\n\n* * *\n\nRelated Post\n\nSource link", "every line looks like page furniture"),
    ],
)
def test_empty_blank_or_furniture_only_files_are_refused(tmp_path, make_options, data, message):
    with pytest.raises(InputError, match=message):
        load_article(write(tmp_path, "empty.txt", data), make_options())


def test_missing_file_says_so_and_what_to_do(tmp_path, make_options):
    path = str(tmp_path / "nowhere.txt")
    with pytest.raises(InputError, match=f"There is no file {path}; check the path."):
        load_article(path, make_options())


def test_host_name_without_scheme_gets_a_hint(make_options, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match="add https:// in front"):
        load_article("www.example.org/ferry", make_options())


def test_directory_is_refused(tmp_path, make_options):
    with pytest.raises(InputError, match="is a folder, not a file"):
        load_article(str(tmp_path), make_options())


def test_unreadable_file_is_refused(tmp_path, make_options, monkeypatch):
    path = write(tmp_path, "secret.txt", "Ferry saved")
    real_open = Path.open

    def refuse(self, *args, **kwargs):  # chmod 000 does not stop root, so refuse here
        if str(self) == path:
            raise PermissionError(13, "Permission denied", path)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(InputError, match="may not read .*permission denied"):
        load_article(path, make_options())


def test_file_larger_than_the_cap_is_refused(tmp_path, make_options):
    path = write(tmp_path, "huge.txt", "Ferry saved.\n\n" * 200)
    with pytest.raises(InputError, match="larger than"):
        load_article(path, make_options(max_bytes=1000))


@pytest.mark.parametrize(
    "spec, message",
    [
        ("ftp://example.org/ferry.txt", "cannot fetch ftp: addresses"),
        ("file:///tmp/ferry.txt", "give the file's path instead"),
        ("mailto:editor@example.org", "cannot fetch mailto: addresses"),
        ("https://", "not a valid web address"),
    ],
)
def test_unsupported_addresses_are_input_errors(make_options, spec, message):
    with pytest.raises(InputError, match=message):
        load_article(spec, make_options())


# --- HTML ---------------------------------------------------------------------------


def test_html_file_gives_main_text_with_headings_and_list_items_as_paragraphs(tmp_path, make_options):
    article = load_article(write(tmp_path, "ferry.html", html_page()), make_options())
    texts = [s.text for s in article.segments]
    assert article.kind == "html"
    assert article.title == "Harbour town votes to keep its ferry"
    assert texts[0] == "Harbour town votes to keep its ferry"  # the headline is content, once
    assert texts.count("Harbour town votes to keep its ferry") == 1
    assert "A close vote" in texts
    assert "Seven councillors voted for the plan and six against it. The mayor did not vote." in texts
    assert "The ferry carries three hundred people a day." in texts
    assert "Tickets will cost two pounds." in texts
    assert not any("document.write" in t or "Home" == t or "Copyright" in t for t in texts)
    assert article.language == "en"


def test_html_never_fetches_what_the_page_references(http_server, tmp_path, make_options):
    for path in WATCHED:
        http_server.routes[path] = (200, "text/plain", b"should never be requested")
    page = html_page(http_server.base_url)
    load_article(write(tmp_path, "ferry.html", page), make_options())
    http_server.routes["/ferry"] = (200, "text/html; charset=utf-8", page.encode())
    load_article(http_server.url("/ferry"), make_options())
    assert http_server.hits["/ferry"] == 1
    assert all(http_server.hits[path] == 0 for path in WATCHED)


def test_html_title_falls_back_to_the_title_element(tmp_path, make_options):
    page = f"<html><head><title>Ferry news</title></head><body><article><p>{LONG_PARAGRAPH}</p></article></body></html>"
    assert load_article(write(tmp_path, "a.html", page), make_options()).title.startswith("Ferry news")


def test_short_genuine_page_is_accepted(tmp_path, make_options):
    page = "<html><body><h1>Ferry saved</h1><p>The council kept the ferry on Tuesday.</p></body></html>"
    article = load_article(write(tmp_path, "brief.html", page), make_options())
    assert "The council kept the ferry on Tuesday." in [s.text for s in article.segments]


def test_few_words_from_a_big_page_look_like_a_paywall(tmp_path, make_options):
    navigation = "".join(f"<li><a href='/s{i}'>Section number {i} of the site</a></li>" for i in range(150))
    page = (
        "<html><head><title>Ferry</title>"
        + "<script>var app = {};</script>" * 300
        + f"</head><body><nav><ul>{navigation}</ul></nav><article><h1>Ferry saved</h1>"
        "<p>Subscribe to read the full story about the ferry.</p></article></body></html>"
    )
    with pytest.raises(InputError, match="paywalled or has no article"):
        load_article(write(tmp_path, "paywall.html", page), make_options())


@pytest.mark.parametrize(
    "teaser",
    [
        "Subscribe to continue reading about the ferry.",
        "La suite de cet article est réservée aux abonnés. Abonnez-vous.",
        "Weiterlesen? Jetzt abonnieren und alles über die Fähre lesen.",
        "Contenuto riservato agli abbonati: abbonati ora per leggere.",
    ],
)
def test_a_short_teaser_in_a_paywalls_words_is_refused_in_any_language(tmp_path, make_options, teaser):
    page = f"<html><body><article><h1>Ferry saved</h1><p>{teaser}</p></article></body></html>"
    with pytest.raises(InputError, match="paywalled or has no article"):
        load_article(write(tmp_path, "teaser.html", page), make_options())


def test_a_short_page_that_invites_to_a_newsletter_is_not_a_paywall(tmp_path, make_options):
    page = (
        "<html><body><h1>Ferry saved</h1><p>The council kept the ferry on Tuesday.</p>"
        "<p>Subscribe to our newsletter.</p></body></html>"
    )
    article = load_article(write(tmp_path, "brief.html", page), make_options())
    assert "The council kept the ferry on Tuesday." in [s.text for s in article.segments]


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Empty</title></head><body></body></html>",
        "<html><body><script>render()</script></body></html>",
    ],
)
def test_page_without_text_is_refused(tmp_path, make_options, page):
    with pytest.raises(InputError, match="No article text found"):
        load_article(write(tmp_path, "empty.html", page), make_options())


def test_html_meta_charset_is_honoured(tmp_path, make_options):
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "<title>Réunion</title></head><body><article><h1>Le ferry reste</h1>"
        "<p>Le conseil a voté mardi le maintien du ferry pour cinq ans, après une longue réunion "
        "publique où les habitants des deux rives ont exprimé leurs craintes et leurs espoirs "
        "devant les élus réunis dans l’ancienne école du port.</p></article></body></html>"
    )
    article = load_article(write(tmp_path, "fr.html", page.encode("cp1252")), make_options())
    assert "l’ancienne école" in article.text
    assert article.language == "fr"


@pytest.mark.parametrize("name", ["ferry.page", "ferry"])
def test_unknown_extension_is_sniffed_as_html_or_text(tmp_path, make_options, name):
    html = load_article(write(tmp_path, name, html_page()), make_options())
    assert html.kind == "html" and html.title == "Harbour town votes to keep its ferry"
    text = load_article(write(tmp_path, name + ".log", ARTICLE_EN), make_options())
    assert text.kind == "text" and len(text.segments) == 6


# --- URLs ---------------------------------------------------------------------------


def test_url_is_fetched_extracted_and_cached_for_offline_reopening(http_server, make_options):
    http_server.routes["/ferry"] = (200, "text/html; charset=utf-8", html_page().encode())
    url = http_server.url("/ferry")
    online = load_article(url, make_options())
    assert (online.source, online.kind, online.title) == (url, "url", "Harbour town votes to keep its ferry")
    offline = load_article(url, make_options(offline=True))
    assert http_server.hits["/ferry"] == 1
    assert offline.text == online.text and offline.retrieved == online.retrieved


def test_utf8_page_served_with_a_default_latin1_header_reads_right(http_server, make_options):
    page = html_page().replace("votes to keep", "vote à garder").encode("utf-8")
    http_server.routes["/ferry"] = (200, "text/html; charset=ISO-8859-1", page)
    assert load_article(http_server.url("/ferry"), make_options()).title == "Harbour town vote à garder its ferry"


def test_plain_text_mislabelled_as_html_is_read_as_text(tmp_path, make_options):
    article = load_article(write(tmp_path, "ferry.html", ARTICLE_EN), make_options())
    assert len(article.segments) == 6 and article.title == "Harbour town votes to keep its ferry"


def test_plain_text_url_is_read_as_text(http_server, make_options):
    http_server.routes["/ferry.txt"] = (200, "text/plain; charset=utf-8", ARTICLE_EN.encode())
    article = load_article(http_server.url("/ferry.txt"), make_options())
    assert article.kind == "url"
    assert len(article.segments) == 6 and article.segments[4].boilerplate


def test_dead_url_is_a_network_error(http_server, make_options):
    url = http_server.url("/missing")
    with pytest.raises(NetworkError, match=f"Could not fetch {url}: the server answered 404 Not Found"):
        load_article(url, make_options())


def test_image_served_as_html_is_an_input_error(http_server, make_options):
    http_server.routes["/photo"] = (200, "text/html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="is a PNG image"):
        load_article(http_server.url("/photo"), make_options())


def test_offline_url_without_cache_is_refused(http_server, make_options):
    with pytest.raises(InputError, match="--offline forbids fetching"):
        load_article(http_server.url("/ferry"), make_options(offline=True))


# --- standard input -----------------------------------------------------------------


def test_stdin_text(make_options):
    article = load_article("-", make_options(), stdin=io.BytesIO(ARTICLE_EN.encode()))
    assert (article.source, article.kind, article.title) == ("-", "stdin", "Harbour town votes to keep its ferry")
    assert len(article.segments) == 6


def test_stdin_html_is_sniffed(make_options):
    article = load_article("-", make_options(), stdin=io.BytesIO(html_page().encode()))
    assert article.kind == "stdin"
    assert "Tickets will cost two pounds." in [s.text for s in article.segments]


def test_stdin_defaults_to_the_process_standard_input(make_options, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE_FR.encode())))
    assert load_article("-", make_options()).language == "fr"


def test_stdin_binary_is_refused(make_options):
    with pytest.raises(InputError, match="^Standard input is a PDF document"):
        load_article("-", make_options(), stdin=io.BytesIO(b"%PDF-1.5\n..."))


def test_stdin_without_a_headline_gets_its_first_words_as_title(make_options):
    text = " ".join(["The ferry will keep running, the council said on Tuesday."] * 3)
    article = load_article("-", make_options(), stdin=io.BytesIO(text.encode()))
    assert article.title == "The ferry will keep running, the council said on Tuesday. The ferry…"


# --- segment units ------------------------------------------------------------------


def test_sentences_mode_splits_content_and_keeps_furniture_whole(tmp_path, make_options):
    article = load_article(write(tmp_path, "ferry.txt", ARTICLE_EN), make_options(segments="sentences"))
    texts = [(s.text, s.boilerplate) for s in article.segments]
    assert ("Seven councillors voted for the plan and six against it.", False) in texts
    assert ("The mayor did not vote.", False) in texts
    assert texts[-2:] == [("Related Post", True), ("Source link", True)]
    assert [s.id for s in article.segments] == list(range(len(texts)))


def test_lines_mode_keeps_every_non_empty_line_exactly(tmp_path, make_options):
    lines = [f"  Line {i}: the ferry sails at {i % 24}h.  " if i % 7 else f"Related Post {i}" for i in range(5000)]
    data = "\r\n".join(lines[:2500]) + "\r\n\r\n   \r\n" + "\n".join(lines[2500:]) + "\n"
    path = write(tmp_path, "corpus.txt", data)
    article = load_article(path, make_options(segments="lines"))  # its speed: benchmarks/bench_speed.py
    assert [s.text for s in article.segments] == lines
    assert [s.id for s in article.segments] == list(range(5000))
    assert not any(s.boilerplate for s in article.segments)
    assert article.text == "\n".join(lines)
    assert article.language == "en"


def test_lines_mode_marks_no_debris(tmp_path, make_options):
    article = load_article(write(tmp_path, "c.txt", "X\nRelated Post\nLien source\n"), make_options(segments="lines"))
    assert [(s.text, s.boilerplate) for s in article.segments] == [
        ("X", False), ("Related Post", False), ("Lien source", False),
    ]


# --- metadata -----------------------------------------------------------------------


def test_retrieved_is_an_iso_8601_utc_time(tmp_path, make_options):
    article = load_article(write(tmp_path, "ferry.txt", ARTICLE_EN), make_options())
    assert article.retrieved.endswith("Z")
    assert datetime.fromisoformat(article.retrieved.replace("Z", "+00:00")).utcoffset().total_seconds() == 0


def test_progress_hears_fetch_extract_and_segment(http_server, make_options):
    http_server.routes["/ferry"] = (200, "text/html", html_page().encode())
    heard = []
    load_article(http_server.url("/ferry"), make_options(), progress=lambda step, f: heard.append((step, f)))
    steps = [step for step, _ in heard]
    assert sorted(set(steps), key=steps.index) == ["fetch", "extract", "segment"]
    assert heard[0] == ("fetch", 0.0) and heard[-1] == ("segment", 1.0)
    assert all(max(f for s, f in heard if s == step) == 1.0 for step in set(steps))
    assert all(0.0 <= f <= 1.0 for _, f in heard)
