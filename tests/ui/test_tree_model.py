"""The tree model is a well-behaved Qt model over the reader's plain nodes."""

from collections.abc import Callable

from pytestqt.modeltest import ModelTester

from desktop_app.db.records import EntryNode, SectionNode
from desktop_app.library import ContentLibrary
from desktop_app.paths import DataPaths
from desktop_app.places import Place
from desktop_app.ui.reader.tree_model import PLACE_ROLE, TreeModel


def sections_in(library: ContentLibrary, lang: str) -> Callable[[str], list[SectionNode]]:
    """What the window hands the model: an entry's sections, read when it is opened."""

    def sections(slug: str) -> list[SectionNode]:
        with library.read() as reader:
            return reader.sections(slug, lang)

    return sections


def test_model_passes_qtmodeltester(qtmodeltester: ModelTester, imported: DataPaths) -> None:
    library = ContentLibrary(imported.content_db)
    library.open()
    model = TreeModel()
    with library.read() as repo:
        model.set_nodes(repo.tree("en"), sections_in(library, "en"))
    qtmodeltester.check(model)
    index = model.index_for(Place("borders/checkpoint", "details"))
    assert index.data() == "Details"
    assert index.data(PLACE_ROLE) == Place("borders/checkpoint", "details")
    assert index.parent().data() == "Objectives"
    assert model.index_for(Place("borders/checkpoint", "gone")).data() == "Bratstvo checkpoint"
    assert not model.index_for(Place("nothing")).isValid()
    library.close()


def test_sections_are_read_when_an_entry_is_first_opened(qtmodeltester: ModelTester,
                                                         imported: DataPaths) -> None:
    library = ContentLibrary(imported.content_db)
    library.open()
    read: list[str] = []

    def sections(slug: str) -> list[SectionNode]:
        read.append(slug)
        return sections_in(library, "ru")(slug)

    model = TreeModel()
    with library.read() as repo:
        model.set_nodes(repo.tree("ru"), sections)
    entry = model.index_for(Place("borders/checkpoint"))
    assert read == [] and model.hasChildren(entry) and model.rowCount(entry) == 0
    assert model.canFetchMore(entry)
    model.fetchMore(entry)
    assert read == ["borders/checkpoint"] and not model.canFetchMore(entry)
    assert model.rowCount(entry) > 0 and model.index(0, 0, entry).data(PLACE_ROLE).section
    qtmodeltester.check(model)  # and with every remaining entry opened by the tester


def test_a_large_area_reads_its_entries_when_opened(qtmodeltester: ModelTester,
                                                     imported: DataPaths) -> None:
    library = ContentLibrary(imported.content_db)
    library.open()
    read: list[str] = []

    def children(slug: str) -> list[EntryNode]:
        read.append(slug)
        with library.read() as reader:
            return reader.children(slug, "en")

    with library.read() as reader:
        nodes = reader.tree("en", open_budget=1)
    model = TreeModel()
    model.set_nodes(nodes, sections_in(library, "en"), children)
    area = model.index_for(Place("borders"))
    assert model.rowCount(area) == 1 and model.canFetchMore(area)  # its section, read at once
    assert model.index(0, 0, area).data(PLACE_ROLE) == Place("borders", "training")
    assert not model.index_for(Place("borders/handbook")).isValid()  # its area is not known
    assert read == []
    entry = model.index_for(Place("borders/handbook", "part-2"), area="borders")
    assert read == ["borders"] and entry.data(PLACE_ROLE) == Place("borders/handbook", "part-2")
    rows = [model.index(row, 0, area).data(PLACE_ROLE) for row in range(model.rowCount(area))]
    assert rows == [Place("borders", "training"), Place("borders/checkpoint"),
                    Place("borders/handbook")]  # the area's sections, then its entries
    assert not model.canFetchMore(area)
    qtmodeltester.check(model)
