"""The wheel is a whole program: built from the sdist, installed into a fresh venv outside the
checkout, it starts, imports its bundled pack, and uses its own translations and icons.

Slow (marked ``slow``: about half a minute): it builds the sdist and the wheel with
``python -m build`` (in an isolated build environment with setuptools from the index), makes a
new venv without the system's site-packages, and installs the wheel and its dependencies
(PySide6 among them) from the pip cache or the index.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from desktop_app import APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
# Sources of what the program reads, not read themselves: they stay in the repository.
NOT_SHIPPED = {".ts", ".svg", ".py", ".pyc"}

pytestmark = pytest.mark.slow


def _clean_env(tmp: Path) -> dict[str, str]:
    """Nothing of this checkout or its venv leaks into the installed program."""
    env = {key: value for key, value in os.environ.items()
           if key not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "FIELD_REFERENCE_HOME"}}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp / "config"),
               XDG_DATA_HOME=str(tmp / "share"))
    return env


def _run(command: list[str | Path], cwd: Path, env: dict[str, str],
         timeout: int) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(part) for part in command], cwd=cwd, env=env, text=True,
                            capture_output=True, timeout=timeout)
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sdist and the wheel built from it, as ``python -m build`` makes them."""
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--outdir", out, ROOT], cwd=out,
         env=_clean_env(out), timeout=600)
    (sdist,), (wheel,) = out.glob("*.tar.gz"), out.glob("*.whl")
    return sdist, wheel


@pytest.fixture(scope="module")
def installed(built: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv outside the checkout with the wheel installed; its ``bin`` folder."""
    venv = tmp_path_factory.mktemp("venv")
    env = _clean_env(venv)
    _run([sys.executable, "-m", "venv", venv], cwd=venv, env=env, timeout=300)
    _run([venv / "bin" / "python", "-m", "pip", "install", "-q", built[1]], cwd=venv, env=env,
         timeout=900)
    return venv / "bin"


def _shipped_resources() -> set[str]:
    return {path.relative_to(RESOURCES).as_posix() for path in RESOURCES.rglob("*")
            if path.is_file() and path.suffix not in NOT_SHIPPED}


def test_the_wheel_holds_every_module_and_resource(built: tuple[Path, Path]) -> None:
    names = set(zipfile.ZipFile(built[1]).namelist())
    modules = {path.relative_to(ROOT).as_posix() for path in (ROOT / "desktop_app").rglob("*.py")}
    assert modules - names == set()
    resources = {f"desktop_app/resources/{name}" for name in _shipped_resources()}
    assert {"desktop_app/resources/fonts/DejaVuSans.ttf",
            "desktop_app/resources/i18n/desktop_app_ru.qm",
            "desktop_app/resources/content/manifest.toml"} <= resources
    assert resources - names == set()
    assert not any(name.endswith((".ts", ".pyc")) for name in names)


def test_the_sdist_keeps_resources_at_the_top(built: tuple[Path, Path]) -> None:
    with tarfile.open(built[0]) as sdist:
        top, *_ = sdist.getnames()[0].split("/")
        names = {name.removeprefix(f"{top}/") for name in sdist.getnames()}
    assert {f"resources/{name}" for name in _shipped_resources()} - names == set()
    assert {"setup.py", "pyproject.toml", "README.md"} <= names


def test_the_installed_program_reads_its_own_resources(installed: Path,
                                                       tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    version = _run([installed / "field-reference", "--version"], tmp_path, env, 120)
    assert version.stdout.strip() == f"{APP_NAME} {__version__}"
    where = _run([installed / "python", "-c",
                  "import desktop_app; from desktop_app.paths import resources_dir; "
                  "print(desktop_app.__file__); print(resources_dir())"], tmp_path, env, 120)
    package, resources = (Path(line) for line in where.stdout.split())
    venv = installed.parent
    assert package.is_relative_to(venv) and resources.is_relative_to(venv)
    assert resources == package.parent / "resources"

    test = _run([installed / "field-reference", "--data-dir", tmp_path / "data", "self-test"],
                tmp_path, env, 600)
    lines = test.stdout.splitlines()
    assert "self-test passed" in lines
    for check in ("ok: the application icon is loaded",
                  f"ok: the bundled pack was imported into {tmp_path / 'data'}",
                  "ok: the Russian interface is used",
                  "ok: the licence texts are there"):
        assert any(line.startswith(check) for line in lines), check
    assert (tmp_path / "data" / "content.sqlite").is_file()
