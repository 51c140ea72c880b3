"""Cert hash (SHA-256 over RFC 8785 canonical JSON) and Ed25519 signatures; atomic writes.

The hash covers the whole bundle except its ``cert`` block; the signature covers the hash
(as ASCII hex). ``verify`` recomputes both and re-runs the guard, so an auditor can tell an
altered bundle, a bundle signed by another key, and a bundle that breaks the privacy contract
apart by exit code.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from pathlib import Path

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from lqs_clinical.bundle import Bundle, Cert
from lqs_clinical.errors import ExitCode, UserError

PRIVATE_NAME = "lqs-signing.key"
PUBLIC_NAME = "lqs-signing.pub"


def canonical_bytes(data: dict) -> bytes:
    return rfc8785.dumps(data)


def content_hash(data: dict) -> str:
    body = {k: v for k, v in data.items() if k != "cert"}
    return hashlib.sha256(canonical_bytes(body)).hexdigest()


def key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def keygen(directory: Path) -> tuple[Path, Path]:
    """Write an Ed25519 key pair: private key PEM (mode 0600), public key PEM."""
    directory.mkdir(parents=True, exist_ok=True)
    private_path, public_path = directory / PRIVATE_NAME, directory / PUBLIC_NAME
    if private_path.exists():
        raise UserError(f"{private_path}: a key already exists; choose another directory or remove it")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    public_path.write_bytes(key.public_key().public_bytes(serialization.Encoding.PEM,
                                                          serialization.PublicFormat.SubjectPublicKeyInfo))
    return private_path, public_path


def load_private(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError):
        raise UserError(f"{path}: not a readable unencrypted Ed25519 private key (make one with "
                        "`lqs-clinical keygen DIR`)") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise UserError(f"{path}: not an Ed25519 private key")
    return key


def load_public(path: Path) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except (OSError, ValueError, TypeError):
        raise UserError(f"{path}: not a readable Ed25519 public key (PEM)") from None
    if not isinstance(key, Ed25519PublicKey):
        raise UserError(f"{path}: not an Ed25519 public key")
    return key


def certify(bundle: Bundle, signing_key: Ed25519PrivateKey | None = None) -> Bundle:
    """Set ``bundle.cert``: the content hash, and a signature over it when a key is given."""
    bundle.cert = None
    digest = content_hash(bundle.model_dump(mode="json"))
    cert = Cert(hash=digest)
    if signing_key is not None:
        public = signing_key.public_key()
        cert.signature = base64.b64encode(signing_key.sign(digest.encode("ascii"))).decode("ascii")
        cert.public_key = base64.b64encode(
            public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)).decode("ascii")
        cert.key_id = key_id(public)
    bundle.cert = cert
    return bundle


def verify_data(data: dict, public_key: Ed25519PublicKey | None = None) -> Bundle:
    """Check schema, hash, signature and guard; raise UserError with a distinct code per failure."""
    from pydantic import ValidationError

    from lqs_clinical.errors import GuardViolation
    from lqs_clinical.guard import guard_bundle

    try:
        bundle = Bundle.model_validate(data)
    except ValidationError as exc:
        loc = ".".join(map(str, exc.errors()[0]["loc"]))
        raise UserError(f"not a valid evidence bundle (schema error at '{loc}')", ExitCode.VERIFY_SCHEMA) from None
    if bundle.cert is None:
        raise UserError("bundle has no cert block; it was not produced by lqs-clinical", ExitCode.VERIFY_HASH)
    if content_hash(data) != bundle.cert.hash:
        raise UserError("cert hash mismatch: the bundle was altered after it was certified", ExitCode.VERIFY_HASH)
    if bundle.cert.signature or public_key is not None:
        if not bundle.cert.signature:
            raise UserError("a public key was given but the bundle is not signed", ExitCode.VERIFY_SIGNATURE)
        try:
            embedded = Ed25519PublicKey.from_public_bytes(base64.b64decode(bundle.cert.public_key or ""))
        except ValueError:
            raise UserError("cert.public_key is not an Ed25519 key", ExitCode.VERIFY_SIGNATURE) from None
        key = public_key or embedded
        if public_key is not None and key_id(public_key) != key_id(embedded):
            raise UserError("signed with another key than the one given", ExitCode.VERIFY_SIGNATURE)
        try:
            key.verify(base64.b64decode(bundle.cert.signature), bundle.cert.hash.encode("ascii"))
        except (InvalidSignature, ValueError):
            raise UserError("signature invalid for this hash", ExitCode.VERIFY_SIGNATURE) from None
    try:
        guard_bundle(bundle)
    except GuardViolation as exc:
        raise UserError(f"privacy guard: {exc}", ExitCode.VERIFY_GUARD) from None
    return bundle


def read_bundle_file(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(f"{path}: cannot read ({exc.strerror})") from None
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise UserError(f"{path}: not JSON; pass an evidence.json written by lqs-clinical",
                        ExitCode.VERIFY_SCHEMA) from None


def bundle_text(bundle: Bundle) -> str:
    return json.dumps(bundle.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
