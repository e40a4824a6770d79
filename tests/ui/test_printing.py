"""Briefs exported to real PDFs and read back: text, page footers, fonts, metadata, layout."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QLocale, QUrl
from PySide6.QtGui import QFontMetricsF, QImage, QTextDocument
from pytestqt.qtbot import QtBot

from desktop_app.content.brief import BRIEF_CSS
from desktop_app.content.importer import import_pack
from desktop_app.library import ContentLibrary
from desktop_app.paths import DataPaths, bundled_pack_dir
from desktop_app.ui.printing.jobs import brief_jobs
from desktop_app.ui.printing.pages import (
    body_size,
    column_fits,
    make_document,
    page_layout,
    print_font,
    running_title,
    shorten_at_word,
    write_pdf,
)
from tests.briefs import (
    brief_starts,
    contents_pages,
    import_brief_pack,
    page_texts,
    pdf_title,
)
from tests.packs import BASIC_ENTRIES, write_pack

CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


@pytest.fixture
def library(qtbot: QtBot, tmp_path: Path) -> ContentLibrary:
    lib = ContentLibrary(import_brief_pack(tmp_path).content_db)
    lib.open()
    return lib


def export(library: ContentLibrary, slugs: list[str], lang: str, out: Path,
           size: str = "A4", orientation: str = "portrait", bilingual: bool = False) -> Path:
    layout = page_layout(size, orientation)
    jobs = brief_jobs(library, slugs, lang, layout, bilingual)
    assert write_pdf(out, jobs, layout, jobs[0].title if len(jobs) == 1 else "Briefs")
    return out


def test_english_brief_has_title_fields_footer_and_metadata(library: ContentLibrary,
                                                            tmp_path: Path) -> None:
    pdf = export(library, ["borders/training"], "en", tmp_path / "en.pdf")
    texts = page_texts(pdf)
    assert len(texts) == 2  # the long activities section runs onto a second page
    first = texts[0]
    for text in ("International Organization for Migration (IOM)", "PROJECT BRIEF",
                 "Training centres", "BORDER MANAGEMENT", "Period", "2009–2012", "Funding",
                 "US Department of State", "Partners", "Government of Tajikistan",
                 "Border Forces", "Locations", "Dushanbe", "Khorog", "Status", "Ongoing",
                 "Two centres where border guards train.", "Objectives", "Activities"):
        assert text in first, text
    assert "Results" in texts[1] and "More than 700 guards trained." in texts[1]
    assert "In the newsletter" not in " ".join(texts)
    assert "Page 1 of 2" in first and "Page 2 of 2" in texts[1]
    assert "Content version 1.0.0 of 1 November 2026" in first and "English" in first
    assert "IOM · Mission in Tajikistan" in texts[1]  # the running header from page 2
    assert pdf_title(pdf) == "Training centres"


def test_russian_brief_is_cyrillic_with_russian_labels(library: ContentLibrary,
                                                       tmp_path: Path) -> None:
    pdf = export(library, ["borders/training"], "ru", tmp_path / "ru.pdf")
    texts = page_texts(pdf)
    first = texts[0]
    for text in ("Международная организация по миграции (МОМ)", "ПАСПОРТ ПРОЕКТА",
                 "Учебные центры", "Период", "Финансирование", "Государственный департамент США",
                 "Партнёры", "Пограничные войска", "Места реализации", "Хорог", "Статус",
                 "Продолжается", "Версия содержимого 1.0.0 от 1 ноября 2026", "Русский"):
        assert text in first, text
    assert "Страница 1 из 2" in first and "Страница 2 из 2" in texts[1]
    assert pdf_title(pdf) == "Учебные центры"


def test_empty_fields_are_left_out(library: ContentLibrary, tmp_path: Path) -> None:
    pdf = export(library, ["health/clinic"], "en", tmp_path / "clinic.pdf")
    (text,) = page_texts(pdf)
    assert "Funding IOM Development Fund" in text
    for label in ("Period", "Partners", "Locations", "Status"):
        assert label not in text
    assert "Page 1 of 1" in text


def test_fonts_are_embedded_and_carry_cyrillic(library: ContentLibrary, tmp_path: Path) -> None:
    pdf = export(library, ["borders/checkpoint"], "ru", tmp_path / "fonts.pdf")
    fonts = []
    for page in PdfReader(pdf).pages:
        resources: Any = page["/Resources"]
        for ref in resources["/Font"].values():
            font = ref.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            fonts.append((str(font["/BaseFont"]), "/FontFile2" in descriptor))
    assert fonts and all(embedded for _name, embedded in fonts)
    assert any("DejaVuSans" in name for name, _embedded in fonts)
    assert CYRILLIC.search(page_texts(pdf)[0])


def test_letter_and_landscape_paper(library: ContentLibrary, tmp_path: Path) -> None:
    letter = PdfReader(export(library, ["borders/checkpoint"], "en", tmp_path / "l.pdf",
                              size="Letter"))
    box = letter.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    wide = PdfReader(export(library, ["borders/checkpoint"], "en", tmp_path / "w.pdf",
                            orientation="landscape"))
    box = wide.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)


def test_batch_starts_each_brief_on_a_new_page(library: ContentLibrary, tmp_path: Path) -> None:
    slugs = ["health/clinic", "borders/training", "borders/checkpoint"]
    pdf = export(library, slugs, "en", tmp_path / "batch.pdf")
    texts = page_texts(pdf)
    assert len(texts) == 5  # contents, then 1 + 2 + 1
    titles = ["Migrant clinic", "Training centres", "Bratstvo checkpoint"]
    starts = brief_starts(texts, titles)
    assert starts == [2, 3, 5]
    assert contents_pages(texts, titles) == starts  # the contents says where each starts
    for start in starts:
        assert "Page 1 of" in texts[start - 1]  # each brief numbers its own pages
    assert pdf_title(pdf) == "Briefs"


def test_bilingual_brief_has_both_languages(library: ContentLibrary, tmp_path: Path) -> None:
    pdf = export(library, ["borders/checkpoint"], "ru", tmp_path / "both.pdf", bilingual=True)
    (text,) = page_texts(pdf)
    for words in ("КПП «Братство»", "Bratstvo checkpoint", "Период", "Period", "ПРООН", "UNDP",
                  "Лучший контроль.", "Better control.", "Русский · English"):
        assert words in text, words
    assert pdf_title(pdf) == "КПП «Братство»"


def test_bilingual_long_section_goes_one_after_the_other(library: ContentLibrary,
                                                         tmp_path: Path) -> None:
    pdf = export(library, ["borders/training"], "en", tmp_path / "long.pdf", bilingual=True)
    text = " ".join(page_texts(pdf))
    english_end = text.index("document checks. (45)")
    russian_start = text.index("проверять документы. (1)")
    assert english_end < russian_start  # not interleaved line by line in two columns
    fits = column_fits(page_layout("A4", "portrait"), BRIEF_CSS)
    assert fits("<p>Short.</p>", "<p>Коротко.</p>")
    assert not fits("<p>Long.</p>" * 80, "<p>Коротко.</p>")


def test_bundled_projects_fit_on_one_or_two_a4_pages(qtbot: QtBot, tmp_path: Path) -> None:
    from desktop_app.content.importer import import_pack

    import_pack(bundled_pack_dir(), tmp_path / "content.sqlite")
    library = ContentLibrary(tmp_path / "content.sqlite")
    library.open()
    with library.read() as repo:
        projects = [c.slug for top in repo.tree("en") for c in top.children
                    if c.kind == "project"]
    for lang in ("en", "ru"):
        layout = page_layout("A4", "portrait")
        for slug in projects:
            pdf = tmp_path / f"{slug.replace('/', '-')}-{lang}.pdf"
            jobs = brief_jobs(library, [slug], lang, layout)
            assert write_pdf(pdf, jobs, layout, jobs[0].title)
            assert 1 <= len(PdfReader(pdf).pages) <= 2, (slug, lang)
    # Its Russian ran three bullets onto a second page: set tighter, it fits on one, whole.
    texts = page_texts(tmp_path / "border-management-assessment-2002-ru.pdf")
    assert len(texts) == 1 and "Центр анализа документов и информационная система" in \
        texts[0].split("Результаты")[-1]


def test_cancelling_leaves_no_file(library: ContentLibrary, tmp_path: Path) -> None:
    layout = page_layout("A4", "portrait")
    jobs = brief_jobs(library, ["health/clinic", "borders/training"], "en", layout)
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 1

    out = tmp_path / "cancelled.pdf"
    assert not write_pdf(out, jobs, layout, "Briefs", progress)
    assert seen == [0, 1]
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def _checkpoint_saying(tmp_path: Path, objectives: str) -> ContentLibrary:
    """The open content of the basic test pack whose English checkpoint's objectives read
    ``objectives``."""
    checkpoint = "en/borders/checkpoint.md"
    changed = BASIC_ENTRIES[checkpoint].replace("Better control.", objectives)
    paths = DataPaths(tmp_path / "data").ensure()
    import_pack(write_pack(tmp_path / "pack", {checkpoint: changed}), paths.content_db)
    library = ContentLibrary(paths.content_db)
    library.open()
    return library


def test_a_brief_prints_the_packs_own_images(qtbot: QtBot, tmp_path: Path) -> None:
    library = _checkpoint_saying(
        tmp_path, "Better control.\n\n![Map of the crossing](media/map.png)")
    layout = page_layout("A4", "portrait")
    job = brief_jobs(library, ["borders/checkpoint"], "en", layout)[0]
    assert set(job.images) == {"media/map.png"}
    document = make_document(job, body_size(layout))
    image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl("media/map.png"))
    assert isinstance(image, QImage) and (image.width(), image.height()) == (40, 20)
    library.close()


def test_the_footer_has_the_print_date_and_footnotes_print_without_their_back_link(
        qtbot: QtBot, tmp_path: Path) -> None:
    library = _checkpoint_saying(
        tmp_path, "Better control[^1].\n\n[^1]: As the assessment asked.")
    text = " ".join(page_texts(export(library, ["borders/checkpoint"], "en",
                                      tmp_path / "note.pdf")))
    library.close()
    assert "As the assessment asked." in text and "↩" not in text
    today = QLocale("en").toString(QDate.currentDate(), "d MMMM yyyy")
    assert f"Content version 1.0.0 of 1 November 2026 · printed {today}" in text


def test_the_running_header_shortens_a_long_title_at_a_word(qtbot: QtBot) -> None:
    metrics = QFontMetricsF(print_font(7.5))
    title = "Strengthening border management at the Tajik–Afghan border crossing points"
    width = metrics.horizontalAdvance(title) * 0.6
    shortened = shorten_at_word(title, metrics, width)
    assert shortened.endswith("…") and metrics.horizontalAdvance(shortened) <= width
    assert title.startswith(shortened[:-1]) and title[len(shortened) - 1] == " "
    assert shorten_at_word("Short title", metrics, width) == "Short title"


def test_a_long_title_keeps_the_projects_short_name_in_the_running_header(
        qtbot: QtBot, tmp_path: Path) -> None:
    checkpoint = "en/borders/checkpoint.md"
    title = ("Strengthening border management and the training of border guards at the "
             "Bratstvo crossing point on the Tajik–Uzbek border")
    changed = (BASIC_ENTRIES[checkpoint]
               .replace('title = "Bratstvo checkpoint"', f'title = "{title}"')
               .replace('status = ""', 'status = ""\nshort_name = "Bratstvo"')
               .replace("Better control.", "\n\n".join(["Better control at the crossing."] * 90)))
    paths = DataPaths(tmp_path / "data").ensure()
    import_pack(write_pack(tmp_path / "pack", {checkpoint: changed}), paths.content_db)
    library = ContentLibrary(paths.content_db)
    library.open()
    texts = page_texts(export(library, ["borders/checkpoint"], "en", tmp_path / "long.pdf"))
    library.close()
    kept = re.search(r"Mission in Tajikistan (.+?)… \(Bratstvo\)", texts[1])
    assert kept is not None and title not in texts[1]
    assert title.startswith(kept.group(1) + " ")  # shortened at a word
    metrics = QFontMetricsF(print_font(7.5))
    assert running_title(title, "Bratstvo", metrics, 1e4) == title  # it fits: whole
    assert running_title(title, "Bratstvo", metrics,
                         metrics.horizontalAdvance("Bratstvo") + 1) == "Bratstvo"
