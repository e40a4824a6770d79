"""Laying documents out on pages and painting them, with a header and a footer on each page.

Works on any QPagedPaintDevice: a QPdfWriter (export, the command line) or a QPrinter (print,
preview). Only QtGui is used, so the command line needs no QApplication.

A document is laid out once on a fixed 96 dpi device, in the bundled font with hinting off,
and painted scaled to the device's resolution: the pages come out the same on every machine.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextFrame,
)

from desktop_app import APP_NAME
from desktop_app.content.brief import ACCENT, MUTED, RULE, Fits
from desktop_app.paths import resources_dir
from desktop_app.side_files import side_file
from desktop_app.ui.blank_image import blank_image
from desktop_app.ui.printing.labels import PageLabels
from desktop_app.ui.printing.typesetting import typeset, units

FONT_FAMILY = "DejaVu Sans"
BODY_POINTS = 9.5
# A last page holding less than this share of a page is pulled back onto the page before
# where it can be: first with tighter spacing (TIGHT_CSS), then also a smaller body text,
# never below the last size here.
SHRINK_POINTS = (9.0,)
WIDOW_SHARE = 0.25
TIGHT_CSS = """
p, li { line-height: 112%; }
p { margin-bottom: 3px; }
li { margin-bottom: 1px; }
h2 { margin-top: 8px; margin-bottom: 2px; }
h3 { margin-top: 5px; margin-bottom: 1px; }
"""
LAYOUT_DPI = 96
MARGINS_MM = QMarginsF(18, 14, 18, 12)  # left, top, right, bottom
BAND_MM = 9.0  # the running header's and the footer's height inside the margins
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
ORIENTATIONS = {"portrait": QPageLayout.Orientation.Portrait,
                "landscape": QPageLayout.Orientation.Landscape}

Progress = Callable[[int, int], bool]  # (done, total) → go on?


@cache
def load_fonts() -> str:
    """Register the bundled fonts once; return the family every printed page uses."""
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    return FONT_FAMILY


def print_font(points: float) -> QFont:
    font = QFont(load_fonts())
    font.setPointSizeF(points)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def page_size_id(name: str) -> QPageSize.PageSizeId:
    """A remembered paper size (a QPageSize id name such as "A4"); A4 when unknown."""
    size = getattr(QPageSize.PageSizeId, name, None)
    return size if isinstance(size, QPageSize.PageSizeId) else QPageSize.PageSizeId.A4


def page_layout(size: str, orientation: str) -> QPageLayout:
    return QPageLayout(QPageSize(page_size_id(size)),
                       ORIENTATIONS.get(orientation, QPageLayout.Orientation.Portrait),
                       MARGINS_MM, QPageLayout.Unit.Millimeter)


def layout_names(layout: QPageLayout) -> tuple[str, str]:
    """The (paper size, orientation) to remember from a layout the user chose."""
    size = layout.pageSize().id()
    name = size.name if size != QPageSize.PageSizeId.Custom else "A4"
    landscape = layout.orientation() == QPageLayout.Orientation.Landscape
    return name, "landscape" if landscape else "portrait"


@dataclass
class PrintJob:
    """One document: its pages are numbered on their own ("Page 1 of 2" for each brief)."""

    html: str
    css: str
    title: str  # for the running header
    labels: PageLabels
    header_on_first_page: bool = True  # a brief carries its own header on page 1
    images: dict[str, bytes] = field(default_factory=dict)  # src → image file data
    bands: bool = True  # the running header and the footer (not on a cover page)
    short_name: str = ""  # a project's: the running header keeps it when the title is long


@dataclass(frozen=True)
class Pagination:
    """How the jobs of one document follow each other on paper."""

    two_sided: bool = False  # each job starts on a right-hand (odd-numbered) page
    through: bool = False  # pages numbered through the document, not job by job


def start_pages(lengths: Sequence[int], pagination: Pagination, first: int = 1) -> list[int]:
    """The page each job starts on, given each one's length in pages (as ``paint_jobs``
    prints them: each on a new page; two-sided, a blank page before one that would start on
    a left-hand page)."""
    starts = []
    page = first
    for length in lengths:
        if pagination.two_sided and page % 2 == 0:
            page += 1
        starts.append(page)
        page += length
    return starts


class PageSetup:
    """Sizes, in device pixels and in layout units, of the body of a page on one device."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        resolution = device.logicalDpiX()
        paint = device.pageLayout().paintRectPixels(resolution)
        self.width, self.height = float(paint.width()), float(paint.height())
        self.band = BAND_MM / 25.4 * resolution
        self.scale = resolution / LAYOUT_DPI
        self.body = QRectF(0, self.band, self.width, self.height - 2 * self.band)
        self.body_size = QSizeF(self.body.width() / self.scale,
                                self.body.height() / self.scale)


class _PackDocument(QTextDocument):
    """A document that shows only the images it was given (``PrintJob.images``, from the
    content database); a plain QTextDocument would read any other from disk."""

    def loadResource(self, kind: int, _name: QUrl | str) -> object:
        return blank_image() if kind == QTextDocument.ResourceType.ImageResource.value else b""


def make_document(job: PrintJob, body_size: QSizeF,
                  points: float = BODY_POINTS) -> QTextDocument:
    """The job's HTML laid out in pages of ``body_size`` (layout units)."""
    document = _PackDocument()
    device = QImage(8, 8, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    device.setDotsPerMeterX(dots_per_metre)
    device.setDotsPerMeterY(dots_per_metre)
    document.documentLayout().setPaintDevice(device)
    document.setProperty("layout_device", device)  # kept alive as long as the document
    document.setDefaultFont(print_font(points))
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(job.css)
    for src, data in job.images.items():
        image = QImage()
        if image.loadFromData(data):
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(src), image)
    document.setHtml(job.html)
    document.setPageSize(body_size)
    typeset(document)
    return document


def _content_bottom(document: QTextDocument) -> float:
    """Where the last thing printed ends (top-level blocks with text, and tables)."""
    layout = document.documentLayout()
    bottoms = [layout.frameBoundingRect(unit).bottom() if isinstance(unit, QTextFrame)
               else layout.blockBoundingRect(unit).bottom()
               for unit in units(document) if isinstance(unit, QTextFrame) or unit.text().strip()]
    return max(bottoms, default=0.0)


def page_count(document: QTextDocument) -> int:
    """The pages that hold something: the last block's bottom margin, or the empty block that
    always follows a table, may spill onto a page of its own, which is not printed."""
    height = document.pageSize().height()
    return max(1, min(document.pageCount(),
                      math.ceil(_content_bottom(document) / height - 1e-6)))


def fit_document(job: PrintJob, body_size: QSizeF) -> QTextDocument:
    """The job laid out at the body size; where that leaves a last page holding only a few
    lines, laid out tighter (spacing first, then the text size) if that saves the page."""
    document = make_document(job, body_size)
    pages = page_count(document)
    if pages == 1:
        return document
    height = body_size.height()
    if _content_bottom(document) - (pages - 1) * height >= WIDOW_SHARE * height:
        return document
    tight = replace(job, css=job.css + TIGHT_CSS)
    for points in (BODY_POINTS, *SHRINK_POINTS):
        tighter = make_document(tight, body_size, points)
        if page_count(tighter) < pages:
            return tighter
    return document


def _paper_palette() -> QPalette:
    """Dark text on white paper, whatever the window's theme."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#1d1d1b"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    return palette


def shorten_at_word(text: str, metrics: QFontMetricsF, width: float) -> str:
    """``text`` if it fits in ``width``, else as many of its first words as fit, then "…"
    (never a word cut in the middle; a first word too long for the width is cut by Qt)."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split()
    while len(words) > 1:
        words.pop()
        shortened = " ".join(words).rstrip(",;:–—-") + "…"
        if metrics.horizontalAdvance(shortened) <= width:
            return shortened
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def running_title(title: str, short_name: str, metrics: QFontMetricsF, width: float) -> str:
    """The title for the running header: whole if it fits, else shortened at a word and
    followed by the ``short_name`` the project goes by ("Strengthening border management…
    (Bratstvo)"), or the short name alone where even that does not fit."""
    if not short_name or metrics.horizontalAdvance(title) <= width:
        return shorten_at_word(title, metrics, width)
    kept = f" ({short_name})"
    room = width - metrics.horizontalAdvance(kept)
    shortened = shorten_at_word(title, metrics, room)
    if " " in shortened:  # two words of the title or more: worth their room
        return shortened + kept
    return shorten_at_word(short_name, metrics, width)


def _draw_bands(painter: QPainter, setup: PageSetup, job: PrintJob, first: bool, page: int,
                pages: int) -> None:
    """The running header (not on a job's ``first`` page, if it carries its own) and the
    footer, which says "Page ``page`` of ``pages``"."""
    painter.save()
    painter.setFont(print_font(7.5))
    painter.setPen(QColor(MUTED))
    metrics = QFontMetricsF(painter.font(), setup.device)
    line = QPen(QColor(RULE))
    line.setWidthF(setup.device.logicalDpiX() / 150)
    align = Qt.AlignmentFlag
    text_height = metrics.height()
    if not first or job.header_on_first_page:
        top = QRectF(0, 0, setup.width, setup.band - text_height * 0.6)
        painter.drawText(top, align.AlignLeft | align.AlignBottom, job.labels.running)
        title = running_title(job.title, job.short_name, metrics, setup.width * 0.6)
        painter.drawText(top, align.AlignRight | align.AlignBottom, title)
        painter.setPen(line)
        painter.drawLine(0, int(top.bottom() + text_height * 0.25), int(setup.width),
                         int(top.bottom() + text_height * 0.25))
        painter.setPen(QColor(MUTED))
    bottom = QRectF(0, setup.height - setup.band + text_height * 0.6, setup.width,
                    setup.band - text_height * 0.6)
    painter.setPen(line)
    painter.drawLine(0, int(bottom.top() - text_height * 0.25), int(setup.width),
                     int(bottom.top() - text_height * 0.25))
    painter.setPen(QColor(MUTED))
    painter.drawText(bottom, align.AlignLeft | align.AlignTop, job.labels.version)
    painter.drawText(bottom, align.AlignRight | align.AlignTop, job.labels.language + " · "
                     + job.labels.page.format(page=page, pages=pages))
    painter.restore()


def _draw_page(painter: QPainter, setup: PageSetup, document: QTextDocument, index: int) -> None:
    height = setup.body_size.height()
    painter.save()
    painter.translate(setup.body.left(), setup.body.top())
    painter.scale(setup.scale, setup.scale)
    clip = QRectF(0, index * height, setup.body_size.width(), height)
    painter.translate(0, -clip.top())
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    context.palette = _paper_palette()
    document.documentLayout().draw(painter, context)
    painter.restore()


def paint_jobs(device: QPagedPaintDevice, jobs: Sequence[PrintJob],
               progress: Progress | None = None,
               abort: Callable[[], object] | None = None,
               pagination: Pagination = Pagination()) -> int | None:
    """Paint every job on ``device``, each starting on a new page; the number of pages
    painted (blank ones included), or None when cancelled.

    ``abort`` (e.g. QPrinter.abort) runs on cancelling, before the painter ends, so that a
    printer drops the pages it has been sent.
    """
    setup = PageSetup(device)
    documents = []
    for number, job in enumerate(jobs):
        if progress is not None and not progress(number, len(jobs)):
            if abort is not None:
                abort()
            return None
        documents.append(fit_document(job, setup.body_size))
    lengths = [page_count(document) for document in documents]
    starts, total = _numbering(lengths, pagination)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("The printer or the file could not be opened for writing.")
    try:
        printed = 0
        for job, document, start, length in zip(jobs, documents, starts, lengths, strict=True):
            while printed + 1 < start:  # blank pages before a right-hand start
                device.newPage()
                printed += 1
            for index in range(length):
                if printed:
                    device.newPage()
                printed += 1
                _draw_page(painter, setup, document, index)
                if job.bands:
                    page, pages = (printed, total) if pagination.through else (index + 1, length)
                    _draw_bands(painter, setup, job, index == 0, page, pages)
        if progress is not None:
            progress(len(jobs), len(jobs))
        return total
    finally:
        painter.end()


def _numbering(lengths: Sequence[int], pagination: Pagination) -> tuple[list[int], int]:
    """The page each job starts on, and the pages of the whole document."""
    starts = start_pages(lengths, pagination)
    return starts, (starts[-1] + lengths[-1] - 1 if starts else 0)


def document_pages(jobs: Sequence[PrintJob], layout: QPageLayout,
                   pagination: Pagination = Pagination()) -> int:
    """How many pages ``jobs`` take on paper of ``layout``, blank ones included."""
    size = body_size(layout)
    return _numbering([page_count(fit_document(job, size)) for job in jobs], pagination)[1]


def body_size(layout: QPageLayout) -> QSizeF:
    """The body of a page (inside margins, header and footer), in layout units."""
    paint = layout.paintRect(QPageLayout.Unit.Point)
    band = BAND_MM / 25.4 * 72
    unit = LAYOUT_DPI / 72
    return QSizeF(paint.width() * unit, (paint.height() - 2 * band) * unit)


def column_fits(layout: QPageLayout, css: str, share: float = 0.5) -> Fits:
    """A test for bilingual rows: both cells, at half the page's width, are shorter than
    ``share`` of a page; a longer pair is printed one language after the other instead."""
    size = body_size(layout)
    column = QSizeF(size.width() / 2 - 12, 1e9)

    def height(fragment: str) -> float:
        job = PrintJob(fragment, css, "", PageLabels("", "", "", "", ""))
        document = make_document(job, column)
        document.setPageSize(QSizeF(column.width(), -1))
        return document.size().height()

    return lambda left, right: max(height(left), height(right)) <= size.height() * share


def write_pdf(path: Path, jobs: Sequence[PrintJob], layout: QPageLayout, title: str,
              progress: Progress | None = None,
              pagination: Pagination = Pagination()) -> int | None:
    """Export ``jobs`` as one PDF at ``path`` (written beside and moved in: all or nothing);
    the number of pages written.

    Returns None, leaving no file, when ``progress`` cancels. The PDF is made in memory and
    written with Python's own file calls: Qt's PDF writer says nothing when the disk fills
    up, and would leave an empty or cut file reported as saved.
    """
    partial = side_file(path, ".part")
    # Made here, the file says why it cannot be (no such folder, no permission, a full disk)
    # before anything is painted.
    partial.touch()
    try:
        pdf = QBuffer()
        pdf.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(pdf)
        writer.setPageLayout(layout)
        writer.setTitle(title)
        writer.setCreator(APP_NAME)
        try:
            pages = paint_jobs(writer, jobs, progress, pagination=pagination)
        finally:
            del writer  # ends the PDF
        if pages is not None:
            with partial.open("wb") as file:  # a full disk: OSError, said to the reader
                file.write(pdf.data().data())
                file.flush()
                os.fsync(file.fileno())
            partial.replace(path)  # a folder of that name, a file open elsewhere: OSError
    finally:
        partial.unlink(missing_ok=True)  # cancelled, failed, or not moved in
    return pages
