//! The encrypted document file (`*.pcd`): a header, then the content in
//! fixed-size chunks sealed with the STREAM construction of age
//! (C2SP age spec: nonce = 11-byte big-endian chunk counter || last-chunk
//! flag), so chunk order, truncation, extension and splicing between files
//! are all detected. Memory does not grow with the file's size.
//!
//! Each document has its own random 32-byte content key, wrapped by the
//! safe's document-wrapping key with the header as associated data. The
//! payload key is HKDF-SHA256(content key, salt = header's payload salt,
//! info = `parcours/doc-payload/v1` 0x00), as age derives its payload key
//! from the file key and a per-file nonce. `docs/safe-format.md` gives every
//! byte.
//!
//! Must never: release a byte of plaintext that has not authenticated (the
//! callers write to a temporary file and move it into place only on
//! success), or reuse a content key.

use std::io::{self, Read, Write};

use ring::aead::{AES_256_GCM, Aad, CHACHA20_POLY1305, LessSafeKey, Nonce, UnboundKey};
use ring::digest;

use crate::crypto::{self, KEY_LEN, label};
use crate::id::{DocumentId, check_id};

/// The first 8 bytes of every document file.
pub const MAGIC: &[u8; 8] = b"PRCS-DOC";
/// The format version this code writes.
pub const VERSION: u8 = 1;
/// Default chunk size exponent: 2^16 = 64 KiB.
pub const DEFAULT_CHUNK_EXP: u8 = 16;
/// Accepted chunk exponents when reading (4 KiB to 1 MiB): bounds memory.
pub const CHUNK_EXP_RANGE: std::ops::RangeInclusive<u8> = 12..=20;
const TAG_LEN: usize = 16;
const SALT_LEN: usize = 16;
const NONCE_LEN: usize = 12;
const WRAPPED_LEN: usize = KEY_LEN + TAG_LEN;

/// The AEAD of a file (header byte 9).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Aead {
    /// 1: ChaCha20-Poly1305 (RFC 8439). The default: fast without AES instructions.
    ChaCha20Poly1305 = 1,
    /// 2: AES-256-GCM.
    Aes256Gcm = 2,
}

impl Aead {
    /// The AEAD for new files on this device: AES-256-GCM where the
    /// processor has AES instructions (fast and constant-time in hardware),
    /// ChaCha20-Poly1305 elsewhere (many cheap phones lack them; it is fast
    /// and constant-time in software). Readers accept both.
    pub fn for_this_device() -> Aead {
        #[cfg(target_arch = "x86_64")]
        let hardware_aes = std::arch::is_x86_feature_detected!("aes")
            && std::arch::is_x86_feature_detected!("pclmulqdq");
        #[cfg(target_arch = "aarch64")]
        let hardware_aes = std::arch::is_aarch64_feature_detected!("aes")
            && std::arch::is_aarch64_feature_detected!("pmull");
        #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
        let hardware_aes = false;
        if hardware_aes {
            Aead::Aes256Gcm
        } else {
            Aead::ChaCha20Poly1305
        }
    }

    fn from_byte(b: u8) -> Option<Aead> {
        match b {
            1 => Some(Aead::ChaCha20Poly1305),
            2 => Some(Aead::Aes256Gcm),
            _ => None,
        }
    }
    fn key(self, bytes: &[u8; KEY_LEN]) -> LessSafeKey {
        let alg = match self {
            Aead::ChaCha20Poly1305 => &CHACHA20_POLY1305,
            Aead::Aes256Gcm => &AES_256_GCM,
        };
        LessSafeKey::new(UnboundKey::new(alg, bytes).expect("32-byte key"))
    }
}

/// Why a document file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocFileError {
    #[error("not a Parcours document file")]
    BadMagic,
    #[error("document file version {0} is not known")]
    UnknownVersion(u8),
    #[error("encryption algorithm {0} is not known")]
    UnknownAlgorithm(u8),
    #[error("chunk size 2^{0} is out of bounds")]
    BadChunkSize(u8),
    #[error("the document id in the header is not valid")]
    BadId,
    #[error("the file belongs to another document")]
    OtherDocument,
    #[error("the header is cut short")]
    ShortHeader,
    #[error("the key does not open this document, or its header was altered")]
    KeyUnwrap,
    #[error("chunk {0} failed authentication (altered, reordered or from another file)")]
    Chunk(u64),
    #[error("the file was cut short")]
    Truncated,
    #[error("input/output error: {0}")]
    Io(String),
}

impl From<io::Error> for DocFileError {
    fn from(e: io::Error) -> Self {
        DocFileError::Io(e.to_string())
    }
}

/// The parsed header of a document file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub aead: Aead,
    pub chunk_exp: u8,
    pub document: DocumentId,
    payload_salt: [u8; SALT_LEN],
    wrap_nonce: [u8; NONCE_LEN],
    wrapped_key: [u8; WRAPPED_LEN],
    /// The header's bytes up to and including the wrap nonce (the wrap's AAD input).
    authenticated: Vec<u8>,
}

impl Header {
    /// The chunk size in bytes.
    pub fn chunk_size(&self) -> usize {
        1 << self.chunk_exp
    }

    /// The header's length in bytes.
    pub fn len(&self) -> usize {
        self.authenticated.len() + WRAPPED_LEN
    }

    /// Never empty; here for clippy's `len_without_is_empty`.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// Parses a header from the start of `bytes` (no key needed).
    pub fn parse(bytes: &[u8]) -> Result<Header, DocFileError> {
        if bytes.len() < 12 {
            return Err(if bytes.len() >= 8 && &bytes[..8] != MAGIC {
                DocFileError::BadMagic
            } else {
                DocFileError::ShortHeader
            });
        }
        if &bytes[..8] != MAGIC {
            return Err(DocFileError::BadMagic);
        }
        if bytes[8] != VERSION {
            return Err(DocFileError::UnknownVersion(bytes[8]));
        }
        let aead = Aead::from_byte(bytes[9]).ok_or(DocFileError::UnknownAlgorithm(bytes[9]))?;
        let chunk_exp = bytes[10];
        if !CHUNK_EXP_RANGE.contains(&chunk_exp) {
            return Err(DocFileError::BadChunkSize(chunk_exp));
        }
        let n = usize::from(bytes[11]);
        let auth_len = 12 + n + SALT_LEN + NONCE_LEN;
        if bytes.len() < auth_len + WRAPPED_LEN {
            return Err(DocFileError::ShortHeader);
        }
        let id = std::str::from_utf8(&bytes[12..12 + n]).map_err(|_| DocFileError::BadId)?;
        check_id(id).map_err(|_| DocFileError::BadId)?;
        let document = DocumentId::parse(id).map_err(|_| DocFileError::BadId)?;
        let mut at = 12 + n;
        let payload_salt = bytes[at..at + SALT_LEN].try_into().expect("length checked");
        at += SALT_LEN;
        let wrap_nonce = bytes[at..at + NONCE_LEN]
            .try_into()
            .expect("length checked");
        at += NONCE_LEN;
        let wrapped_key = bytes[at..at + WRAPPED_LEN]
            .try_into()
            .expect("length checked");
        Ok(Header {
            aead,
            chunk_exp,
            document,
            payload_salt,
            wrap_nonce,
            wrapped_key,
            authenticated: bytes[..auth_len].to_vec(),
        })
    }

    fn to_bytes(&self) -> Vec<u8> {
        let mut out = self.authenticated.clone();
        out.extend_from_slice(&self.wrapped_key);
        out
    }

    fn wrap_aad(&self) -> Vec<u8> {
        [label::DOC_HEADER, &self.authenticated].concat()
    }

    /// Unwraps the content key and derives the payload key.
    fn payload_key(&self, wrap_key: &[u8; KEY_LEN]) -> Result<LessSafeKey, DocFileError> {
        let mut buf = self.wrapped_key.to_vec();
        let content_key = self
            .aead
            .key(wrap_key)
            .open_in_place(
                Nonce::assume_unique_for_key(self.wrap_nonce),
                Aad::from(self.wrap_aad()),
                &mut buf,
            )
            .map_err(|_| DocFileError::KeyUnwrap)?;
        let content_key: [u8; KEY_LEN] = content_key
            .try_into()
            .map_err(|_| DocFileError::KeyUnwrap)?;
        Ok(self
            .aead
            .key(&payload_key_bytes(&content_key, &self.payload_salt)))
    }
}

fn payload_key_bytes(content_key: &[u8; KEY_LEN], salt: &[u8; SALT_LEN]) -> [u8; KEY_LEN] {
    crypto::hkdf_sha256(salt, content_key, label::DOC_PAYLOAD)
}

fn chunk_nonce(counter: u64, last: bool) -> Nonce {
    let mut n = [0u8; NONCE_LEN];
    n[3..11].copy_from_slice(&counter.to_be_bytes());
    n[11] = u8::from(last);
    Nonce::assume_unique_for_key(n)
}

/// Reads until `buf` is full or the input ends; returns how many bytes were read.
fn fill(input: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match input.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// What encrypting a document gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    /// SHA-256 of the original content.
    pub sha256: [u8; 32],
    /// Size of the original content in bytes.
    pub size: u64,
}

/// Encrypts what is written to it into a document file on `output`.
/// Call [`Encryptor::finish`] at the end: it seals the last chunk.
pub struct Encryptor<W: Write> {
    output: W,
    key: LessSafeKey,
    chunk: usize,
    buf: Vec<u8>,
    counter: u64,
    /// SHA-256 of the content, unless the caller hashes it elsewhere.
    hash: Option<digest::Context>,
    size: u64,
}

impl<W: Write> Encryptor<W> {
    /// Like [`Encryptor::new`], for a caller that hashes the content itself
    /// (on another thread): [`Encryptor::finish`] then reports a zero hash.
    pub fn without_hash(
        wrap_key: &[u8; KEY_LEN],
        document: &DocumentId,
        aead: Aead,
        chunk_exp: u8,
        output: W,
    ) -> io::Result<Self> {
        let mut enc = Self::new(wrap_key, document, aead, chunk_exp, output)?;
        enc.hash = None;
        Ok(enc)
    }

    /// Writes the header for `document` under a fresh content key wrapped by
    /// `wrap_key`, and returns the encryptor for the content.
    pub fn new(
        wrap_key: &[u8; KEY_LEN],
        document: &DocumentId,
        aead: Aead,
        chunk_exp: u8,
        mut output: W,
    ) -> io::Result<Self> {
        assert!(
            CHUNK_EXP_RANGE.contains(&chunk_exp),
            "chunk size out of range"
        );
        let content_key: [u8; KEY_LEN] = crypto::random_bytes();
        let payload_salt: [u8; SALT_LEN] = crypto::random_bytes();
        let wrap_nonce: [u8; NONCE_LEN] = crypto::random_bytes();
        let id = document.as_str().as_bytes();
        let mut authenticated = Vec::with_capacity(12 + id.len() + SALT_LEN + NONCE_LEN);
        authenticated.extend_from_slice(MAGIC);
        authenticated.extend_from_slice(&[VERSION, aead as u8, chunk_exp, id.len() as u8]);
        authenticated.extend_from_slice(id);
        authenticated.extend_from_slice(&payload_salt);
        authenticated.extend_from_slice(&wrap_nonce);
        let mut header = Header {
            aead,
            chunk_exp,
            document: document.clone(),
            payload_salt,
            wrap_nonce,
            wrapped_key: [0u8; WRAPPED_LEN],
            authenticated,
        };
        let mut wrapped = content_key.to_vec();
        aead.key(wrap_key)
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(wrap_nonce),
                Aad::from(header.wrap_aad()),
                &mut wrapped,
            )
            .expect("sealing a key cannot fail");
        header.wrapped_key.copy_from_slice(&wrapped);
        output.write_all(&header.to_bytes())?;
        let chunk = 1usize << chunk_exp;
        Ok(Self {
            output,
            key: aead.key(&payload_key_bytes(&content_key, &payload_salt)),
            chunk,
            buf: Vec::with_capacity(chunk + TAG_LEN),
            counter: 0,
            hash: Some(digest::Context::new(&digest::SHA256)),
            size: 0,
        })
    }

    fn seal_buffer(&mut self, last: bool) -> io::Result<()> {
        if let Some(hash) = &mut self.hash {
            hash.update(&self.buf);
        }
        self.size += self.buf.len() as u64;
        let tag = self
            .key
            .seal_in_place_separate_tag(
                chunk_nonce(self.counter, last),
                Aad::empty(),
                &mut self.buf,
            )
            .expect("chunk sealing cannot fail");
        self.output.write_all(&self.buf)?;
        self.output.write_all(tag.as_ref())?;
        self.buf.clear();
        self.counter += 1;
        Ok(())
    }

    /// Seals the last chunk and returns the output with the content's
    /// SHA-256 and size.
    pub fn finish(mut self) -> io::Result<(W, Sealed)> {
        self.seal_buffer(true)?;
        self.output.flush()?;
        let sha256 = match self.hash {
            Some(hash) => hash.finish().as_ref().try_into().expect("32 bytes"),
            None => [0u8; 32],
        };
        Ok((
            self.output,
            Sealed {
                sha256,
                size: self.size,
            },
        ))
    }
}

impl<W: Write> Write for Encryptor<W> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        if data.is_empty() {
            return Ok(0);
        }
        // A full buffer is sealed only once more data arrives: until then it
        // may be the last chunk.
        if self.buf.len() == self.chunk {
            self.seal_buffer(false)?;
        }
        let n = data.len().min(self.chunk - self.buf.len());
        self.buf.extend_from_slice(&data[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.output.flush()
    }
}

/// Encrypts `input` into `output` as a document file for `document`, under
/// a fresh content key wrapped by `wrap_key`.
pub fn encrypt(
    wrap_key: &[u8; KEY_LEN],
    document: &DocumentId,
    aead: Aead,
    chunk_exp: u8,
    mut input: impl Read,
    output: impl Write,
) -> io::Result<Sealed> {
    let mut enc = Encryptor::new(wrap_key, document, aead, chunk_exp, output)?;
    io::copy(&mut input, &mut enc)?;
    Ok(enc.finish()?.1)
}

/// Reads and checks a header from `input`, leaving it positioned at the first chunk.
pub fn read_header(input: &mut impl Read) -> Result<Header, DocFileError> {
    let mut fixed = [0u8; 12];
    let n = fill(input, &mut fixed)?;
    // Parse what we have so magic/version errors are reported before "short".
    if n < 12 {
        return Err(Header::parse(&fixed[..n])
            .err()
            .unwrap_or(DocFileError::ShortHeader));
    }
    Header::parse(&fixed)
        .err()
        .filter(|e| *e != DocFileError::ShortHeader)
        .map_or(Ok(()), Err)?;
    let rest_len = usize::from(fixed[11]) + SALT_LEN + NONCE_LEN + WRAPPED_LEN;
    let mut all = fixed.to_vec();
    all.resize(12 + rest_len, 0);
    if fill(input, &mut all[12..])? < rest_len {
        return Err(DocFileError::ShortHeader);
    }
    Header::parse(&all)
}

/// Decrypts a document file as it is read. Each chunk is released only once
/// it authenticated, but the end of the file is known to be authentic only
/// when `read` returns 0: a reader must not act on the content before that
/// (an error in the middle means the content must be thrown away).
pub struct Decryptor<R: Read> {
    input: R,
    header: Header,
    key: LessSafeKey,
    sealed_chunk: usize,
    /// Sealed bytes read ahead: one chunk plus one byte tells whether it is the last.
    sealed: Vec<u8>,
    have: usize,
    /// Plaintext of the current chunk and how much of it was read.
    plain: Vec<u8>,
    pos: usize,
    counter: u64,
    done: bool,
    hash: digest::Context,
    size: u64,
}

impl<R: Read> Decryptor<R> {
    /// Reads the header and unwraps the content key. When `expected` is
    /// given, a file of another document is refused.
    pub fn new(
        wrap_key: &[u8; KEY_LEN],
        expected: Option<&DocumentId>,
        mut input: R,
    ) -> Result<Self, DocFileError> {
        let header = read_header(&mut input)?;
        if expected.is_some_and(|e| e != &header.document) {
            return Err(DocFileError::OtherDocument);
        }
        let key = header.payload_key(wrap_key)?;
        let sealed_chunk = header.chunk_size() + TAG_LEN;
        let mut sealed = vec![0u8; sealed_chunk + 1];
        let have = fill(&mut input, &mut sealed)?;
        Ok(Self {
            input,
            header,
            key,
            sealed_chunk,
            sealed,
            have,
            plain: Vec::new(),
            pos: 0,
            counter: 0,
            done: false,
            hash: digest::Context::new(&digest::SHA256),
            size: 0,
        })
    }

    pub fn header(&self) -> &Header {
        &self.header
    }

    /// Opens the next chunk into `self.plain`.
    fn next_chunk(&mut self) -> Result<(), DocFileError> {
        let last = self.have <= self.sealed_chunk;
        let len = self.have.min(self.sealed_chunk);
        if len < TAG_LEN {
            return Err(DocFileError::Truncated);
        }
        if last && len == TAG_LEN && self.counter > 0 {
            // An empty last chunk is only written for an empty document.
            return Err(DocFileError::Chunk(self.counter));
        }
        let carried = self.sealed[self.sealed_chunk];
        let counter = self.counter;
        let plain = self
            .key
            .open_in_place(
                chunk_nonce(counter, last),
                Aad::empty(),
                &mut self.sealed[..len],
            )
            .map_err(|_| {
                if last && counter > 0 && len == self.sealed_chunk {
                    // A full chunk at the end that is not marked last: cut at a chunk boundary.
                    DocFileError::Truncated
                } else {
                    DocFileError::Chunk(counter)
                }
            })?;
        self.hash.update(plain);
        self.size += plain.len() as u64;
        self.plain.clear();
        self.plain.extend_from_slice(plain);
        self.pos = 0;
        if last {
            self.done = true;
        } else {
            self.counter += 1;
            self.sealed[0] = carried;
            self.have = 1 + fill(&mut self.input, &mut self.sealed[1..])?;
        }
        Ok(())
    }

    /// Reads everything left into `output`, then returns the header and the
    /// content's SHA-256 and size.
    pub fn finish_into(mut self, mut output: impl Write) -> Result<(Header, Sealed), DocFileError> {
        loop {
            output.write_all(&self.plain[self.pos..])?;
            self.pos = self.plain.len();
            if self.done {
                break;
            }
            self.next_chunk()?;
        }
        output.flush()?;
        Ok((
            self.header,
            Sealed {
                sha256: self.hash.finish().as_ref().try_into().expect("32 bytes"),
                size: self.size,
            },
        ))
    }
}

impl<R: Read> Read for Decryptor<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while self.pos == self.plain.len() {
            if self.done {
                return Ok(0);
            }
            self.next_chunk()
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        }
        let n = out.len().min(self.plain.len() - self.pos);
        out[..n].copy_from_slice(&self.plain[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

/// Decrypts a document file into `output`. Bytes reach `output` chunk by
/// chunk, each only after it authenticated; the caller must still treat
/// `output` as untrusted until this returns `Ok`. When `expected` is given,
/// a file of another document is refused. Returns the header and the
/// SHA-256 and size of the content.
pub fn decrypt(
    wrap_key: &[u8; KEY_LEN],
    expected: Option<&DocumentId>,
    input: impl Read,
    output: impl Write,
) -> Result<(Header, Sealed), DocFileError> {
    Decryptor::new(wrap_key, expected, input)?.finish_into(output)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: [u8; 32] = [5u8; 32];

    fn id() -> DocumentId {
        DocumentId::parse("doc-1").unwrap()
    }

    fn seal(plain: &[u8], exp: u8) -> Vec<u8> {
        let mut out = Vec::new();
        let s = encrypt(&KEY, &id(), Aead::ChaCha20Poly1305, exp, plain, &mut out).unwrap();
        assert_eq!(s.size, plain.len() as u64);
        out
    }

    fn open(file: &[u8]) -> Result<Vec<u8>, DocFileError> {
        let mut out = Vec::new();
        decrypt(&KEY, Some(&id()), file, &mut out).map(|_| out)
    }

    #[test]
    fn round_trips_around_chunk_boundaries() {
        let c = 1usize << 12;
        for len in [0, 1, c - 1, c, c + 1, 2 * c, 2 * c + 1, 5 * c + 17] {
            let plain: Vec<u8> = (0..len).map(|i| (i * 31 % 251) as u8).collect();
            let file = seal(&plain, 12);
            let chunks = len.div_ceil(c).max(1);
            assert_eq!(
                file.len(),
                12 + 5 + 16 + 12 + 48 + len + chunks * TAG_LEN,
                "{len}"
            );
            assert_eq!(open(&file).unwrap(), plain, "{len}");
        }
    }

    #[test]
    fn both_algorithms_work() {
        let mut out = Vec::new();
        encrypt(&KEY, &id(), Aead::Aes256Gcm, 12, &b"bonjour"[..], &mut out).unwrap();
        assert_eq!(out[9], 2);
        assert_eq!(open(&out).unwrap(), b"bonjour");
    }

    #[test]
    fn a_wrong_key_or_another_document_is_refused() {
        let file = seal(b"x", 12);
        let mut sink = Vec::new();
        assert_eq!(
            decrypt(&[6u8; 32], None, &file[..], &mut sink).unwrap_err(),
            DocFileError::KeyUnwrap
        );
        let other = DocumentId::parse("doc-2").unwrap();
        assert_eq!(
            decrypt(&KEY, Some(&other), &file[..], &mut sink).unwrap_err(),
            DocFileError::OtherDocument
        );
    }

    #[test]
    fn every_flipped_byte_is_refused() {
        let plain: Vec<u8> = (0..5000u32).map(|i| i as u8).collect();
        let file = seal(&plain, 12);
        for i in 0..file.len() {
            let mut t = file.clone();
            t[i] ^= 0x01;
            assert!(open(&t).is_err(), "flipping byte {i} went unnoticed");
        }
    }

    #[test]
    fn truncation_reordering_splicing_and_appending_are_refused() {
        let c = 1usize << 12;
        let plain: Vec<u8> = (0..3 * c + 100).map(|i| (i % 256) as u8).collect();
        let file = seal(&plain, 12);
        let h = file.len() - (plain.len() + 4 * TAG_LEN);
        let sc = c + TAG_LEN;
        // Cut at every chunk boundary and inside chunks.
        for cut in [
            h,
            h + 1,
            h + sc,
            h + sc + 5,
            h + 2 * sc,
            h + 3 * sc,
            file.len() - 1,
        ] {
            assert!(open(&file[..cut]).is_err(), "cut at {cut}");
        }
        assert_eq!(
            open(&file[..h + 2 * sc]).unwrap_err(),
            DocFileError::Truncated
        );
        // Swap chunks 0 and 1.
        let mut swapped = file[..h].to_vec();
        swapped.extend_from_slice(&file[h + sc..h + 2 * sc]);
        swapped.extend_from_slice(&file[h..h + sc]);
        swapped.extend_from_slice(&file[h + 2 * sc..]);
        assert_eq!(open(&swapped).unwrap_err(), DocFileError::Chunk(0));
        // Splice chunk 1 of another file with the same key and id.
        let other = seal(&plain, 12);
        let mut spliced = file[..h + sc].to_vec();
        spliced.extend_from_slice(&other[h + sc..h + 2 * sc]);
        spliced.extend_from_slice(&file[h + 2 * sc..]);
        assert_eq!(open(&spliced).unwrap_err(), DocFileError::Chunk(1));
        // Append bytes, or a whole chunk.
        let mut longer = file.clone();
        longer.push(0);
        assert!(open(&longer).is_err());
        let mut longer = file.clone();
        longer.extend_from_slice(&file[h..h + sc]);
        assert!(open(&longer).is_err());
    }

    #[test]
    fn header_fields_are_bounded() {
        let file = seal(b"x", 12);
        let mut t = file.clone();
        t[10] = 40;
        assert_eq!(open(&t).unwrap_err(), DocFileError::BadChunkSize(40));
        let mut t = file.clone();
        t[9] = 9;
        assert_eq!(open(&t).unwrap_err(), DocFileError::UnknownAlgorithm(9));
        let mut t = file.clone();
        t[8] = 2;
        assert_eq!(open(&t).unwrap_err(), DocFileError::UnknownVersion(2));
        assert_eq!(open(b"PRCS-DO").unwrap_err(), DocFileError::ShortHeader);
        assert_eq!(open(b"%PDF-1.7 hello").unwrap_err(), DocFileError::BadMagic);
        assert_eq!(open(&file[..30]).unwrap_err(), DocFileError::ShortHeader);
    }
}
