"""``field-reference search``, run as a user runs it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.paths import DataPaths
from tests.test_cli import run


def search(data: DataPaths | Path, *args: str) -> tuple[int, list[list[str]], str]:
    root = data.root if isinstance(data, DataPaths) else data
    result = run("--data-dir", str(root), "search", *args)
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    return result.returncode, lines, result.stderr


def test_results_one_per_line_with_place_title_and_snippet(imported: DataPaths) -> None:
    code, lines, _err = search(imported, "training")
    assert code == 0 and lines
    assert all(len(line) == 3 for line in lines)
    assert ["borders#training", "Border management — Training", "[Training] centres."] in lines


def test_language_area_and_limit(imported: DataPaths) -> None:
    _code, lines, _err = search(imported, "обучение", "--lang", "ru")
    assert {line[0] for line in lines} >= {"borders#training", "borders/checkpoint#activities"}
    assert search(imported, "обучение", "--lang", "en")[1] == []
    _code, lines, _err = search(imported, "IOM", "--area", "mission")
    assert [line[0] for line in lines] == ["mission"]
    assert len(search(imported, "checkpoint", "--limit", "2")[1]) == 2


def test_nothing_found_exits_zero_and_says_so(imported: DataPaths) -> None:
    code, lines, err = search(imported, "zzzqqq", '" NEAR( * ^', "😀")
    assert (code, lines) == (0, [])
    assert "Nothing found" in err


def test_a_long_query_is_repeated_cut_short(imported: DataPaths) -> None:
    code, lines, err = search(imported, "q" * 3000)
    assert (code, lines) == (0, [])
    assert err.strip() == f"Nothing found for “{'q' * 79}…”."


def test_layout_correction_is_applied_and_said(imported: DataPaths) -> None:
    code, lines, err = search(imported, "j,extybt")  # обучение on the Latin layout
    assert code == 0 and "borders#training" in [line[0] for line in lines]
    assert "“обучение”" in err and "keyboard layout" in err


def test_first_start_imports_the_bundled_content(tmp_path: Path) -> None:
    code, lines, err = search(tmp_path / "fresh", "пограничники", "--limit", "3")
    assert code == 0 and len(lines) == 3
    assert "first time" in err
    assert (tmp_path / "fresh" / "content.sqlite").is_file()


def test_a_content_database_without_the_index_is_rebuilt(imported: DataPaths) -> None:
    """Format 1 (before search) is refused on opening and rebuilt from the bundled pack."""
    conn = sqlite3.connect(imported.content_db)
    conn.execute("DROP TABLE search_fts")
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    conn.close()
    code, lines, err = search(imported, "пограничники", "--limit", "1")
    assert code == 0 and "Rebuilding the content" in err
    assert "the content that came with the program" in err
    assert lines and lines[0][0].startswith("border-management/")


def test_each_entry_once_at_its_best_section_and_the_count_told(imported: DataPaths) -> None:
    _code, lines, _err = search(imported, "checkpoint")  # in both languages of each entry
    slugs = [line[0].partition("#")[0] for line in lines]
    assert len(slugs) > 1 and len(slugs) == len(set(slugs))
    _code, lines, err = search(imported, "checkpoint", "--limit", "1")
    assert len(lines) == 1 and f"Showing 1 of {len(slugs)} entries found" in err


def test_a_typo_is_corrected_and_said(imported: DataPaths) -> None:
    code, lines, err = search(imported, "chekcpoint")
    assert code == 0 and lines
    assert "Nothing found for “chekcpoint”; showing results for “checkpoint”" in err
