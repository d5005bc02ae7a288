#!/usr/bin/env python3
"""Decrypts a Parcours backup with no Parcours code, from docs/safe-format.md
alone, using Python's `cryptography` and `argon2-cffi`.

    python3 tests/vectors/decrypt_backup.py BACKUP CODE [--out DIR]

Prints the person's first name and every document with its pages'
SHA-256, after checking each page against the metadata kept in the
encrypted store. Run on the pinned vectors with `--check vectors.json`:
exits non-zero if anything differs.
"""

import argparse
import hashlib
import json
import os
import sqlite3
import struct
import sys
import tempfile

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def hkdf(ikm, info, salt=None):
    return HKDF(algorithm=SHA256(), length=32, salt=salt, info=info).derive(ikm)


def label(name):
    return b"parcours/" + name.encode() + b"/v1\x00"


def parse_code(typed):
    s = typed.upper().replace("-", "").replace(" ", "").replace("I", "1").replace("L", "1").replace("O", "0")
    if len(s) != 28 or any(c not in ALPHABET for c in s):
        raise SystemExit("not a recovery code")
    value = 0
    for c in s[:26]:
        value = (value * 32 + ALPHABET.index(c)) % 1021
    if value != ALPHABET.index(s[26]) * 32 + ALPHABET.index(s[27]):
        raise SystemExit("the recovery code has a typing mistake")
    return s.encode("ascii")


def open_key_file(data, code):
    assert data[:8] == b"PRCS-KEY" and data[8] == 1 and data[9] == 1, "not a key file"
    m_kib, t = struct.unpack(">II", data[10:18])
    p = data[18]
    assert 8192 <= m_kib <= 1048576 and 1 <= t <= 10 and 1 <= p <= 4, "KDF parameters out of bounds"
    salt, nonce, wrapped = data[19:35], data[35:47], data[47:95]
    key = hash_secret_raw(code, salt, time_cost=t, memory_cost=m_kib, parallelism=p, hash_len=32, type=Type.ID, version=19)
    return ChaCha20Poly1305(key).decrypt(nonce, wrapped, label("safe-key") + data[:47])


def aead(alg, key):
    return {1: ChaCha20Poly1305, 2: AESGCM}[alg](key)


def decrypt_stream(data, wrap_key):
    """Returns (file id, plaintext) of a document-file stream."""
    assert data[:8] == b"PRCS-DOC" and data[8] == 1, "not a document file"
    alg, e, n = data[9], data[10], data[11]
    assert 12 <= e <= 20 and 1 <= n <= 64
    file_id = data[12:12 + n].decode("ascii")
    at = 12 + n
    salt, wrap_nonce, wrapped = data[at:at + 16], data[at + 16:at + 28], data[at + 28:at + 76]
    content_key = aead(alg, wrap_key).decrypt(wrap_nonce, wrapped, label("doc-header") + data[:at + 28])
    payload = aead(alg, hkdf(content_key, label("doc-payload"), salt=salt))
    body = data[at + 76:]
    sealed = (1 << e) + 16
    out = bytearray()
    i = 0
    pos = 0
    while True:
        chunk = body[pos:pos + sealed]
        last = pos + sealed >= len(body)
        if len(chunk) < 16:
            raise ValueError("cut short")
        nonce = b"\x00" * 3 + struct.pack(">Q", i) + (b"\x01" if last else b"\x00")
        out += payload.decrypt(nonce, chunk, None)
        if last:
            break
        pos += sealed
        i += 1
    return file_id, bytes(out)


def split_container(data):
    files = {}
    pos = 0
    while True:
        kind = data[pos]
        pos += 1
        if kind == 0:
            assert pos == len(data), "data after the end"
            return files
        assert kind == 1, "unknown entry"
        (name_len,) = struct.unpack(">H", data[pos:pos + 2])
        name = data[pos + 2:pos + 2 + name_len].decode("utf-8")
        assert name == "parcours.db" or (name.startswith("documents/") and name.endswith(".pcd") and ".." not in name)
        pos += 2 + name_len
        (size,) = struct.unpack(">Q", data[pos:pos + 8])
        pos += 8
        files[name] = data[pos:pos + size]
        pos += size


def record_aad(table, record_id, schema=1):
    return label("store-record") + table.encode() + b"\x00" + record_id.encode() + b"\x00" + struct.pack(">I", schema)


def read_records(db_path, table, record_key):
    con = sqlite3.connect(db_path)
    (check,) = con.execute("SELECT value FROM meta WHERE name = 'key_check'").fetchone()
    assert ChaCha20Poly1305(record_key).decrypt(check[:12], check[12:], label("store-check")) == b"parcours"
    rows = con.execute(f"SELECT id, sealed FROM {table} ORDER BY rowid").fetchall()
    con.close()
    cipher = ChaCha20Poly1305(record_key)
    return [json.loads(cipher.decrypt(s[:12], s[12:], record_aad(table, i))) for i, s in rows]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("backup")
    ap.add_argument("code", nargs="?")
    ap.add_argument("--check", help="vectors.json to compare against")
    ap.add_argument("--out", help="write the pages' plaintext here")
    args = ap.parse_args()
    expected = None
    code = args.code
    if args.check:
        with open(args.check) as f:
            expected = json.load(f)["backup"]
        code = code or expected["recovery_code"]

    data = open(args.backup, "rb").read()
    assert data[:8] == b"PRCS-BAK" and data[8] == 1, "not a Parcours backup"
    master = open_key_file(data[9:104], parse_code(code))
    file_id, container = decrypt_stream(data[104:], hkdf(master, label("backup-wrap")))
    assert file_id == "backup"
    files = split_container(container)

    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "parcours.db")
        with open(db, "wb") as f:
            f.write(files["parcours.db"])
        record_key = hkdf(master, label("store-key"))
        person = read_records(db, "person", record_key)[0]
        documents = read_records(db, "documents", record_key)

    doc_wrap = hkdf(master, label("doc-wrap"))
    found = {}
    print(f"Person: {person['first_name']}")
    for doc in documents:
        shas = []
        for n, page in enumerate(doc.get("pages", []), start=1):
            name = f"documents/{doc['id']}-{n}.pcd"
            page_id, content = decrypt_stream(files[name], doc_wrap)
            assert page_id == f"{doc['id']}-{n}", "a page in another's place"
            sha = hashlib.sha256(content).hexdigest()
            assert sha == page["sha256"] and len(content) == page["size"], "a page does not match its metadata"
            shas.append(sha)
            if args.out:
                os.makedirs(args.out, exist_ok=True)
                with open(os.path.join(args.out, name.replace("/", "_")), "wb") as f:
                    f.write(content)
        found[doc["title"]] = shas
        print(f"{doc['title']} ({doc['category']}): {len(shas)} page(s) {' '.join(s[:12] for s in shas)}")

    if expected is not None:
        ok = person["first_name"] == expected["person_first_name"]
        for title, shas in expected["documents"].items():
            ok = ok and found.get(title) == shas
        print("decrypt_backup.py: vectors match" if ok else "decrypt_backup.py: MISMATCH")
        sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
