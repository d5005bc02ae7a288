-- Parcours server schema 4 (sqlite): shares, end-to-end encrypted. The server
-- holds ids, dates, the HPKE output and the sealed body. It deletes the
-- last three when the share is withdrawn or reaches its end.
CREATE TABLE shares (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES persons(id),
    recipient TEXT NOT NULL,
    document TEXT NOT NULL,
    recipient_key BLOB NOT NULL,
    enc BLOB,
    sealed BLOB,
    body BLOB,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    withdrawn_at BIGINT,
    deleted_at BIGINT
);
CREATE INDEX shares_recipient ON shares (recipient, expires_at)
