"""Page-breaking rules that QTextDocument does not have, applied after it has laid a document
out in pages:

- a heading is kept with at least the first two lines of what follows it;
- no paragraph leaves a single line alone at the foot of a page (an orphan) or at the top of
  the next (a widow);
- a list item is split across pages only when it is longer than a third of a page;
- a table row is never split (unless it is taller than a page).

QTextDocument moves a line that would cross the foot of a page onto the next page and has no
keep-together or keep-with-next. So each fault is mended by a page break before the block or
the row; a paragraph's widow by splitting the paragraph where its last two lines start, the
second part starting the next page. The document lays itself out again after each change,
and the faults are mended one at a time from the top.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat, QTextTable

LIST_ITEM_SPLIT_SHARE = 1 / 3  # a list item shorter than this share of a page is kept whole
HEADING_KEEPS_LINES = 2
_MAX_MENDS = 400  # each mend moves something down a page; a document never needs this many

_BREAK_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore


def typeset(document: QTextDocument) -> None:
    """Mend the document's page-breaking faults (see the module's docstring)."""
    breaks: list[QTextCursor] = []  # where a mend started a page (cursors follow the edits)
    for _mend in range(_MAX_MENDS):
        started = _mend_first_fault(document)
        if not started:
            return
        # A page started here moves what follows: the breaks set further on were for the
        # layout before, and are judged again.
        here = min(block.position() for block in started)
        for cursor in [c for c in breaks if c.position() > here]:
            fmt = cursor.blockFormat()
            fmt.setPageBreakPolicy(fmt.pageBreakPolicy() & ~_BREAK_BEFORE)
            cursor.setBlockFormat(fmt)
            breaks.remove(cursor)
        breaks += [QTextCursor(block) for block in started]


def _line_pages(document: QTextDocument, block: QTextBlock) -> list[int]:
    """The page each line of ``block`` is laid out on."""
    height = document.pageSize().height()
    top = document.documentLayout().blockBoundingRect(block).top()
    lines = block.layout()
    # A line moved to the next page starts at its top, give or take the layout's rounding
    # (1/64 of a pixel): a pixel's slack, as no line is less than a pixel high.
    return [int((top + lines.lineAt(i).y() + 1) // height) for i in range(lines.lineCount())]


def _blocks_between(document: QTextDocument, first: int, last: int) -> list[QTextBlock]:
    blocks = []
    block = document.findBlock(first)
    while block.isValid() and block.position() <= last:
        blocks.append(block)
        block = block.next()
    return blocks


def units(document: QTextDocument) -> list[QTextBlock | QTextTable]:
    """The document's top-level blocks and tables, in reading order."""
    tables = [frame for frame in document.rootFrame().childFrames()
              if isinstance(frame, QTextTable)]
    spans = [(table.firstPosition(), table.lastPosition()) for table in tables]
    found: list[tuple[int, QTextBlock | QTextTable]] = [
        (table.firstPosition(), table) for table in tables]
    block = document.begin()
    while block.isValid():
        position = block.position()
        if not any(first <= position <= last for first, last in spans):
            found.append((position, block))
        block = block.next()
    return [unit for _position, unit in sorted(found, key=lambda pair: pair[0])]


def _unit_line_pages(document: QTextDocument, unit: QTextBlock | QTextTable) -> list[int]:
    if isinstance(unit, QTextBlock):
        return _line_pages(document, unit) if unit.text().strip() else []
    return [page for row in range(unit.rows()) for page in _row_pages(document, unit, row)]


def _break_before(block: QTextBlock) -> list[QTextBlock]:
    """Start a page at ``block``: [block], or [] if it already starts one."""
    fmt = block.blockFormat()
    if fmt.pageBreakPolicy() & _BREAK_BEFORE:
        return []
    fmt.setPageBreakPolicy(fmt.pageBreakPolicy() | _BREAK_BEFORE)
    QTextCursor(block).setBlockFormat(fmt)
    return [block]


def _mend_first_fault(document: QTextDocument) -> list[QTextBlock]:
    """Mend the first fault from the top; the blocks that now start a page ([]: no fault)."""
    parts = units(document)
    for index, unit in enumerate(parts):
        if isinstance(unit, QTextTable):
            started = _mend_table(document, unit)
        elif not (pages := _line_pages(document, unit)):
            continue
        elif unit.blockFormat().headingLevel():
            stranded = _heading_stranded(document, pages[-1], parts[index + 1:])
            started = _break_before(unit) if stranded else []
        else:
            started = _mend_split_block(document, unit, pages) if pages[0] != pages[-1] else []
        if started:
            return started
    return []


def _heading_stranded(document: QTextDocument, page: int,
                      following: list[QTextBlock | QTextTable]) -> bool:
    """Whether the first lines after a heading on ``page`` are on a later page."""
    lines: list[int] = []
    for unit in following:
        lines += _unit_line_pages(document, unit)
        if len(lines) >= HEADING_KEEPS_LINES:
            break
    return any(line > page for line in lines[:HEADING_KEEPS_LINES])


def _mend_split_block(document: QTextDocument, block: QTextBlock,
                      pages: list[int]) -> list[QTextBlock]:
    """A block whose lines run onto the next page: keep at least two lines on each side."""
    before = pages.count(pages[0])
    if block.blockFormat().objectIndex() != -1:  # a list item (``textList()`` returning None
        # wrecks None's reference count in PySide6 6.x: the interpreter crashes at exit)
        short = (document.documentLayout().blockBoundingRect(block).height()
                 <= document.pageSize().height() * LIST_ITEM_SPLIT_SHARE)
        return _break_before(block) if short or before < 2 else []
    if before < 2:
        return _break_before(block)
    after = pages.count(pages[before])
    if after >= 2 or len(pages) > before + after:
        return []
    if before < 3:  # both sides cannot keep two lines: the paragraph moves whole
        return _break_before(block)
    return [_split_before_line(block, before - 1)]


def _split_before_line(block: QTextBlock, line: int) -> QTextBlock:
    """Make a new paragraph of ``block``'s text from ``line`` on, starting the next page; the
    two parts read as one (no space between them). Returns the new paragraph."""
    start = block.position() + block.layout().lineAt(line).textStart()
    bottom = block.blockFormat().bottomMargin()
    cursor = QTextCursor(block)
    fmt = block.blockFormat()
    fmt.setBottomMargin(0)
    cursor.setBlockFormat(fmt)
    rest = block.blockFormat()
    rest.setTopMargin(0)
    rest.setBottomMargin(bottom)
    rest.setPageBreakPolicy(_BREAK_BEFORE)
    cursor.setPosition(start)
    cursor.insertBlock(rest)
    return cursor.block()


def _row_blocks(document: QTextDocument, table: QTextTable, row: int) -> list[QTextBlock]:
    """The blocks with text in ``row``'s cells (and in tables inside them)."""
    blocks: list[QTextBlock] = []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if cell.row() != row or cell.column() != column:
            continue  # covered by a spanning cell
        blocks += [block for block in _blocks_between(document, cell.firstPosition(),
                                                      cell.lastPosition())
                   if block.text().strip()]
    return blocks


def _row_pages(document: QTextDocument, table: QTextTable, row: int) -> list[int]:
    return [page for block in _row_blocks(document, table, row)
            for page in _line_pages(document, block)]


def _mend_table(document: QTextDocument, table: QTextTable) -> list[QTextBlock]:
    """A row split across a page boundary moves whole to the next page (if it fits one)."""
    layout = document.documentLayout()
    for row in range(table.rows()):
        blocks = _row_blocks(document, table, row)
        pages = [page for block in blocks for page in _line_pages(document, block)]
        if not pages or min(pages) == max(pages):
            continue
        rects = [layout.blockBoundingRect(block) for block in blocks]
        tall = max(r.bottom() for r in rects) - min(r.top() for r in rects)
        if tall > document.pageSize().height() * 0.9:
            continue  # about a page or more: it has to split
        started = [block for column in range(table.columns())
                   for block in _break_before(
                       document.findBlock(table.cellAt(row, column).firstPosition()))]
        if started:
            return started
    return []
