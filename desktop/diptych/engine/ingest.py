"""Load one side of a comparison: a URL, an HTML file, a text file or standard input.

``load_article`` is the one entry point. It reads bytes (fetch.py for URLs), refuses
binary formats and oversized input, decodes (decode.py), extracts the article text
(trafilatura for HTML; blank-line paragraphs for text), detects the language, marks
boilerplate and cuts segments. Every way it can fail is an ``InputError`` or a
``NetworkError`` whose message is one sentence a user can act on.

HTML is only ever parsed: no script runs and nothing the page references is fetched.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from diptych.engine.boilerplate import is_boilerplate, mark_boilerplate
from diptych.engine.decode import decode_bytes, describe_binary, meta_charset
from diptych.engine.errors import InputError
from diptych.engine.fetch import fetch_page, is_url, url_scheme, utc_now
from diptych.engine.language import SUPPORTED_LANGUAGES, detect_language
from diptych.engine.lexicons import compile_words, entries
from diptych.engine.model import Article
from diptych.engine.options import Options, Progress
from diptych.engine.segment import build_segments, split_lines, split_paragraphs

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})

TITLE_MAX_WORDS = 25  # a first paragraph longer than this is the lede, not a headline
MIN_ARTICLE_WORDS = 40  # fewer words from a big page: paywall, app shell or index page
FALLBACK_TITLE_WORDS = 12
NON_NETWORK_SCHEMES = frozenset({"file", "ftp", "ftps", "sftp", "data", "javascript", "mailto", "about", "blob"})

_WHITESPACE = re.compile(r"[ \t\r\n\f\v]+")  # not NBSP: French typography keeps it
_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[A-Za-z!/?]")
_HTML_TAGS = re.compile(r"<(?:p|div|article|h[1-6]|br|span|a)\b[^>]*>", re.IGNORECASE)
# trafilatura's XML: elements that end a paragraph. "lb" is a <br>: a space inside one.
_BLOCK_TAGS = frozenset(
    {"doc", "main", "body", "div", "p", "head", "list", "item", "quote", "code", "table",
     "row", "comments", "graphic"}
)


def load_article(
    spec: str,
    options: Options,
    *,
    stdin: BinaryIO | None = None,
    language: str | None = None,
    progress: Progress | None = None,
) -> Article:
    """Read, extract, detect the language of and segment one article.

    ``spec`` is an http(s) URL, a path to an .html/.htm or .txt/.md file (other
    extensions are sniffed), or "-" for ``stdin`` (default ``sys.stdin.buffer``).
    ``language`` (ISO 639-1) overrides detection. ``progress(step, fraction)`` hears
    "fetch", "extract" and "segment".
    """
    report = progress or (lambda step, fraction: None)
    source = _read_source(spec, options, stdin, report)

    report("extract", 0.0)
    title, paragraphs, kind = _extract(source, options)
    report("extract", 1.0)

    report("segment", 0.0)
    if options.segments == "lines":
        flags = [False] * len(paragraphs)
        lang = _normalise_language(language) or detect_language("\n".join(paragraphs[:200]))
    else:
        lang, flags = _language_and_boilerplate(paragraphs, language)
        if all(flags):
            raise InputError(
                f"No article text found in {source.label}: every line looks like page furniture "
                "(share buttons, credits, links); give the article itself."
            )
    if not title:
        title = _text_title(paragraphs, flags, spec, kind, lang)
    segments = build_segments(paragraphs, flags, options.segments, lang)
    report("segment", 1.0)

    joiner = "\n" if options.segments == "lines" else "\n\n"
    return Article(
        source=spec,
        title=title,
        language=lang,
        text=joiner.join(paragraphs),
        segments=segments,
        retrieved=source.retrieved,
        kind=kind,
    )


@dataclass
class _Source:
    """Raw bytes and what is known about them before decoding."""

    kind: str  # "text", "html", "url", "stdin"
    label: str  # how error messages name it
    raw: bytes
    retrieved: str
    is_html: bool | None = None  # None: sniff the content
    charset: str | None = None  # declared by the server
    markdown: bool = False


def _read_source(spec: str, options: Options, stdin: BinaryIO | None, report) -> _Source:
    """The bytes behind ``spec``, refused early if empty or binary."""
    if spec == "-":
        report("fetch", 0.0)
        stream = stdin if stdin is not None else _process_stdin()
        source = _Source("stdin", "Standard input", _read_stream(stream, "Standard input", options), utc_now())
        report("fetch", 1.0)
    elif is_url(spec) or (url_scheme(spec) in NON_NETWORK_SCHEMES and not Path(spec).exists()):
        page = fetch_page(spec, options, progress=report)
        source = _Source(
            "url", spec, page.body, page.retrieved or utc_now(),
            is_html=not page.is_plain_text if page.content_type else None,
            charset=page.charset,
            markdown=page.content_type in ("text/markdown", "text/x-markdown"),
        )
    else:
        path = Path(spec).expanduser()
        suffix = path.suffix.lower()
        report("fetch", 0.0)
        is_html = True if suffix in HTML_SUFFIXES else False if suffix in TEXT_SUFFIXES else None
        source = _Source(
            "html" if is_html else "text", spec, _read_file(path, spec, options), utc_now(),
            is_html=is_html, markdown=suffix in MARKDOWN_SUFFIXES,
        )
        report("fetch", 1.0)
    if not source.raw:
        raise InputError(f"{source.label} is empty; give a page or text file that contains the article.")
    binary = describe_binary(source.raw)
    if binary:
        raise InputError(f"{source.label} is {binary}; Diptych reads web pages and plain text.")
    return source


def _extract(source: _Source, options: Options) -> tuple[str, list[str], str]:
    """Decode and extract: (title or "", paragraphs or lines, kind)."""
    charset = source.charset
    if source.is_html is not False:
        charset = charset or meta_charset(source.raw)
    text = decode_bytes(source.raw, charset)
    if not text.strip():
        raise InputError(
            f"{source.label} contains only blank space; give a page or text file that contains the article."
        )
    kind, is_html = source.kind, source.is_html
    if is_html is None:
        is_html = looks_like_html(text)
        if kind == "text" and is_html:
            kind = "html"
    elif is_html and not _ANY_TAG.search(text[:65536]):
        is_html = False  # plain text mislabelled as HTML by a server or a file name
    if is_html:
        title, paragraphs = extract_html(text, source.label)
    elif options.segments == "lines":
        title, paragraphs = "", split_lines(text)
    else:
        title, paragraphs = "", split_paragraphs(text, markdown=source.markdown)
    if not paragraphs:
        raise InputError(f"No text found in {source.label}; give a page or text file that contains the article.")
    return title, paragraphs, kind


def looks_like_html(text: str) -> bool:
    """Sniff HTML for standard input and files with an unknown extension."""
    head = text[:4096]
    if _HTML_START.search(head):
        return True
    return head.lstrip().startswith("<") and len(_HTML_TAGS.findall(head)) >= 2


def extract_html(html: str, label: str) -> tuple[str, list[str]]:
    """Title and paragraphs of the main text of a page (headings and list items included).

    trafilatura with its "too little text" fallback disabled: that fallback takes the
    whole <body> as one block, merging headline, navigation and text (measured). If the
    result is short, its recall-oriented mode gets a chance and wins only if it finds
    clearly more. Comments are left out.
    """
    page = _PageFacts.read(html)
    title, paragraphs = _trafilatura(html, favor_recall=False)
    words = _word_count(paragraphs)
    if words < MIN_ARTICLE_WORDS:
        other_title, others = _trafilatura(html, favor_recall=True)
        if _word_count(others) > max(2 * words, words + 20):
            title, paragraphs = other_title or title, others
    title = _clean(title or page.title or "")
    if page.h1 and _same_heading(page.h1, title) and not any(
        p.casefold().startswith(page.h1.casefold()) for p in paragraphs[:3]
    ):
        paragraphs.insert(0, page.h1)  # the headline is content: the derivative may change it
    words = _word_count(paragraphs)
    if words == 0:
        raise InputError(
            f"No article text found in {label}; the page may be empty, need JavaScript, "
            "or be behind a paywall."
        )
    if words < MIN_ARTICLE_WORDS and page.is_only_links(paragraphs):
        raise InputError(
            f"No article text found in {label}: the page holds only links and navigation; "
            "give the address of the article itself."
        )
    if words < MIN_ARTICLE_WORDS and (page.is_much_larger_than(paragraphs) or page.asks_to_subscribe):
        raise InputError(
            f"Only {words} words of article text were found in {label}; the page may be "
            "paywalled or has no article, so save the article's text to a .txt file and use that."
        )
    if not title:
        title = _shorten(paragraphs[0])
    return title, paragraphs


@lru_cache(maxsize=1)
def _paywall_cues() -> re.Pattern[str] | None:
    """What paywalls and login walls say in place of the article (lexicons ``paywall.*``).

    The page's language is not known yet when its raw HTML is read, so every list applies.
    """
    return compile_words([e for code in SUPPORTED_LANGUAGES for e in entries("paywall", code)])


class _PageFacts:
    """What the raw page says about itself: <title>, first <h1>, amount of visible text."""

    def __init__(
        self, title: str, h1: str, visible_words: int, markup_chars: int,
        link_words: frozenset[str] = frozenset(), asks_to_subscribe: bool = False,
    ) -> None:
        self.title, self.h1 = title, h1
        self.visible_words, self.markup_chars = visible_words, markup_chars
        self.link_words = link_words  # words of link, menu and navigation text, case-folded
        self.asks_to_subscribe = asks_to_subscribe  # a paywall or login wall's wording is shown

    @classmethod
    def read(cls, html: str) -> _PageFacts:
        import lxml.html
        from lxml import etree

        try:
            # Bytes, so that an XML declaration inside the string is not an error.
            parser = lxml.html.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True)
            root = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
        except (etree.ParserError, ValueError):
            return cls("", "", 0, len(html))
        title = _clean(" ".join(root.xpath("string(//title)").split()))
        h1_nodes = root.xpath("//h1")
        h1 = _clean(h1_nodes[0].text_content()) if h1_nodes else ""
        for node in root.xpath("//script|//style|//noscript|//template"):
            node.drop_tree()
        links = " ".join(t for node in root.xpath("//a|//nav|//menu") for t in node.itertext())
        link_words = frozenset(links.casefold().split())
        visible_text = " ".join(root.itertext())  # blocks end words: <h1>Title</h1><p>Text
        visible = visible_text.split()
        cues = _paywall_cues()
        subscribe = bool(cues and cues.search(" ".join(visible)))
        return cls(title, h1, len(visible), len(html), link_words, subscribe)

    def is_only_links(self, paragraphs: list[str]) -> bool:
        """Extracted text every word of which is link or menu text: an index or navigation page."""
        words = " ".join(paragraphs).casefold().split()
        return bool(words) and bool(self.link_words) and all(w in self.link_words for w in words)

    def is_much_larger_than(self, paragraphs: list[str]) -> bool:
        """A page whose visible text or markup dwarfs what was extracted."""
        words = _word_count(paragraphs)
        chars = sum(len(p) for p in paragraphs)
        return self.visible_words >= 3 * words + 100 or self.markup_chars >= max(20_000, 50 * chars)


def _trafilatura(html: str, *, favor_recall: bool) -> tuple[str, list[str]]:
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            html,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            favor_recall=favor_recall,
            config=_paragraph_config(),
        )
    except Exception:  # noqa: BLE001 - a parser crash on hostile markup is "no text"
        return "", []
    if document is None or document.body is None:
        return "", []
    return document.title or "", _paragraphs_of(document.body)


_CONFIG = None


def _paragraph_config():
    """trafilatura's defaults, minus the fallback that merges short pages into one block."""
    global _CONFIG
    if _CONFIG is None:
        from trafilatura.settings import use_config

        config = use_config()
        config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
        config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
        _CONFIG = config
    return _CONFIG


def _paragraphs_of(body) -> list[str]:
    """Flatten trafilatura's XML into paragraphs: each block element ends one."""
    paragraphs: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = _clean("".join(buffer))
        if text:
            paragraphs.append(text)
        buffer.clear()

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        block = tag in _BLOCK_TAGS
        if block:
            flush()
        if tag == "lb":
            buffer.append(" ")
        if node.text:
            buffer.append(node.text)
        for child in node:
            walk(child)
        if tag == "cell":
            buffer.append(" ")
        if block:
            flush()
        if node.tail:
            buffer.append(node.tail)

    walk(body)
    flush()
    return paragraphs


def _language_and_boilerplate(paragraphs: list[str], override: str | None) -> tuple[str, list[bool]]:
    """Detect the language on content only, then mark boilerplate with that language's lexicon.

    Furniture such as an English "Related Post" in a French page would skew detection,
    so a first pass with the language-independent cues and the English lexicon removes it.
    """
    language = _normalise_language(override)
    if language is None:
        first_pass = mark_boilerplate(paragraphs, "en")
        content = [p for p, flag in zip(paragraphs, first_pass) if not flag] or paragraphs
        language = detect_language("\n\n".join(content)[:3000])
    return language, mark_boilerplate(paragraphs, language)


def _normalise_language(code: str | None) -> str | None:
    if not code:
        return None
    return code.strip().lower().replace("_", "-").split("-")[0] or None


def _text_title(paragraphs: list[str], flags: list[bool], spec: str, kind: str, language: str) -> str:
    """A short first paragraph without a final full stop is a headline; else the file name.

    Page furniture is never the headline: a menu line ("Menu Search") is skipped even in
    lines mode, whose ``flags`` are all False.
    """
    first = next((p for p, flag in zip(paragraphs, flags) if not flag and not is_boilerplate(p, language)), "")
    if first and len(first.split()) < TITLE_MAX_WORDS and not first.rstrip().endswith((".", "。")):
        return first.strip()
    if kind == "stdin":
        return _shorten(first or paragraphs[0])
    if kind == "url":
        return spec
    return Path(spec).stem or spec


def _shorten(text: str) -> str:
    words = text.split()
    if len(words) <= FALLBACK_TITLE_WORDS:
        return " ".join(words)
    return " ".join(words[:FALLBACK_TITLE_WORDS]) + "…"


def _same_heading(a: str, b: str) -> bool:
    return bool(a) and bool(b) and a.casefold() == b.casefold()


def _clean(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def _word_count(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def _read_file(path: Path, spec: str, options: Options) -> bytes:
    try:
        if path.is_dir():
            raise InputError(f"{spec} is a folder, not a file; give the path of an .html or .txt file.")
        size = path.stat().st_size
        if size > options.max_bytes:
            raise InputError(_too_large(spec, options))
        with path.open("rb") as handle:
            data = handle.read(options.max_bytes + 1)
    except FileNotFoundError:
        hint = " (if it is a web address, add https:// in front)" if _looks_like_host(spec) else ""
        raise InputError(f"There is no file {spec}{hint}; check the path.") from None
    except PermissionError:
        raise InputError(f"Diptych may not read {spec} (permission denied); check the file's permissions.") from None
    except IsADirectoryError:
        raise InputError(f"{spec} is a folder, not a file; give the path of an .html or .txt file.") from None
    except OSError as error:
        raise InputError(f"Could not read {spec} ({error.strerror or error}); check the file.") from None
    if len(data) > options.max_bytes:
        raise InputError(_too_large(spec, options))
    return data


def _process_stdin() -> BinaryIO:
    stream = getattr(sys.stdin, "buffer", sys.stdin)
    if stream is None:  # e.g. a windowed app started without a console
        raise InputError("There is no standard input to read \"-\" from; give a file or URL instead.")
    return stream


def _read_stream(stream: BinaryIO, label: str, options: Options) -> bytes:
    try:
        data = stream.read(options.max_bytes + 1)
    except OSError as error:
        raise InputError(f"Could not read standard input ({error.strerror or error}).") from None
    if isinstance(data, str):  # a text stream handed in by mistake: still usable
        data = data.encode("utf-8")
    if len(data) > options.max_bytes:
        raise InputError(_too_large(label, options))
    return data


def _too_large(label: str, options: Options) -> str:
    limit = options.max_bytes / (1024 * 1024)
    return f"{label} is larger than {limit:g} MB, the most Diptych reads; give a smaller file."


def _looks_like_host(spec: str) -> bool:
    return bool(re.match(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/|$)", spec)) and not Path(spec).suffix.lower() in (
        HTML_SUFFIXES | TEXT_SUFFIXES
    )
