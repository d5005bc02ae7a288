-- Parcours server schema 3 (sqlite): the dossier's records with a per-person
-- change sequence, professionals, their tokens, and idempotent writes.
ALTER TABLE persons ADD COLUMN change_seq BIGINT NOT NULL DEFAULT 0;
CREATE TABLE records (
    person_id TEXT NOT NULL REFERENCES persons(id),
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    body TEXT NOT NULL,
    seq BIGINT NOT NULL,
    PRIMARY KEY (person_id, kind, id)
);
CREATE INDEX records_seq ON records (person_id, seq);
CREATE TABLE pros (
    id TEXT PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    share_key BLOB,
    created_at BIGINT NOT NULL,
    closed_at BIGINT
);
CREATE TABLE pro_tokens (
    token_hash BLOB PRIMARY KEY,
    pro_id TEXT NOT NULL REFERENCES pros(id),
    expires_at BIGINT NOT NULL
);
CREATE TABLE idempotency (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    status BIGINT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (scope, key)
)
