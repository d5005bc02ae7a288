-- Parcours server schema 2 (PostgreSQL): authentication challenges and tokens.
CREATE TABLE challenges (
    nonce BYTEA PRIMARY KEY,
    device_key BYTEA NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE TABLE tokens (
    token_hash BYTEA PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES persons(id),
    device_key BYTEA NOT NULL REFERENCES devices(device_key),
    expires_at BIGINT NOT NULL
)
