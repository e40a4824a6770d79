"""A built program finds its resources in PyInstaller's bundle or beside its executable."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from desktop_app import paths


def fake_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, meipass: bool) -> Path:
    """A folder shaped like the one-folder build: the executable, _internal/resources/."""
    program = tmp_path / "field-reference"
    bundle = program / "_internal" if meipass else program
    (bundle / "resources" / "content").mkdir(parents=True)
    (program / "field-reference").write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "field-reference"))
    if meipass:
        monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    else:
        monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    return bundle / "resources"


def test_checkout_resources_sit_beside_the_package() -> None:
    assert (paths.resources_dir() / "content" / "manifest.toml").is_file()
    assert paths.bundled_pack_dir() == paths.resources_dir() / "content"


def test_pyinstaller_bundle_is_used_when_frozen(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    resources = fake_build(tmp_path, monkeypatch, meipass=True)
    assert paths.resources_dir() == resources
    assert paths.bundled_pack_dir() == resources / "content"
    assert paths.executable_dir() == tmp_path / "field-reference"


def test_beside_the_executable_without_a_bundle_folder(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    resources = fake_build(tmp_path, monkeypatch, meipass=False)
    assert paths.resources_dir() == resources


def test_portable_marker_beside_the_built_executable(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    fake_build(tmp_path, monkeypatch, meipass=True)
    (tmp_path / "field-reference" / "portable").write_text("")
    assert paths.resolve_data_dir() == tmp_path / "field-reference" / "data"


def test_translations_load_from_the_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           qapp: object) -> None:
    """Ours and Qt's qtbase_ru.qm, both from the bundle's resources/i18n (as build.spec puts
    them), not from PySide6's folder."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    from desktop_app.ui.i18n import Translators

    checkout_i18n = paths.resources_dir() / "i18n"
    resources = fake_build(tmp_path, monkeypatch, meipass=True)
    (resources / "i18n").mkdir()
    shutil.copy(checkout_i18n / "desktop_app_ru.qm", resources / "i18n")
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    shutil.copy(qt_dir / "qtbase_ru.qm", resources / "i18n")
    monkeypatch.setattr(QLibraryInfo, "path", lambda _which: str(tmp_path / "no-qt-here"))
    app = QCoreApplication.instance()
    assert app is not None
    translators = Translators(app)
    translators.switch("ru")
    try:
        assert len(translators._installed) == 2
        context = "QPlatformTheme"  # Qt's own string, from qtbase_ru.qm
        assert QCoreApplication.translate(context, "Cancel") == "Отмена"
    finally:
        translators.switch("en")


def test_an_install_reads_the_resources_package() -> None:
    """Installed (here: editable), the resources are the package desktop_app.resources, which
    setup.py maps to the checkout's resources/ folder and a wheel carries inside the package."""
    spec = importlib.util.find_spec("desktop_app.resources")
    assert spec is not None and spec.origin is not None
    assert paths.resources_dir() == Path(spec.origin).parent
    assert (paths.resources_dir() / "i18n" / "desktop_app_ru.qm").is_file()


def test_a_checkout_never_installed_reads_the_folder_beside_the_package(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "RESOURCES_PACKAGE", "desktop_app.not_installed")
    assert paths.resources_dir() == Path(paths.__file__).resolve().parent.parent / "resources"
    assert (paths.resources_dir() / "content" / "manifest.toml").is_file()
