"""The source registry: each source with what it covers and its time markers, checked by the
importer, and named on every printed brief with the status "as described in the source"."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.content.brief import build_brief
from desktop_app.content.importer import import_pack
from desktop_app.db.content_reader import ContentReader
from desktop_app.library import ContentLibrary
from desktop_app.paths import bundled_pack_dir
from desktop_app.problems import PackError
from tests.briefs import page_texts
from tests.packs import write_pack
from tests.test_cli import run

REGISTRY = """\
[[source]]
id = "seed.txt"
en = { title = "The seed page", markers = ["since 2009"] }
ru = { title = "Исходная страница", markers = ["с 2009 года"] }
"""


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> ContentLibrary:
    db = tmp_path_factory.mktemp("bundled") / "content.sqlite"
    import_pack(bundled_pack_dir(), db)
    library = ContentLibrary(db)
    library.open()
    return library


def project_slugs(reader: ContentReader) -> list[str]:
    return [child.slug for top in reader.tree("en") for child in top.children
            if child.kind == "project"]


def test_every_bundled_project_names_its_sources_with_their_time_markers(
        bundled: ContentLibrary) -> None:
    with bundled.read() as reader:
        slugs = project_slugs(reader)
        assert len(slugs) >= 9
        for slug in slugs:
            for lang in ("en", "ru"):
                view = reader.entry(slug, lang)
                assert view is not None and view.sources, (slug, lang)
                assert all(note.title and note.markers for note in view.sources), (slug, lang)


def test_the_sources_entry_lists_every_source_in_both_languages(
        bundled: ContentLibrary) -> None:
    with bundled.read() as reader:
        for lang, undated in (("en", "None of them is dated"), ("ru", "не датирован")):
            view = reader.entry("sources", lang)
            assert view is not None and view.lang == lang and undated in view.html
            assert len(view.sources) == 5
            assert all(note.title in view.html for note in view.sources)
        mission = reader.entry("mission", "en")
        assert mission is not None and 'href="entry:sources"' in mission.html


def test_a_printed_brief_says_how_old_its_status_is_and_names_its_sources(
        tmp_path: Path) -> None:
    for lang, words in (("en", ("as described in the source (undated)", "Sources:",
                                "mentions the COVID-19 pandemic")),
                        ("ru", ("по описанию источника (без даты)", "Источники:",
                                "упоминает пандемию COVID-19"))):
        out = tmp_path / f"capacity-{lang}.pdf"
        result = run("--data-dir", str(tmp_path / "data"), "brief",
                     "border-management/capacity-building", "--lang", lang, "-o", str(out))
        assert result.returncode == 0, result.stderr
        text = " ".join(page_texts(out))
        for word in words:
            assert word in text, (lang, word)


def test_a_brief_without_a_registry_names_no_sources(tmp_path: Path) -> None:
    db = tmp_path / "content.sqlite"
    import_pack(write_pack(tmp_path / "pack"), db)  # the basic pack: no sources.toml
    library = ContentLibrary(db)
    library.open()
    with library.read() as reader:
        view = reader.entry("borders/checkpoint", "en")
        assert view is not None and view.sources == () and library.pack is not None
        assert build_brief(view, library.pack).sources == ()
    library.close()


@pytest.mark.parametrize(("files", "where", "says"), [
    ({"sources.toml": REGISTRY.replace('id = "seed.txt"', 'id = "other.txt"')},
     "en/mission.md:6", "source “seed.txt” is not listed in sources.toml."),
    ({"sources.toml": REGISTRY.replace('ru = { title = "Исходная страница", '
                                       'markers = ["с 2009 года"] }\n', "")},
     "sources.toml:1", "needs ru = { title"),
    ({"sources.toml": REGISTRY + REGISTRY}, "sources.toml:5", "is listed twice"),
])
def test_a_wrong_registry_is_refused_with_its_line_and_nothing_changes(
        tmp_path: Path, files: dict[str, str | bytes | None], where: str, says: str) -> None:
    db = tmp_path / "content.sqlite"
    import_pack(write_pack(tmp_path / "good", {"sources.toml": REGISTRY}), db)
    before = db.read_bytes()
    with pytest.raises(PackError) as refused:
        import_pack(write_pack(tmp_path / "bad", files, version="2.0.0"), db)
    found = [p for p in refused.value.problems if p.where == where]
    assert found and says in found[0].text, [f"{p.where}: {p.text}"
                                              for p in refused.value.problems]
    assert db.read_bytes() == before



def test_a_broken_thesaurus_does_not_hide_an_entry_problem(tmp_path: Path) -> None:
    files: dict[str, str | bytes | None] = {
        "sources.toml": REGISTRY.replace('id = "seed.txt"', 'id = "other.txt"'),
        "thesaurus.toml": '[[same]]\nterms = ["one"]\n'}
    with pytest.raises(PackError) as refused:
        import_pack(write_pack(tmp_path / "bad", files), tmp_path / "content.sqlite")
    found = {p.where for p in refused.value.problems}
    assert {"thesaurus.toml:1", "en/mission.md:6"} <= found  # both, in one report
