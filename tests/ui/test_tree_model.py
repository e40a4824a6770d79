"""The tree model is a well-behaved Qt model over the repository's plain nodes."""

from pytestqt.modeltest import ModelTester

from desktop_app.library import ContentLibrary
from desktop_app.paths import DataPaths
from desktop_app.places import Place
from desktop_app.ui.tree_model import PLACE_ROLE, TreeModel


def test_model_passes_qtmodeltester(qtmodeltester: ModelTester, imported: DataPaths) -> None:
    library = ContentLibrary(imported.content_db)
    library.open()
    model = TreeModel()
    with library.read() as repo:
        model.set_nodes(repo.tree("en"))
    qtmodeltester.check(model)
    index = model.index_for(Place("borders/checkpoint", "details"))
    assert index.data() == "Details"
    assert index.data(PLACE_ROLE) == Place("borders/checkpoint", "details")
    assert index.parent().data() == "Objectives"
    assert model.index_for(Place("borders/checkpoint", "gone")).data() == "Bratstvo checkpoint"
    assert not model.index_for(Place("nothing")).isValid()
    library.close()
