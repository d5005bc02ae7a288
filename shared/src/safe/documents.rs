//! Use cases on documents: add (from one or several files), open, rename,
//! re-categorise, change dates, delete. Each goes into the audit trail.
//!
//! Adding encrypts each page to a temporary file, syncs it, moves it into
//! place, then commits the metadata and the audit entry in one transaction:
//! a crash or a full disk at any moment leaves the safe as it was (leftovers
//! are swept at the next open). Opening decrypts to a temporary file and
//! moves it into place only once every chunk authenticated and the SHA-256
//! matches.
//!
//! Must never: keep a page's plaintext on disk except where asked.

use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};

use super::document_file::{self, Aead, DEFAULT_CHUNK_EXP, Encryptor};
use super::{DOCUMENT_EXT, Safe, SafeError, sync_dir};
use crate::audit::AuditEvent;
use crate::crypto;
use crate::document::{Category, DocumentMeta, Page};
use crate::id::DocumentId;

/// One file to add as a page.
pub struct PageSource<'a> {
    /// The media type, e.g. `image/jpeg`.
    pub media_type: String,
    pub content: Box<dyn Read + 'a>,
}

impl std::fmt::Debug for PageSource<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PageSource")
            .field("media_type", &self.media_type)
            .finish()
    }
}

impl<'a> PageSource<'a> {
    /// A page from a file on disk; the media type is guessed from its extension.
    pub fn from_path(path: &Path) -> std::io::Result<PageSource<'a>> {
        Ok(PageSource {
            media_type: media_type_of(path).to_owned(),
            content: Box::new(BufReader::new(File::open(path)?)),
        })
    }
}

/// The media type of a file, from its extension.
pub fn media_type_of(path: &Path) -> &'static str {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "pdf" => "application/pdf",
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "webp" => "image/webp",
        "heic" => "image/heic",
        "txt" => "text/plain",
        _ => "application/octet-stream",
    }
}

/// The usual extension for a media type (export and open).
pub fn extension_of(media_type: &str) -> &'static str {
    match media_type {
        "application/pdf" => "pdf",
        "image/jpeg" => "jpg",
        "image/png" => "png",
        "image/webp" => "webp",
        "image/heic" => "heic",
        "text/plain" => "txt",
        _ => "bin",
    }
}

/// What the person says about a new document.
#[derive(Debug, Clone)]
pub struct NewDocument {
    pub title: String,
    pub category: Category,
    pub issued: Option<NaiveDate>,
    pub expires: Option<NaiveDate>,
}

/// The file name of page `n` (from 1) of a document.
pub fn page_file_name(id: &DocumentId, n: usize) -> String {
    format!("{id}-{n}.{DOCUMENT_EXT}")
}

fn page_file_id(id: &DocumentId, n: usize) -> DocumentId {
    DocumentId::parse(format!("{id}-{n}")).expect("random ids leave room for a page number")
}

/// Asks the kernel to start writing the file's dirty pages to disk now,
/// without waiting (Linux and Android; elsewhere the final sync does it all).
fn start_writeback(file: &File) {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        // DONTNEED starts the writeback of dirty pages (and frees the clean
        // ones, which also keeps a phone's page cache small). Advice only:
        // an error changes nothing but speed.
        let _ = rustix::fs::fadvise(file, 0, None, rustix::fs::Advice::DontNeed);
    }
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    let _ = file;
}

/// Reads and hashes on this thread while another encrypts and writes, with
/// a few chunk-sized buffers in flight: an import runs at the speed of its
/// slowest stage, not of their sum, and memory stays bounded.
fn encrypt_pipelined(
    wrap_key: &[u8; crate::crypto::KEY_LEN],
    file_id: &DocumentId,
    mut content: impl Read,
    out: BufWriter<File>,
) -> Result<document_file::Sealed, SafeError> {
    use std::sync::mpsc;
    // 32 blocks of 64 KiB (2 MiB) in flight. Every 8 MiB the kernel is
    // asked to start writing what it holds (without waiting), so the disk
    // works while the next blocks are hashed and the final sync is short.
    const IN_FLIGHT: usize = 32;
    const FLUSH_EVERY: u64 = 8 * 1024 * 1024;
    let block = 1usize << DEFAULT_CHUNK_EXP;
    let (full_tx, full_rx) = mpsc::sync_channel::<Vec<u8>>(IN_FLIGHT);
    let (empty_tx, empty_rx) = mpsc::sync_channel::<Vec<u8>>(IN_FLIGHT + 2);
    for _ in 0..IN_FLIGHT + 2 {
        empty_tx
            .send(vec![0u8; block])
            .expect("the channel has room");
    }
    let file = out.get_ref().try_clone()?;
    let enc = Encryptor::without_hash(
        wrap_key,
        file_id,
        Aead::for_this_device(),
        DEFAULT_CHUNK_EXP,
        out,
    )?;
    std::thread::scope(|scope| {
        let writer = scope.spawn(move || -> std::io::Result<()> {
            let mut enc = enc;
            let mut since_flush = 0u64;
            for buf in full_rx {
                enc.write_all(&buf)?;
                since_flush += buf.len() as u64;
                if since_flush >= FLUSH_EVERY {
                    enc.flush()?;
                    start_writeback(&file);
                    since_flush = 0;
                }
                // The reader may be gone after an error; then nothing more comes.
                let _ = empty_tx.send(buf);
            }
            let (out, _) = enc.finish()?;
            out.into_inner().map_err(|e| e.into_error())?.sync_all()
        });
        let mut hash = ring::digest::Context::new(&ring::digest::SHA256);
        let mut size = 0u64;
        let read = (|| -> std::io::Result<()> {
            while let Ok(mut buf) = empty_rx.recv() {
                buf.resize(block, 0);
                let mut n = 0;
                while n < block {
                    match content.read(&mut buf[n..]) {
                        Ok(0) => break,
                        Ok(k) => n += k,
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                        Err(e) => return Err(e),
                    }
                }
                buf.truncate(n);
                hash.update(&buf);
                size += n as u64;
                let done = n < block;
                if n > 0 && full_tx.send(buf).is_err() {
                    // The writer stopped on an error; it says which below.
                    return Ok(());
                }
                if done {
                    return Ok(());
                }
            }
            Ok(())
        })();
        drop(full_tx);
        let written = writer.join().expect("the writer thread does not panic");
        read?;
        written?;
        Ok(document_file::Sealed {
            sha256: hash.finish().as_ref().try_into().expect("32 bytes"),
            size,
        })
    })
}

impl Safe {
    fn page_path(&self, id: &DocumentId, n: usize) -> PathBuf {
        self.documents_dir().join(page_file_name(id, n))
    }

    /// Every document's metadata, in the order they were added.
    pub fn documents(&self) -> Result<Vec<DocumentMeta>, SafeError> {
        Ok(self.store().all()?)
    }

    /// One document's metadata.
    pub fn document(&self, id: &DocumentId) -> Result<DocumentMeta, SafeError> {
        self.store()
            .get(id.as_str())?
            .ok_or(SafeError::NoSuchDocument)
    }

    /// Adds a document made of `pages` (at least one).
    pub fn add_document(
        &mut self,
        new: NewDocument,
        pages: Vec<PageSource<'_>>,
        now: DateTime<Utc>,
    ) -> Result<DocumentMeta, SafeError> {
        let id = DocumentId::random();
        let mut meta = DocumentMeta::new(
            id.clone(),
            &new.title,
            new.category,
            new.issued,
            new.expires,
            now,
        )
        .map_err(|e| SafeError::Io(e.to_string()))?;
        let mut written: Vec<PathBuf> = Vec::new();
        let result = (|| {
            let mut staged = Vec::new();
            for (i, page) in pages.into_iter().enumerate() {
                let n = i + 1;
                let final_path = self.page_path(&id, n);
                let tmp = final_path.with_extension("tmp");
                written.push(tmp.clone());
                let content = super::metadata::clean(&page.media_type, page.content)?;
                let out = BufWriter::new(File::create(&tmp)?);
                let sealed = encrypt_pipelined(
                    self.store().document_wrap_key(),
                    &page_file_id(&id, n),
                    content,
                    out,
                )?;
                meta.pages.push(Page {
                    media_type: page.media_type,
                    size: sealed.size,
                    sha256: crypto::hex(&sealed.sha256),
                });
                staged.push((tmp, final_path));
            }
            for (tmp, final_path) in &staged {
                std::fs::rename(tmp, final_path)?;
                written.push(final_path.clone());
            }
            sync_dir(&self.documents_dir())?;
            let title = meta.title().to_owned();
            self.store_mut().write(|w| {
                w.put(&meta)?;
                w.audit(now, AuditEvent::DocumentAdded { title });
                Ok(())
            })?;
            Ok::<(), SafeError>(())
        })();
        if let Err(e) = result {
            for path in written {
                let _ = std::fs::remove_file(path);
            }
            return Err(e);
        }
        Ok(meta)
    }

    /// Decrypts page `n` (from 1) of a document into `out`, checking every
    /// chunk and the SHA-256 before anything reaches the caller.
    pub fn read_page(
        &mut self,
        id: &DocumentId,
        n: usize,
        now: DateTime<Utc>,
    ) -> Result<Vec<u8>, SafeError> {
        let meta = self.document(id)?;
        let mut buf = Vec::new();
        self.decrypt_page(&meta, n, &mut buf)?;
        self.record(
            now,
            AuditEvent::DocumentOpened {
                title: meta.title().to_owned(),
            },
        )?;
        Ok(buf)
    }

    /// Decrypts page `n` (from 1) of a document to send it outside Parcours
    /// (the phone's share sheet, a download), as the person asked: checked
    /// like [`Safe::read_page`], and recorded as sent outside, not opened.
    /// The entry is written before the content is released: a failure to
    /// record means nothing leaves.
    pub fn page_for_sending(
        &mut self,
        id: &DocumentId,
        n: usize,
        now: DateTime<Utc>,
    ) -> Result<Vec<u8>, SafeError> {
        let meta = self.document(id)?;
        let mut buf = Vec::new();
        self.decrypt_page(&meta, n, &mut buf)?;
        self.record(
            now,
            AuditEvent::DocumentSentOutside {
                title: meta.title().to_owned(),
            },
        )?;
        Ok(buf)
    }

    /// Decrypts page `n` of a document to the file `dest`: written under a
    /// temporary name and moved into place only once it all authenticated.
    pub fn save_page_as(
        &mut self,
        id: &DocumentId,
        n: usize,
        dest: &Path,
        now: DateTime<Utc>,
    ) -> Result<(), SafeError> {
        let meta = self.document(id)?;
        let tmp = dest.with_extension("parcours-tmp");
        let result = (|| {
            let mut out = BufWriter::new(File::create(&tmp)?);
            self.decrypt_page(&meta, n, &mut out)?;
            out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
            std::fs::rename(&tmp, dest)?;
            Ok::<(), SafeError>(())
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result?;
        self.record(
            now,
            AuditEvent::DocumentOpened {
                title: meta.title().to_owned(),
            },
        )
    }

    /// Decrypts a page into `out` without an audit entry (export and backup
    /// checks record their own).
    pub(crate) fn decrypt_page(
        &self,
        meta: &DocumentMeta,
        n: usize,
        out: impl Write,
    ) -> Result<(), SafeError> {
        let page = meta
            .pages
            .get(n.wrapping_sub(1))
            .ok_or(SafeError::NoSuchDocument)?;
        let file = File::open(self.page_path(&meta.id, n)).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => SafeError::NoSuchDocument,
            _ => e.into(),
        })?;
        let (_, sealed) = document_file::decrypt(
            self.store().document_wrap_key(),
            Some(&page_file_id(&meta.id, n)),
            BufReader::new(file),
            out,
        )?;
        if crypto::hex(&sealed.sha256) != page.sha256 || sealed.size != page.size {
            return Err(SafeError::Fingerprint);
        }
        Ok(())
    }

    /// Renames a document.
    pub fn rename_document(
        &mut self,
        id: &DocumentId,
        title: &str,
        now: DateTime<Utc>,
    ) -> Result<(), SafeError> {
        let mut meta = self.document(id)?;
        let from = meta.title().to_owned();
        meta.rename(title)
            .map_err(|e| SafeError::Io(e.to_string()))?;
        let to = meta.title().to_owned();
        Ok(self.store_mut().write(|w| {
            w.put(&meta)?;
            w.audit(now, AuditEvent::DocumentRenamed { from, to });
            Ok(())
        })?)
    }

    /// Changes a document's category and dates.
    pub fn update_document(
        &mut self,
        id: &DocumentId,
        category: Category,
        issued: Option<NaiveDate>,
        expires: Option<NaiveDate>,
        now: DateTime<Utc>,
    ) -> Result<(), SafeError> {
        let mut meta = self.document(id)?;
        meta.category = category;
        meta.set_dates(issued, expires)
            .map_err(|e| SafeError::Io(e.to_string()))?;
        let title = meta.title().to_owned();
        Ok(self.store_mut().write(|w| {
            w.put(&meta)?;
            w.audit(now, AuditEvent::DocumentChanged { title });
            Ok(())
        })?)
    }

    /// Deletes a document: its metadata and audit entry in one commit, then
    /// its encrypted files, which hold its wrapped content key (so the key is
    /// destroyed with them). What deletion cannot reach (older backups, an
    /// export, the flash memory's own copies) is said in `docs/safe-format.md`.
    pub fn delete_document(
        &mut self,
        id: &DocumentId,
        now: DateTime<Utc>,
    ) -> Result<(), SafeError> {
        let meta = self.document(id)?;
        let title = meta.title().to_owned();
        self.store_mut().write(|w| {
            w.delete::<DocumentMeta>(id.as_str())?;
            w.audit(now, AuditEvent::DocumentDeleted { title });
            Ok(())
        })?;
        for n in 1..=meta.pages.len() {
            match std::fs::remove_file(self.page_path(id, n)) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                // Swept at the next open if it cannot go now.
                Err(e) => return Err(e.into()),
            }
        }
        sync_dir(&self.documents_dir())?;
        Ok(())
    }
}
