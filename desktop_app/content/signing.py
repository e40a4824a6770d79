"""Signed packs: Ed25519 signatures over a pack's manifest, in minisign's file formats, so that
the standard ``minisign`` tool makes and checks the same keys and signatures.

A pack is signed by ``manifest.toml.minisig`` beside its manifest; the manifest holds the
SHA-256 of every other file, so the signature covers the whole pack. Key files:

- public key: ``untrusted comment: …`` then base64("Ed" ‖ key id (8 bytes) ‖ key (32));
- secret key: ``untrusted comment: …`` then base64("Ed" ‖ KDF ‖ "B2" ‖ salt (32) ‖ ops (8) ‖
  mem (8) ‖ key id ‖ secret key (64) ‖ BLAKE2b-256 checksum (32)). Only keys without a
  password are read (KDF "\\0\\0": ``field-reference pack keygen`` or ``minisign -G -W``);
- signature: ``untrusted comment: …``, base64("ED" ‖ key id ‖ Ed25519 over BLAKE2b-512 of the
  file), ``trusted comment: …``, base64(Ed25519 over the signature ‖ the trusted comment).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

_ALG = b"Ed"
_PREHASHED = b"ED"
_NO_KDF = b"\0\0"
_CHECKSUM = b"B2"


class KeyFileError(ValueError):
    """A key or signature file that cannot be read; the message says why."""


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes  # 8 bytes
    key: bytes  # 32 bytes

    @property
    def id_text(self) -> str:
        """The key id as minisign prints it: 16 upper-case hex digits."""
        return self.key_id[::-1].hex().upper()

    def file_text(self) -> str:
        encoded = base64.b64encode(_ALG + self.key_id + self.key).decode()
        return f"untrusted comment: minisign public key {self.id_text}\n{encoded}\n"


@dataclass(frozen=True)
class SecretKey:
    key_id: bytes
    seed: bytes  # the first half of libsodium's 64-byte secret key

    def public(self) -> PublicKey:
        public = Ed25519PrivateKey.from_private_bytes(self.seed).public_key()
        return PublicKey(self.key_id, public.public_bytes(Encoding.Raw, PublicFormat.Raw))

    def file_text(self) -> str:
        secret = self.seed + self.public().key
        checksum = hashlib.blake2b(_ALG + self.key_id + secret, digest_size=32).digest()
        blob = (_ALG + _NO_KDF + _CHECKSUM + bytes(32) + bytes(8) + bytes(8)
                + self.key_id + secret + checksum)
        return ("untrusted comment: minisign secret key (no password; keep it safe)\n"
                f"{base64.b64encode(blob).decode()}\n")


def _payload(text: str, what: str) -> bytes:
    """The base64 line after the ``untrusted comment:`` line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2 or not lines[0].startswith("untrusted comment:"):
        raise KeyFileError(f"is not a minisign {what} (no “untrusted comment:” line)")
    try:
        return base64.b64decode(lines[1], validate=True)
    except binascii.Error as exc:
        raise KeyFileError(f"is not a minisign {what} (its second line is not base64)") from exc


def read_public_key(text: str) -> PublicKey:
    data = _payload(text, "public key")
    if len(data) != 42 or data[:2] != _ALG:
        raise KeyFileError("is not a minisign Ed25519 public key")
    return PublicKey(data[2:10], data[10:])


def read_secret_key(text: str) -> SecretKey:
    data = _payload(text, "secret key")
    if len(data) != 158 or data[:2] != _ALG or data[4:6] != _CHECKSUM:
        raise KeyFileError("is not a minisign Ed25519 secret key")
    if data[2:4] != _NO_KDF:
        raise KeyFileError("is protected by a password, which this program does not read; make "
                        "a key without one (field-reference pack keygen, or minisign -G -W)")
    key_id, secret, checksum = data[54:62], data[62:126], data[126:158]
    # minisign 0.11 leaves the checksum of a key without a password zero.
    if checksum != bytes(32) and \
            hashlib.blake2b(_ALG + key_id + secret, digest_size=32).digest() != checksum:
        raise KeyFileError("is damaged (its checksum does not match)")
    return SecretKey(key_id, secret[:32])


def new_key() -> SecretKey:
    seed = Ed25519PrivateKey.generate().private_bytes_raw()
    return SecretKey(os.urandom(8), seed)


def sign(data: bytes, key: SecretKey, trusted_comment: str) -> str:
    """A minisign signature file for ``data`` (prehashed, as minisign makes by default)."""
    private = Ed25519PrivateKey.from_private_bytes(key.seed)
    signature = private.sign(hashlib.blake2b(data).digest())
    comment = trusted_comment.replace("\n", " ")
    global_signature = private.sign(signature + comment.encode())
    return (f"untrusted comment: signature from field-reference key {key.public().id_text}\n"
            f"{base64.b64encode(_PREHASHED + key.key_id + signature).decode()}\n"
            f"trusted comment: {comment}\n"
            f"{base64.b64encode(global_signature).decode()}\n")


@dataclass(frozen=True)
class Signature:
    key_id: bytes
    prehashed: bool
    signature: bytes
    trusted_comment: str
    global_signature: bytes

    @property
    def id_text(self) -> str:
        return self.key_id[::-1].hex().upper()


def read_signature(text: str) -> Signature:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 4 or not lines[2].startswith("trusted comment: "):
        raise KeyFileError("is not a minisign signature (four lines, the third a trusted comment)")
    data = _payload(text, "signature")
    if len(data) != 74 or data[:2] not in (_ALG, _PREHASHED):
        raise KeyFileError("is not a minisign Ed25519 signature")
    try:
        global_signature = base64.b64decode(lines[3], validate=True)
    except binascii.Error as exc:
        raise KeyFileError("is not a minisign signature (its last line is not base64)") from exc
    return Signature(data[2:10], data[:2] == _PREHASHED, data[10:],
                     lines[2].removeprefix("trusted comment: "), global_signature)


def verifies(data: bytes, signature: Signature, key: PublicKey) -> bool:
    """``signature`` is ``key``'s over ``data``, trusted comment included."""
    public = Ed25519PublicKey.from_public_bytes(key.key)
    signed = hashlib.blake2b(data).digest() if signature.prehashed else data
    try:
        public.verify(signature.signature, signed)
        public.verify(signature.global_signature,
                      signature.signature + signature.trusted_comment.encode())
    except InvalidSignature:
        return False
    return True


def write_private(path: Path, text: str) -> None:
    """``text`` to a new file only its owner may read (a secret key)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        out.write(text)
