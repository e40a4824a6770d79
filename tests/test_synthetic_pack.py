"""The benchmarks' synthetic pack is a valid pack, the same for the same seed."""

from __future__ import annotations

from pathlib import Path

from benchmarks.synthetic import write_synthetic_pack
from desktop_app.content.importer import load_pack


def test_synthetic_pack_imports_with_every_kind(tmp_path: Path) -> None:
    root = write_synthetic_pack(tmp_path / "a", 120, seed=3)
    info, records, _media = load_pack(root)
    assert info.languages == ("en", "ru") and len(records) == 120
    assert {r.kind for r in records} == {"overview", "area", "project", "news", "article"}
    assert any(t.brief and t.brief.partners for r in records for t in r.texts.values())
    again = write_synthetic_pack(tmp_path / "b", 120, seed=3)
    assert (root / "manifest.toml").read_text() == (again / "manifest.toml").read_text()
