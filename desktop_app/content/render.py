"""Markdown to sanitised HTML, done once at import, with what the importer must check.

Besides the HTML, rendering reports the sections (headings with their explicit ids and the plain
text under each), every link and image target, and headings that break the rules, so that the
importer can validate links and section ids across languages.
"""

from __future__ import annotations

import re
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from html.parser import HTMLParser

import markdown
import nh3
from markdown.treeprocessors import Treeprocessor

from desktop_app.content.links import is_pack_media_path
from desktop_app.db.records import SectionRecord

EXTENSIONS = ["tables", "attr_list", "def_list", "footnotes", "fenced_code", "abbr", "sane_lists"]
SECTION_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
STASH_RE = re.compile("\x02wzxhzdk:\\d+\x03")
ALLOWED_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
    "table", "thead", "tbody", "tr", "th", "td", "caption", "a", "img", "em", "strong", "b",
    "i", "code", "pre", "blockquote", "sup", "sub", "abbr", "span", "div", "del", "ins", "small",
}
ALLOWED_ATTRIBUTES = {
    "*": {"id", "title"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "th": {"align", "colspan", "rowspan"},
    "td": {"align", "colspan", "rowspan"},
    "ol": {"start"},
}
WEB_SCHEMES = ("http://", "https://", "mailto:")


def _keep_attribute(element: str, attribute: str, value: str) -> str | None:
    """Drop any URL the reader must never follow or load, whatever the Markdown said."""
    if element == "img" and attribute == "src":
        return value if is_pack_media_path(value) else None
    if element == "a" and attribute == "href":
        ok = value.startswith(("#", "entry:")) or value.startswith(WEB_SCHEMES)
        return value if ok else None
    if attribute == "title":  # shown as a tooltip, which Qt would read as rich text
        return value.replace("<", "‹").replace(">", "›")
    return value


IMG_WITHOUT_SRC_RE = re.compile(r"<img(?![^>]*\ssrc=)[^>]*>")


def sanitise(html: str) -> str:
    """Only the allowed tags and attributes; an image whose source was dropped goes too, or
    the pane would try to load an empty file name."""
    return IMG_WITHOUT_SRC_RE.sub("", _clean(html))


def _clean(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "entry"},
        attribute_filter=_keep_attribute,
        link_rel=None,
    )


@dataclass
class Heading:
    level: int
    title: str
    anchor: str | None


@dataclass
class Rendered:
    html: str
    summary: str
    sections: list[SectionRecord]
    headings: list[Heading]
    links: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)  # every element id: targets of "#…" links


def _plain(element: ET.Element) -> str:
    return " ".join(STASH_RE.sub("", "".join(element.itertext())).split())


class _Collector(Treeprocessor):
    """Walks the finished element tree once, before serialisation, into ``sink``."""

    sink: Rendered

    def run(self, root: ET.Element) -> None:
        intro: list[str] = []
        current: tuple[Heading, list[str]] | None = None
        for child in root:
            if child.tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
                heading = Heading(int(child.tag[1]), _plain(child), child.get("id"))
                self.sink.headings.append(heading)
                if heading.level in (2, 3) and heading.anchor:
                    if current:
                        self._close(current)
                    current = (heading, [])
                    continue
            text = _plain(child)
            if text:
                (current[1] if current else intro).append(text)
        if current:
            self._close(current)
        self.sink.summary = "\n".join(intro)

    def _close(self, current: tuple[Heading, list[str]]) -> None:
        heading, texts = current
        assert heading.anchor is not None
        self.sink.sections.append(
            SectionRecord(heading.anchor, heading.title, heading.level, "\n".join(texts))
        )


class _Targets(HTMLParser):
    """Every link, image and element id of the HTML, from Markdown and raw HTML alike, before
    the sanitiser drops what it may not keep: the importer checks them all the same way."""

    def __init__(self, sink: Rendered) -> None:
        super().__init__(convert_charrefs=True)
        self.sink = sink

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.sink.ids.add(values["id"] or "")
        if tag == "a" and values.get("href") is not None:
            self.sink.links.append(values["href"] or "")
        elif tag == "img":
            self.sink.images.append(values.get("src") or "")


MAX_NESTING = 32  # list levels, quote levels, open HTML elements: far beyond any real text
# A tag's attributes stop at the next "<" as well as at ">": without that, a long run of
# unclosed "<x" makes each match scan to the end of the line, quadratic in the parent process
# where no render budget applies. A tag this misses is still rendered under the budget.
_HTML_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*?(/?)>")
_VOID_TAGS = {"br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "base"}


def too_deep(source: str) -> tuple[int, str] | None:
    """(line, "lists" | "quotes" | "html") where ``source`` nests lists, quotes or HTML
    elements deeper than MAX_NESTING, found in one linear pass; the renderer would recurse that
    deep (Python-Markdown takes seconds for a few hundred levels, and fails past a thousand)."""
    depth = 0
    for number, line in enumerate(source.split("\n"), start=1):
        text = line.expandtabs(4)
        stripped = text.lstrip(" ")
        if stripped[:1] in "-*+" or stripped[:1].isdigit():
            if (len(text) - len(stripped)) // 4 > MAX_NESTING:
                return number, "lists"
        marks = stripped[:len(stripped) - len(stripped.lstrip("> "))]
        if marks.count(">") > MAX_NESTING:
            return number, "quotes"
        for match in _HTML_TAG_RE.finditer(line):
            closing, tag, self_closing = match.groups()
            if closing:
                depth = max(0, depth - 1)
            elif not self_closing and tag.lower() not in _VOID_TAGS:
                depth += 1
                if depth > MAX_NESTING:
                    return number, "html"
    return None


class _Converter:
    """One Markdown converter for every file, reset before each: making a converter costs about
    a quarter of rendering a file. ``reset`` forgets a file's abbreviations, footnotes and
    reference links (Markdown 3.7 and later), so nothing of one file reaches the next."""

    def __init__(self) -> None:
        self.md = markdown.Markdown(extensions=EXTENSIONS, output_format="html")
        self.collector = _Collector(self.md)
        self.md.treeprocessors.register(self.collector, "field_reference_collector", 0)

    def convert(self, source: str, sink: Rendered) -> str:
        self.md.reset()
        self.collector.sink = sink
        return self.md.convert(source)


class _PerThread(threading.local):
    """A converter renders one file at a time: each thread has its own, made when first
    needed."""

    converter: _Converter | None = None


_per_thread = _PerThread()


def render_markdown(source: str) -> Rendered:
    result = Rendered(html="", summary="", sections=[], headings=[])
    converter = _per_thread.converter or _Converter()
    _per_thread.converter = None  # a file it fails on leaves it half-way: the next needs a new one
    html = converter.convert(source, result)
    _per_thread.converter = converter
    targets = _Targets(result)
    # Python's HTMLParser fails (AssertionError) on a "<![" that opens no CDATA section, which
    # Markdown 3.11 passes through as it is; the sanitiser drops such a section.
    targets.feed(html.replace("<![", "&lt;!["))
    targets.close()
    result.html = sanitise(html)
    return result
