"""The Russian content uses one form for each thing: the variants that docs/terminology.md
lists in its last column appear nowhere in resources/content/ru/ (reported as file:line)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.paths import bundled_pack_dir

TERMINOLOGY = Path(__file__).resolve().parent.parent / "docs" / "terminology.md"
_VARIANT_RE = re.compile(r"`([^`]+)`")


def banned_variants(text: str) -> list[tuple[str, str]]:
    """(Russian form, variant) for each variant in the last column of the tables."""
    found = []
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 4 or set(cells[0]) <= {"-"} or cells[0] == "English":
            continue
        found += [(cells[1], variant) for variant in _VARIANT_RE.findall(cells[3])]
    return found


def where_used(variant: str, root: Path) -> list[str]:
    pattern = re.compile(variant)
    return [f"{path.relative_to(root).as_posix()}:{number}"
            for path in sorted(root.rglob("*.md"))
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(),
                                          start=1)
            if pattern.search(line)]


def test_the_terminology_list_names_variants() -> None:
    variants = banned_variants(TERMINOLOGY.read_text(encoding="utf-8"))
    assert len(variants) >= 8
    for _form, variant in variants:
        re.compile(variant)  # each is a valid pattern


@pytest.mark.parametrize(("form", "variant"),
                         banned_variants(TERMINOLOGY.read_text(encoding="utf-8")))
def test_no_banned_variant_in_the_russian_content(form: str, variant: str) -> None:
    root = bundled_pack_dir()
    used = where_used(variant, root / "ru")
    assert used == [], f"use {form}, not /{variant}/, at: {', '.join(used)}"


def test_a_variant_is_found_with_its_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "ru").mkdir()
    (tmp_path / "ru" / "entry.md").write_text("Первая строка.\nНа КПП «Братство».\n",
                                              encoding="utf-8")
    assert where_used("КПП «Братство»", tmp_path / "ru") == ["entry.md:2"]
