"""Signed packs: keys and signatures in minisign's formats, and whose packs an import accepts
on the command line (the window's warning: tests/ui/test_import_problems.py)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.content.signing import (
    KeyFileError,
    new_key,
    read_public_key,
    read_secret_key,
    read_signature,
    sign,
    verifies,
)
from tests.packs import BASIC_ENTRIES, sign_pack, write_pack

MINISIGN = shutil.which("minisign")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, timeout=60)


def test_a_key_signs_and_a_changed_file_no_longer_verifies() -> None:
    key = new_key()
    assert read_secret_key(key.file_text()) == key
    public = read_public_key(key.public().file_text())
    signature = read_signature(sign(b"manifest", key, "test 1.0"))
    assert signature.trusted_comment == "test 1.0" and signature.id_text == public.id_text
    assert verifies(b"manifest", signature, public)
    assert not verifies(b"manifesT", signature, public)
    assert not verifies(b"manifest", signature, new_key().public())


@pytest.mark.parametrize("text", ["", "untrusted comment: x\nnot base64!\n",
                                  "untrusted comment: x\nRWQ=\n"])
def test_a_file_that_is_not_a_key_says_so(text: str) -> None:
    with pytest.raises(KeyFileError):
        read_public_key(text)


@pytest.mark.skipif(MINISIGN is None, reason="the minisign tool is not installed")
def test_minisign_reads_ours_and_we_read_minisigns(tmp_path: Path) -> None:
    assert MINISIGN is not None
    ours = tmp_path / "ours.key"
    assert run("pack", "keygen", str(ours)).returncode == 0
    data = tmp_path / "data.txt"
    data.write_bytes(b"a manifest\n")
    signature = sign(data.read_bytes(), read_secret_key(ours.read_text()), "ours")
    (tmp_path / "data.txt.minisig").write_text(signature)
    checked = subprocess.run([MINISIGN, "-Vm", str(data), "-p", f"{ours}.pub"],
                             capture_output=True, text=True, timeout=30)
    assert checked.returncode == 0, checked.stderr
    theirs = tmp_path / "theirs"
    subprocess.run([MINISIGN, "-G", "-W", "-p", f"{theirs}.pub", "-s", f"{theirs}.key"],
                   check=True, capture_output=True, timeout=30)
    subprocess.run([MINISIGN, "-S", "-s", f"{theirs}.key", "-m", str(data), "-t", "theirs"],
                   check=True, capture_output=True, timeout=30, stdin=subprocess.DEVNULL)
    public = read_public_key(Path(f"{theirs}.pub").read_text())
    assert read_secret_key(Path(f"{theirs}.key").read_text()).public() == public
    assert verifies(data.read_bytes(), read_signature(Path(f"{data}.minisig").read_text()),
                    public)


def test_an_unsigned_pack_is_refused_on_the_command_line_unless_allowed(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", signed=False)
    data = tmp_path / "data"
    refused = run("--data-dir", str(data), "import", str(pack))
    assert refused.returncode == 1
    assert "the pack is not signed" in refused.stderr and "--allow-unsigned" in refused.stderr
    assert not (data / "content.sqlite").exists()
    allowed = run("--data-dir", str(data), "import", "--allow-unsigned", str(pack))
    assert allowed.returncode == 0, allowed.stderr
    empty = tmp_path / "empty"  # not a pack at all: said so, not that it is unsigned
    empty.mkdir()
    refused = run("--data-dir", str(data), "import", str(empty))
    assert refused.returncode == 1 and "--allow-unsigned" not in refused.stderr
    assert "manifest.toml: is missing: this is not a content pack." in refused.stderr


def test_a_pack_signed_by_an_untrusted_key_imports_once_its_key_is_trusted(
        tmp_path: Path) -> None:
    key_file = tmp_path / "mission.key"
    assert run("pack", "keygen", str(key_file)).returncode == 0
    pack = write_pack(tmp_path / "pack", signed=False)
    signed = run("pack", "sign", str(pack), "--key", str(key_file))
    assert signed.returncode == 0, signed.stderr
    key_id = read_public_key(Path(f"{key_file}.pub").read_text()).id_text
    data = tmp_path / "data"
    refused = run("--data-dir", str(data), "import", str(pack))
    assert refused.returncode == 1 and f"signed with key {key_id}" in refused.stderr
    assert run("--data-dir", str(data), "trust", "add", f"{key_file}.pub").returncode == 0
    assert key_id in run("--data-dir", str(data), "trust", "list").stdout
    imported = run("--data-dir", str(data), "import", str(pack))
    assert imported.returncode == 0, imported.stderr


def test_trusting_a_key_file_that_is_missing_or_not_text_says_so_plainly(
        tmp_path: Path) -> None:
    data, missing = tmp_path / "data", tmp_path / "mission.pub"
    result = run("--data-dir", str(data), "trust", "add", str(missing))
    assert result.returncode == 1
    assert result.stderr.strip() == (f"field-reference trust add: {missing}: No such file or "
                                     "directory; nothing was changed.")
    missing.write_bytes(b"\xff\xfe key")
    result = run("--data-dir", str(data), "trust", "add", str(missing))
    assert result.returncode == 1 and "not a public key (not UTF-8 text)" in result.stderr


def test_a_signed_pack_changed_after_signing_is_refused_in_every_case(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack")  # signed with the development key, trusted
    mission = pack / "en" / "mission.md"
    mission.write_text(BASIC_ENTRIES["en/mission.md"] + "\nInserted later.\n", encoding="utf-8")
    assert run("pack-manifest", str(pack)).returncode == 0  # checksums made to match again
    data = tmp_path / "data"
    for extra in ([], ["--allow-unsigned"]):
        refused = run("--data-dir", str(data), "import", *extra, str(pack))
        assert refused.returncode == 1
        assert "was changed after it was signed" in refused.stderr
    sign_pack(pack)  # signed again, as it now is: accepted
    assert run("--data-dir", str(data), "import", str(pack)).returncode == 0


def test_pack_sign_refuses_a_folder_whose_files_do_not_match(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", signed=False)
    (pack / "en" / "mission.md").write_text("changed", encoding="utf-8")
    key_file = tmp_path / "k.key"
    assert run("pack", "keygen", str(key_file)).returncode == 0
    result = run("pack", "sign", str(pack), "--key", str(key_file))
    assert result.returncode == 1 and "run pack-manifest first" in result.stderr
    assert not (pack / "manifest.toml.minisig").exists()


def test_the_bundled_pack_is_trusted_as_part_of_the_program(tmp_path: Path) -> None:
    from desktop_app.paths import bundled_pack_dir

    result = run("--data-dir", str(tmp_path / "d"), "import", str(bundled_pack_dir()))
    assert result.returncode == 0, result.stderr
