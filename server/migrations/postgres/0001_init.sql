-- Parcours server schema 1 (PostgreSQL).
CREATE TABLE persons (
    id TEXT PRIMARY KEY,
    referent_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    closed_at BIGINT
);
CREATE TABLE invitations (
    code_hash BYTEA PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES persons(id),
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE TABLE devices (
    device_key BYTEA PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES persons(id),
    first_seq BIGINT NOT NULL,
    certificate TEXT NOT NULL,
    revocation TEXT,
    created_at BIGINT NOT NULL
);
CREATE TABLE statements (
    person_id TEXT NOT NULL REFERENCES persons(id),
    seq BIGINT NOT NULL,
    hash BYTEA NOT NULL,
    bytes BYTEA NOT NULL,
    signature BYTEA NOT NULL,
    received_at BIGINT NOT NULL,
    PRIMARY KEY (person_id, seq)
);
CREATE UNIQUE INDEX statements_hash ON statements (person_id, hash)
