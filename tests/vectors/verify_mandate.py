#!/usr/bin/env python3
"""Checks the worked example of docs/mandate-format.md with Python's
`cryptography`, from the document alone: decodes the grant and the
revocation, checks their Ed25519 signatures with the device key, the
revocation's link to the grant (SHA-256), and the server's certificate of
the device key. Exits non-zero on any mismatch.

    python3 tests/vectors/verify_mandate.py tests/vectors/mandate.json
"""

import datetime
import hashlib
import json
import struct
import sys

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PREFIX = b"parcours/mandate/v1\x00"
KINDS = {1: "coordination", 2: "information sharing", 3: "document access", 4: "act on my behalf"}


def when(seconds):
    return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).isoformat()


class Reader:
    def __init__(self, data):
        self.data, self.pos = data, 0

    def take(self, n):
        chunk = self.data[self.pos:self.pos + n]
        assert len(chunk) == n, "cut short"
        self.pos += n
        return chunk

    def u8(self):
        return self.take(1)[0]

    def u64(self):
        return struct.unpack(">Q", self.take(8))[0]

    def i64(self):
        return struct.unpack(">q", self.take(8))[0]

    def str8(self):
        return self.take(self.u8()).decode("ascii")


def decode(data):
    assert data.startswith(PREFIX), "wrong prefix"
    r = Reader(data[len(PREFIX):])
    out = {"type": {1: "grant", 2: "revocation"}[r.u8()], "seq": r.u64(), "issued_at": when(r.i64()), "device_key": r.take(32).hex()}
    if out["type"] == "grant":
        out["mandate_id"] = r.str8()
        out["grantee"] = r.str8()
        if r.u8() == 1:
            out["grantee_key"] = r.take(32).hex()
        out["starts"] = when(r.i64())
        out["ends"] = when(r.i64())
        kind = r.u8()
        out["kind"] = KINDS[kind]
        if kind == 2:
            out["domains"] = list(r.take(r.u8()))
        elif kind == 3:
            scope = r.u8()
            out["scope"] = {"document": r.str8()} if scope == 1 else {"category": r.u8()}
        elif kind == 4:
            (n,) = struct.unpack(">H", r.take(2))
            out["procedure"] = r.take(n).decode("utf-8")
    else:
        out["revokes"] = r.take(32).hex()
    assert r.pos == len(r.data), "trailing bytes"
    return out


def main():
    ex = json.load(open(sys.argv[1]))
    seed = bytes.fromhex(ex["device_seed"])
    public = Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes_raw()
    assert public.hex() == ex["device_public_key"], "the public key does not come from the seed"
    key = Ed25519PublicKey.from_public_bytes(public)

    grant = bytes.fromhex(ex["grant"]["bytes"])
    key.verify(bytes.fromhex(ex["grant"]["signature"]), grant)
    revocation = bytes.fromhex(ex["revocation"]["bytes"])
    key.verify(bytes.fromhex(ex["revocation"]["signature"]), revocation)
    g, r = decode(grant), decode(revocation)
    assert hashlib.sha256(grant).hexdigest() == ex["grant"]["sha256"] == r["revokes"], "the revocation does not name the grant"
    assert g["device_key"] == r["device_key"] == public.hex()
    assert r["seq"] > g["seq"]

    cert = ex["certificate"]
    person = cert["person"].encode("ascii")
    issued = int(datetime.datetime.fromisoformat(cert["issued_at"].replace("Z", "+00:00")).timestamp())
    body = b"parcours/device-cert/v1\x00" + bytes([len(person)]) + person + bytes.fromhex(cert["device_key"]) + struct.pack(">Qq", cert["first_seq"], issued)
    Ed25519PublicKey.from_public_bytes(bytes.fromhex(ex["server_public_key"])).verify(bytes.fromhex(cert["server_signature"]), body)

    # A signature over the same bytes under another purpose must not check.
    try:
        key.verify(bytes.fromhex(ex["grant"]["signature"]), b"parcours/auth/v1\x00" + grant[len(PREFIX):])
        raise SystemExit("a signature passed for another purpose")
    except Exception as e:  # InvalidSignature
        if isinstance(e, SystemExit):
            raise
    print("grant:", json.dumps(g))
    print("revocation:", json.dumps(r))
    print("verify_mandate.py: signatures, link and certificate check")


if __name__ == "__main__":
    main()
