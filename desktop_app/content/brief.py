"""Project briefs: what a printed brief holds and its layout as HTML for QTextDocument.

No Qt here. The words printed around the content (field labels, the organisation's name) are
interface strings, so the caller passes them in as :class:`BriefLabels`, translated by the ui
layer. The layout keeps to QTextDocument's rich-text subset: tables, not floats or flexbox.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from desktop_app.db.records import EntryNode, EntryView, PackInfo, SourceNote

FIELD_KEYS = ("period", "funding", "partners", "locations", "status")
# "In the newsletter" points into the app's own news archive: a handed-out brief leaves it out.
OMITTED_SECTIONS = frozenset({"news"})

ACCENT = "#0b4f9c"
HEADING = "#0a2f5f"
MUTED = "#5f6368"
RULE = "#c9d1db"
LABEL_BACKGROUND = "#eef2f7"

BRIEF_CSS = f"""
body {{ color: #1d1d1b; }}
h1 {{ color: {HEADING}; font-size: 16pt; font-weight: bold; margin-top: 2px; margin-bottom: 6px; }}
h2 {{ color: {ACCENT}; font-size: 11.5pt; font-weight: bold; margin-top: 12px;
      margin-bottom: 4px; }}
h3 {{ color: {HEADING}; font-size: 10pt; font-weight: bold; margin-top: 8px; margin-bottom: 2px; }}
p {{ margin-top: 0px; margin-bottom: 5px; }}
p, li {{ line-height: 125%; }}
li {{ margin-bottom: 2px; }}
a {{ color: {ACCENT}; text-decoration: none; }}
table.grid, table.fields {{ border-collapse: collapse; margin-top: 4px; margin-bottom: 6px; }}
table.grid th {{ background-color: {LABEL_BACKGROUND}; text-align: left; }}
table.grid th, table.grid td, table.fields td {{ border: 1px solid {RULE}; padding: 3px 6px; }}
td.label {{ background-color: {LABEL_BACKGROUND}; color: {HEADING}; font-weight: bold; }}
.org {{ color: {HEADING}; font-size: 11pt; font-weight: bold; }}
.mission {{ color: {MUTED}; font-size: 9pt; }}
.kind {{ color: {ACCENT}; font-size: 9pt; font-weight: bold; }}
.area {{ color: {ACCENT}; font-size: 9pt; font-weight: bold; }}
.lead {{ font-size: 10.5pt; margin-top: 8px; }}
.sources {{ color: {MUTED}; font-size: 8.5pt; margin-top: 10px; }}
"""


class BriefError(ValueError):
    """A slug that names no entry, or an entry that is not a project."""


@dataclass(frozen=True)
class BriefLabels:
    """The translated words of a brief, in its language."""

    organisation: str
    mission: str
    kind: str  # "Project brief"
    area: str  # "Thematic area"
    fields: dict[str, str]  # FIELD_KEYS → label
    sources: str = "Sources"
    as_described: str = "as described in the source (undated)"  # after the status
    undated: str = "undated"  # a source that carries no time marker


@dataclass(frozen=True)
class BriefSection:
    anchor: str
    title: str
    html: str  # the section's heading and body


@dataclass(frozen=True)
class Brief:
    slug: str
    lang: str
    title: str
    area: str
    fields: tuple[tuple[str, tuple[str, ...]], ...]  # (key, values), empty ones left out
    summary_html: str
    sections: tuple[BriefSection, ...]
    pack_version: str
    pack_date: str  # ISO date
    sources: tuple[SourceNote, ...] = ()  # from the pack's registry
    short_name: str = ""  # kept by the running header when the title is too long for it


_H2 = re.compile(r'<h2 id="([^"]+)">(.*?)</h2>', re.DOTALL)
_INTERNAL_LINK = re.compile(r'<a href="(?:entry:|#)[^"]*">(.*?)</a>', re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")
# A footnote's way back to its mark in the text ("↩"): a link, which paper cannot follow.
_FOOTNOTE_BACK_LINK = re.compile(r'(?:&nbsp;|\xa0)?<a href="#fnref:[^"]*"[^>]*>.*?</a>', re.DOTALL)


def printable_html(fragment: str) -> str:
    """Links inside the reference mean nothing on paper: keep their text, drop the link, and
    drop a footnote's link back to the text whole. The content's tables get the class that
    draws their rules."""
    kept = _INTERNAL_LINK.sub(r"\1", _FOOTNOTE_BACK_LINK.sub("", fragment))
    return kept.replace("<table>", '<table class="grid">')


def split_sections(entry_html: str) -> tuple[str, list[BriefSection]]:
    """The intro (before the first section) and each ``<h2 id>`` section with its body."""
    matches = list(_H2.finditer(entry_html))
    intro = entry_html[: matches[0].start()] if matches else entry_html
    sections = []
    for number, match in enumerate(matches):
        end = matches[number + 1].start() if number + 1 < len(matches) else len(entry_html)
        title = html.unescape(_TAGS.sub("", match.group(2)))
        sections.append(BriefSection(match.group(1), title, entry_html[match.start():end].strip()))
    return intro.strip(), sections


def build_brief(view: EntryView, pack: PackInfo) -> Brief:
    """The brief of a project entry; :class:`BriefError` for any other kind of entry."""
    if view.kind != "project":
        raise BriefError(f"“{view.slug}” is not a project ({view.kind}); only projects have "
                         "briefs.")
    record = view.brief
    fields: list[tuple[str, tuple[str, ...]]] = []
    if record is not None:
        for key in FIELD_KEYS:
            value = getattr(record, key)
            values = tuple(v for v in ((value,) if isinstance(value, str) else value) if v.strip())
            if values:
                fields.append((key, values))
    intro, sections = split_sections(view.html)
    return Brief(
        slug=view.slug,
        lang=view.lang,
        title=view.title.strip() or view.slug,
        short_name=record.short_name if record is not None else "",
        area=view.area_title or "",
        fields=tuple(fields),
        summary_html=printable_html(intro),
        sections=tuple(
            BriefSection(s.anchor, s.title, printable_html(s.html))
            for s in sections if s.anchor not in OMITTED_SECTIONS
        ),
        pack_version=pack.version,
        pack_date=pack.date,
        sources=view.sources,
    )


# Layout


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _header_html(labels: Sequence[BriefLabels]) -> str:
    """The organisation, the mission and "Project brief", once per language given."""
    org = "<br>".join(f'<span class="org">{_esc(lab.organisation)}</span>' for lab in labels)
    mission = " · ".join(_esc(lab.mission) for lab in labels)
    kind = "<br>".join(f'<span class="kind">{_esc(lab.kind.upper())}</span>' for lab in labels)
    return (
        '<table class="layout" width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td>{org}<br><span class="mission">{mission}</span></td>'
        f'<td align="right" valign="top">{kind}</td>'
        f"</tr></table>"
        f'<hr style="color: {ACCENT}; background-color: {ACCENT};" />'
    )


def _title_html(brief: Brief, labels: BriefLabels) -> str:
    area = (f'<p class="area">{_esc(labels.area.upper())}: {_esc(brief.area.upper())}</p>'
            if brief.area else "")
    return f"{area}<h1>{_esc(brief.title)}</h1>"


def _fields_html(brief: Brief, labels: BriefLabels, stacked: bool = False) -> str:
    """The non-empty brief fields as a table: label beside value, or (``stacked``, for a
    half-page column, where "Финансирование" would not fit beside its value) label above."""
    if not brief.fields:
        return ""
    rows = []
    for key, values in brief.fields:
        label = _esc(labels.fields[key])
        value = "<br>".join(_esc(v) for v in values)
        if key == "status" and brief.sources:  # the sources are undated: say how old it is
            value += f" — <i>{_esc(labels.as_described)}</i>"
        if stacked:
            rows.append(f'<tr><td class="label">{label}</td></tr><tr><td>{value}</td></tr>')
        else:
            rows.append(f'<tr><td class="label" width="27%">{label}</td><td>{value}</td></tr>')
    return ('<table class="fields" width="100%" cellspacing="0" cellpadding="4">'
            + "".join(rows) + "</table>")


def _summary_html(brief: Brief) -> str:
    return f'<div class="lead">{brief.summary_html}</div>' if brief.summary_html else ""


def sources_html(brief: Brief, labels: BriefLabels) -> str:
    """The closing line: each source with the time markers it carries ("Sources: …")."""
    if not brief.sources:
        return ""
    named = "; ".join(f"{_esc(note.title)} ({_esc(', '.join(note.markers) or labels.undated)})"
                      for note in brief.sources)
    return f'<p class="sources"><b>{_esc(labels.sources)}:</b> {named}</p>'


def brief_html(brief: Brief, labels: BriefLabels) -> str:
    """One brief in one language, as a QTextDocument body."""
    parts = [
        _header_html([labels]),
        _title_html(brief, labels),
        _fields_html(brief, labels),
        _summary_html(brief),
        *(section.html for section in brief.sections),
        sources_html(brief, labels),
    ]
    return "\n".join(part for part in parts if part)


# Both languages side by side. ``fits(left, right)`` says whether two cells can stand in one
# row; where they cannot (a long section), the two are printed one after the other instead.
Fits = Callable[[str, str], bool]


def _pair_row(left: str, right: str) -> str:
    cell = '<td width="50%" valign="top" style="padding-{side}: 10px; padding-top: 6px;">'
    return (f'<tr>{cell.format(side="right")}{left}</td>'
            f'{cell.format(side="left")}{right}</td></tr>')


def _pairs(first: Sequence[BriefSection],
           second: Sequence[BriefSection]) -> Iterable[tuple[str, str]]:
    anchors = [s.anchor for s in first]
    other = {s.anchor: s for s in second}
    for anchor in anchors + [a for a in other if a not in anchors]:
        left = next((s.html for s in first if s.anchor == anchor), "")
        right = other[anchor].html if anchor in other else ""
        yield left, right


def side_by_side(rows: Iterable[tuple[str, str]], fits: Fits) -> str:
    """Pairs of fragments in two columns, row by row, so each faces its translation; a pair
    that does not ``fit`` in a row is printed one after the other instead."""
    out: list[str] = []
    table: list[str] = []

    def close_table() -> None:
        if table:
            out.append('<table class="layout" width="100%" cellspacing="0" cellpadding="0">'
                       + "".join(table) + "</table>")
            table.clear()

    for left, right in rows:
        if not (left or right):
            continue
        if fits(left, right):
            table.append(_pair_row(left, right))
        else:
            close_table()
            out += [left, right]
    close_table()
    return "\n".join(out)


def bilingual_html(first: Brief, second: Brief, first_labels: BriefLabels,
                   second_labels: BriefLabels, fits: Fits) -> str:
    """Two languages of one brief in two columns, row by row, so each part faces its translation.

    Sections are paired by their ids (the same in every language).
    """
    rows = [
        (_title_html(first, first_labels), _title_html(second, second_labels)),
        (_fields_html(first, first_labels, stacked=True),
         _fields_html(second, second_labels, stacked=True)),
        (_summary_html(first), _summary_html(second)),
        *_pairs(first.sections, second.sections),
        (sources_html(first, first_labels), sources_html(second, second_labels)),
    ]
    return _header_html([first_labels, second_labels]) + "\n" + side_by_side(rows, fits)


def bilingual_page_html(first: tuple[str, str], second: tuple[str, str], fits: Fits) -> str:
    """Any entry (or part of one), ``(title, html)`` in each language, side by side as
    briefs are: the titles, the text before the first section, then section by section."""
    (first_title, first_html), (second_title, second_html) = first, second
    first_intro, first_sections = split_sections(printable_html(first_html))
    second_intro, second_sections = split_sections(printable_html(second_html))
    rows = [(f"<h1>{_esc(first_title)}</h1>", f"<h1>{_esc(second_title)}</h1>"),
            (first_intro, second_intro), *_pairs(first_sections, second_sections)]
    return side_by_side(rows, fits)


def contents_html(heading: str, rows: Sequence[tuple[str, int | None]], missing: str = "") -> str:
    """A contents page: each title with the page it starts on, or (None) ``missing``."""
    cells = "".join(
        f'<tr><td>{_esc(title)}</td><td align="right" valign="top">'
        + (str(page) if page is not None else f'<span class="missing">{_esc(missing)}</span>')
        + "</td></tr>" for title, page in rows)
    return f'<h1>{_esc(heading)}</h1><table width="100%" cellpadding="5">{cells}</table>'


# Choosing projects


def project_slugs(tree: Sequence[EntryNode]) -> list[tuple[EntryNode, list[EntryNode]]]:
    """Every area (top-level entry) with the projects under it, in the tree's order."""
    out = []
    for top in tree:
        projects = [child for child in top.children if child.kind == "project"]
        if projects:
            out.append((top, projects))
    return out


def select_projects(tree: Sequence[EntryNode], slugs: Sequence[str], area: str | None = None,
                    every: bool = False) -> list[str]:
    """The project slugs asked for, in order, without repeats; BriefError names a bad one."""
    kinds: dict[str, str] = {}
    children: dict[str, list[str]] = {}
    for top in tree:
        kinds[top.slug] = top.kind
        children[top.slug] = [c.slug for c in top.children if c.kind == "project"]
        for child in top.children:
            kinds[child.slug] = child.kind
    chosen: list[str] = []
    for slug in slugs:
        if slug not in kinds:
            raise BriefError(f"There is no entry “{slug}”.")
        if kinds[slug] != "project":
            raise BriefError(f"“{slug}” is not a project ({kinds[slug]}); only projects have "
                             "briefs.")
        chosen.append(slug)
    if area is not None:
        if area not in children:
            raise BriefError(f"There is no thematic area “{area}”.")
        if not children[area]:
            raise BriefError(f"The thematic area “{area}” has no projects.")
        chosen += children[area]
    if every:
        chosen += [slug for top in tree for slug in children[top.slug]]
    return list(dict.fromkeys(chosen))
