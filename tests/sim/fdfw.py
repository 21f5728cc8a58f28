"""FleetDesk firmware images (format FDFW 1, docs/firmware-image.md): build, sign and check them.

Python stdlib plus the `openssl` command (3.0+) for Ed25519. Used by tests/sim/make-firmware-vectors,
tests/sim/make-demo-images and the integration tests.
"""

import base64
import hashlib
import json
import os
import struct
import subprocess
import tempfile

MAGIC = b"FDFW"
FORMAT_VERSION = 1
PREAMBLE = struct.Struct(">4sHI")  # magic, u16 format version, u32 header length (big-endian)
SIG_ALG = "ed25519"


def signed_message(model, version, payload_sha256):
    """The exact bytes an Ed25519 signature covers."""
    return f"FDFW-SIG-1\n{model}\n{version}\n{payload_sha256}".encode()


def header_for(model, version, payload):
    return {"model": model, "version": version, "payload_size": len(payload),
            "payload_sha256": hashlib.sha256(payload).hexdigest()}


def encode(header, payload, magic=MAGIC, format_version=FORMAT_VERSION):
    """Image bytes: preamble, the header as compact UTF-8 JSON, the payload."""
    header_bytes = json.dumps(header, separators=(",", ":"), ensure_ascii=False).encode()
    return PREAMBLE.pack(magic, format_version, len(header_bytes)) + header_bytes + payload


def ed25519_sign(private_key_pem, message):
    """Sign with `openssl pkeyutl -rawin` (Ed25519 signs the raw message); returns 64 bytes."""
    with tempfile.TemporaryDirectory() as tmp:
        msg = os.path.join(tmp, "msg")
        sig = os.path.join(tmp, "sig")
        with open(msg, "wb") as f:
            f.write(message)
        subprocess.run(["openssl", "pkeyutl", "-sign", "-rawin", "-inkey", str(private_key_pem),
                        "-in", msg, "-out", sig], check=True, capture_output=True)
        with open(sig, "rb") as f:
            return f.read()


def ed25519_keypair(private_key_pem, public_key_pem):
    """Create an Ed25519 key pair (PEM files) unless the private key exists already."""
    if not os.path.exists(private_key_pem):
        subprocess.run(["openssl", "genpkey", "-algorithm", "ed25519", "-out", str(private_key_pem)],
                       check=True, capture_output=True)
        os.chmod(private_key_pem, 0o600)
    subprocess.run(["openssl", "pkey", "-in", str(private_key_pem), "-pubout", "-out", str(public_key_pem)],
                   check=True, capture_output=True)


def sign_header(header, private_key_pem):
    signature = ed25519_sign(private_key_pem, signed_message(header["model"], header["version"],
                                                             header["payload_sha256"]))
    return dict(header, sig_alg=SIG_ALG, sig=base64.b64encode(signature).decode())


def build(model, version, payload, private_key_pem=None):
    header = header_for(model, version, payload)
    if private_key_pem:
        header = sign_header(header, private_key_pem)
    return encode(header, payload)


def demo_payload(model, version, size):
    """Deterministic filler that differs per model and version."""
    out = bytearray()
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(f"{model}/{version}/{counter}".encode()).digest()
        counter += 1
    return bytes(out[:size])
