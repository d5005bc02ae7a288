//! The *coffre-fort numérique*: the person's encrypted document safe.
//!
//! One file per use case: the recovery code (`recovery`), the document file
//! format (`document_file`), and (to come) adding, opening, exporting,
//! backing up. Formats are documented byte by byte in `docs/safe-format.md`.
//!
//! Must never: write a document's content in clear to disk outside an
//! export the person asked for, or keep a key outside the keystore.

pub mod document_file;
pub mod key_file;
pub mod recovery;
