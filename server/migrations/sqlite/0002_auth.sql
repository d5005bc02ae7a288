-- Parcours server schema 2 (SQLite): authentication challenges and tokens.
CREATE TABLE challenges (
    nonce BLOB PRIMARY KEY,
    device_key BLOB NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE TABLE tokens (
    token_hash BLOB PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES persons(id),
    device_key BLOB NOT NULL REFERENCES devices(device_key),
    expires_at BIGINT NOT NULL
)
