"""What a meeting pack gathers from the bookmarks, before anything is printed."""

from __future__ import annotations

from desktop_app.content.meeting import (
    MeetingItem,
    folder_choices,
    folder_items,
    one_brief_per_project,
)
from desktop_app.db.bookmark_records import BookmarkRecord, FolderRecord
from desktop_app.places import Place

FOLDERS = [FolderRecord(1, "Trips", None, 1, ""), FolderRecord(2, "Donors", None, 0, ""),
           FolderRecord(3, "Khorog", 1, 0, "")]
MARKS = [BookmarkRecord(10, "mission", "aims", 1, 1, "", "", ""),
         BookmarkRecord(11, "borders", "", 3, 0, "", "Ask about the bridge", ""),
         BookmarkRecord(12, "borders/checkpoint", "", 1, 0, "", "", "")]


def test_folders_are_offered_as_the_panel_lists_them_with_what_they_hold() -> None:
    assert [(folder.id, name, count) for folder, name, count in folder_choices(FOLDERS, MARKS)] \
        == [(2, "Donors", 0), (1, "Trips", 3), (3, "Trips › Khorog", 1)]


def test_a_folder_gives_its_own_bookmarks_then_its_subfolders_with_their_notes() -> None:
    items = folder_items(FOLDERS, MARKS, FOLDERS[0], "en")
    assert [item.place for item in items] == [Place("borders/checkpoint"),
                                              Place("mission", "aims"), Place("borders")]
    assert items[2].notes == ("Ask about the bridge",)


def test_bookmarks_on_one_project_fold_into_its_first_unless_the_section_is_gone() -> None:
    items = [MeetingItem(Place("p", "goals"), "p goals", ("Goals?",)),
             MeetingItem(Place("mission"), "mission"),
             MeetingItem(Place("p", "gone"), "p gone", ("Lost",)),
             MeetingItem(Place("p"), "p", ("Whole",))]
    folded = one_brief_per_project(items, {"p": {"goals", "results"}})
    assert [item.label for item in folded] == ["p goals", "mission", "p gone"]
    assert folded[0].notes_by_section() == {"goals": ["Goals?"], "": ["Whole"]}
