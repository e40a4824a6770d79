"""Whose packs the program accepts: the public keys it trusts, and a pack's signature checked
against them (``signing.py`` has the formats).

Trusted are the keys shipped in ``resources/trusted-keys/`` and those an administrator adds to
the data folder (``field-reference trust add KEY.pub`` → ``trusted-keys/``). A pack signed by
one of them imports; an unsigned pack, or one signed by another key, imports only when the
user allows it (``--allow-unsigned``, or the window's warning); a signature that does not
match the manifest (a pack changed after signing) is refused in every case.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from desktop_app.content.pack import MANIFEST, SIGNATURE, peek_files
from desktop_app.content.signing import (
    KeyFileError,
    PublicKey,
    read_public_key,
    read_signature,
    verifies,
)
from desktop_app.paths import bundled_pack_dir, resources_dir
from desktop_app.problems import QT_TRANSLATE_NOOP, PackError, Problem

TRUSTED_KEYS = "trusted-keys"  # the folder, in resources/ and in the data folder
NOT_SIGNED = QT_TRANSLATE_NOOP(
    "Problems", "the pack is not signed, so where it comes from cannot be checked.")
NOT_TRUSTED = QT_TRANSLATE_NOOP(
    "Problems", "the pack is signed with key {key}, which this program does not trust.")
NEEDS_CONSENT = {NOT_SIGNED, NOT_TRUSTED}  # what the user may allow


class Signed(Enum):
    TRUSTED = "trusted"  # signed by a trusted key, and the signature matches
    UNSIGNED = "unsigned"
    UNTRUSTED = "untrusted"  # signed, by a key the program does not trust
    INVALID = "invalid"  # by a trusted key, but it does not match: changed after signing
    UNREADABLE = "unreadable"  # the signature file is not one


@dataclass(frozen=True)
class SignatureCheck:
    state: Signed
    key_id: str = ""  # the signer's key id, as minisign prints it

    @property
    def needs_consent(self) -> bool:
        """Importable only if the user allows it."""
        return self.state in (Signed.UNSIGNED, Signed.UNTRUSTED)


@dataclass(frozen=True)
class Trust:
    keys: tuple[PublicKey, ...]
    allow_unsigned: bool = False


def _keys_in(folder: Path) -> list[PublicKey]:
    keys = []
    for path in sorted(folder.glob("*.pub")) if folder.is_dir() else []:
        try:
            keys.append(read_public_key(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, KeyFileError):
            continue  # a damaged key file trusts nobody
    return keys


def shipped_keys() -> list[PublicKey]:
    return _keys_in(resources_dir() / TRUSTED_KEYS)


def added_keys(data_root: Path) -> list[PublicKey]:
    return _keys_in(data_root / TRUSTED_KEYS)


def load_trust(data_root: Path, *, allow_unsigned: bool = False) -> Trust:
    return Trust((*shipped_keys(), *added_keys(data_root)), allow_unsigned)


def trust_for(source: Path, data_root: Path, *, allow_unsigned: bool = False) -> Trust | None:
    """What importing ``source`` must check: nothing for the pack bundled with the program
    (trusted as part of it), else its signature against the trusted keys."""
    try:
        bundled = source.resolve() == bundled_pack_dir().resolve()
    except OSError:
        bundled = False
    return None if bundled else load_trust(data_root, allow_unsigned=allow_unsigned)


def add_key(data_root: Path, key_file: Path) -> PublicKey:
    """Trust the public key in ``key_file`` from now on, in this data folder. Raises
    KeyFileError (not a public key) or OSError."""
    key = read_public_key(key_file.read_text(encoding="utf-8"))
    folder = data_root / TRUSTED_KEYS
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    shutil.copyfile(key_file, folder / f"{key.id_text}.pub")
    return key


def check_signature(files: dict[str, bytes], keys: tuple[PublicKey, ...]) -> SignatureCheck:
    """How the pack's files are signed, against ``keys``."""
    if SIGNATURE not in files:
        return SignatureCheck(Signed.UNSIGNED)
    try:
        signature = read_signature(files[SIGNATURE].decode("utf-8"))
    except (UnicodeDecodeError, KeyFileError):
        return SignatureCheck(Signed.UNREADABLE)
    key = next((k for k in keys if k.key_id == signature.key_id), None)
    if key is None:
        return SignatureCheck(Signed.UNTRUSTED, signature.id_text)
    if not verifies(files.get(MANIFEST, b""), signature, key):
        return SignatureCheck(Signed.INVALID, signature.id_text)
    return SignatureCheck(Signed.TRUSTED, signature.id_text)


def peek_signature(source: Path, keys: tuple[PublicKey, ...]) -> SignatureCheck | None:
    """How the pack at ``source`` is signed, before importing it; None when it cannot be read
    or is not a pack (the import then says what is wrong)."""
    files = peek_files(source, (MANIFEST, SIGNATURE))  # the manifest and its signature only
    if files is None or MANIFEST not in files:  # not a pack: the import says so
        return None
    return check_signature(files, keys)


def refuse_unless_trusted(files: dict[str, bytes], trust: Trust) -> None:
    """Raise a PackError saying why the pack may not be imported under ``trust``. Files with
    no manifest are not a pack at all: the import says so, not that they are unsigned."""
    if MANIFEST not in files:
        return
    check = check_signature(files, trust.keys)
    if check.state is Signed.TRUSTED or (check.needs_consent and trust.allow_unsigned):
        return
    if check.state is Signed.UNSIGNED:
        problem = Problem(MANIFEST, None, NOT_SIGNED)
    elif check.state is Signed.UNTRUSTED:
        problem = Problem(SIGNATURE, None, NOT_TRUSTED, {"key": check.key_id})
    elif check.state is Signed.INVALID:
        problem = Problem(SIGNATURE, None, QT_TRANSLATE_NOOP(
            "Problems", "the signature of key {key} does not match the manifest: the pack "
            "was changed after it was signed."), {"key": check.key_id})
    else:
        problem = Problem(SIGNATURE, None, QT_TRANSLATE_NOOP(
            "Problems", "is not a signature this program can read: it is damaged, or it was "
            "not made by minisign or field-reference pack sign."))
    raise PackError([problem])
