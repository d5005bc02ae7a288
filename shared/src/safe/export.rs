//! Export in one request: every document in clear in its original format,
//! the plan, appointments, messages, contacts and mandates (`dossier.json`),
//! and the audit trail, in one ZIP with a JSON manifest (titles, categories,
//! dates, SHA-256 of each file) signed with the device key (origin). The
//! export is verified after it is written. This is the person's right to
//! take everything elsewhere (décret 2018-853).
//!
//! Files are stored (no compression: papers are PDF and JPEG already), with
//! ZIP64 for large ones; names are sanitised (no `..`, no absolute path).
//!
//! Must never: leave a half-written export, or one that does not verify.

use std::fs::File;
use std::io::{self, BufWriter, Read, Seek, Write};
use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use ring::digest;
use serde::{Deserialize, Serialize};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use super::documents::extension_of;
use super::{Safe, SafeError, sync_dir};
use crate::audit::AuditEvent;
use crate::crypto::{self, label};
use crate::device_key::{self, DeviceKey};
use crate::i18n::{Explain, Localizer};

pub const FORMAT: &str = "parcours-export";
pub const VERSION: u32 = 1;
pub const MANIFEST: &str = "manifest.json";
pub const SIGNATURE: &str = "manifest.sig";
/// Bounds when reading an export.
const MAX_MANIFEST: u64 = 64 * 1024 * 1024;
const MAX_FILES: usize = 1_000_000;

/// The manifest of an export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub version: u32,
    pub created: DateTime<Utc>,
    /// The device's Ed25519 public key, hex: who made the export.
    pub device_key: String,
    pub files: Vec<ManifestFile>,
}

/// One file of an export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestFile {
    pub path: String,
    pub size: u64,
    pub sha256: String,
    /// Set for the pages of documents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentEntry>,
}

/// What the manifest says of a document page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentEntry {
    pub id: String,
    pub title: String,
    pub category: String,
    pub issued: Option<NaiveDate>,
    pub expires: Option<NaiveDate>,
    pub media_type: String,
    pub page: usize,
    pub pages: usize,
}

/// Why an export did not verify.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    #[error("not a Parcours export: {0}")]
    NotAnExport(String),
    #[error("the manifest's signature does not check")]
    BadSignature,
    #[error("{0} is listed but missing")]
    Missing(String),
    #[error("{0} does not match its fingerprint")]
    Mismatch(String),
    #[error("{0} is in the archive but not in the manifest")]
    Unlisted(String),
    #[error("{0} is not a safe file name")]
    UnsafeName(String),
}

impl Explain for ExportError {
    fn message_id(&self) -> &'static str {
        "error-export-invalid"
    }
}

/// What a verified export holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportCheck {
    pub files: usize,
    pub documents: usize,
    pub device_key: String,
}

/// A file name safe on every system: letters, digits, spaces, `-`, `_`, `.`.
pub fn sanitize(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, ' ' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let cleaned: String = cleaned
        .trim_matches(|c: char| c == ' ' || c == '_')
        .chars()
        .take(60)
        .collect();
    if cleaned.is_empty() {
        "document".into()
    } else {
        cleaned
    }
}

fn is_safe_path(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains('\\')
        && !path.contains('\0')
        && path
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
}

/// Writes into the ZIP and hashes what it writes.
struct Hashing<'a, W: Write + Seek> {
    zip: &'a mut ZipWriter<W>,
    hash: digest::Context,
    size: u64,
}

impl<W: Write + Seek> Write for Hashing<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.zip.write(buf)?;
        self.hash.update(&buf[..n]);
        self.size += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.zip.flush()
    }
}

fn zip_error(e: zip::result::ZipError) -> SafeError {
    match e {
        zip::result::ZipError::Io(io) => io.into(),
        e => SafeError::Io(e.to_string()),
    }
}

impl Safe {
    /// Exports everything to the ZIP `dest`, signed with `device`, with the
    /// audit trail in plain words in the person's language.
    pub fn export(
        &mut self,
        dest: &Path,
        device: &DeviceKey,
        loc: &Localizer,
        tz: Tz,
        now: DateTime<Utc>,
    ) -> Result<ExportCheck, SafeError> {
        self.record(now, AuditEvent::Exported)?;
        let tmp = dest.with_extension("parcours-tmp");
        let result = (|| {
            let file = BufWriter::new(File::create(&tmp)?);
            let mut zip = ZipWriter::new(file);
            let mut files = Vec::new();
            let mut add = |zip: &mut ZipWriter<BufWriter<File>>,
                           path: String,
                           large: bool,
                           document: Option<DocumentEntry>,
                           write: &mut dyn FnMut(&mut dyn Write) -> Result<(), SafeError>|
             -> Result<(), SafeError> {
                let options = SimpleFileOptions::default()
                    .compression_method(CompressionMethod::Stored)
                    .large_file(large);
                zip.start_file(path.as_str(), options).map_err(zip_error)?;
                let mut h = Hashing {
                    zip,
                    hash: digest::Context::new(&digest::SHA256),
                    size: 0,
                };
                write(&mut h)?;
                let (hash, size) = (h.hash.finish(), h.size);
                files.push(ManifestFile {
                    path,
                    size,
                    sha256: crypto::hex(hash.as_ref()),
                    document,
                });
                Ok(())
            };

            let mut used = std::collections::HashSet::new();
            for doc in self.documents()? {
                let pages = doc.pages.len();
                for (i, page) in doc.pages.iter().enumerate() {
                    let n = i + 1;
                    let base = sanitize(doc.title());
                    let suffix = if pages > 1 {
                        format!(" - {n}")
                    } else {
                        String::new()
                    };
                    let mut path = format!(
                        "documents/{}/{base}{suffix}.{}",
                        doc.category.key(),
                        extension_of(&page.media_type)
                    );
                    if !used.insert(path.clone()) {
                        path = format!(
                            "documents/{}/{base}{suffix} ({}).{}",
                            doc.category.key(),
                            &doc.id.as_str()[..8.min(doc.id.as_str().len())],
                            extension_of(&page.media_type)
                        );
                        used.insert(path.clone());
                    }
                    let entry = DocumentEntry {
                        id: doc.id.to_string(),
                        title: doc.title().to_owned(),
                        category: doc.category.key().to_owned(),
                        issued: doc.issued(),
                        expires: doc.expires(),
                        media_type: page.media_type.clone(),
                        page: n,
                        pages,
                    };
                    add(
                        &mut zip,
                        path,
                        page.size >= u64::from(u32::MAX),
                        Some(entry),
                        &mut |w| self.decrypt_page(&doc, n, w),
                    )?;
                }
            }
            let dossier = self.store().load_dossier()?;
            let dossier_json =
                serde_json::to_vec_pretty(&dossier).map_err(|e| SafeError::Io(e.to_string()))?;
            add(&mut zip, "dossier.json".into(), false, None, &mut |w| {
                Ok(w.write_all(&dossier_json)?)
            })?;
            let trail = self.store().audit_trail()?;
            let audit_json =
                serde_json::to_vec_pretty(&trail).map_err(|e| SafeError::Io(e.to_string()))?;
            add(&mut zip, "audit.json".into(), false, None, &mut |w| {
                Ok(w.write_all(&audit_json)?)
            })?;
            let audit_text: String = trail.iter().map(|e| e.describe(loc, tz) + "\n").collect();
            add(&mut zip, "audit.txt".into(), false, None, &mut |w| {
                Ok(w.write_all(audit_text.as_bytes())?)
            })?;
            let readme = loc.t("export-readme") + "\n";
            add(&mut zip, "README.txt".into(), false, None, &mut |w| {
                Ok(w.write_all(readme.as_bytes())?)
            })?;

            let manifest = Manifest {
                format: FORMAT.into(),
                version: VERSION,
                created: now,
                device_key: crypto::hex(&device.public_key()),
                files,
            };
            let manifest_json =
                serde_json::to_vec_pretty(&manifest).map_err(|e| SafeError::Io(e.to_string()))?;
            let signature = device.sign(label::EXPORT_MANIFEST, &manifest_json);
            let options =
                SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
            zip.start_file(MANIFEST, options).map_err(zip_error)?;
            zip.write_all(&manifest_json)?;
            zip.start_file(SIGNATURE, options).map_err(zip_error)?;
            zip.write_all(crypto::hex(&signature).as_bytes())?;
            let file = zip.finish().map_err(zip_error)?;
            file.into_inner().map_err(|e| e.into_error())?.sync_all()?;
            let check = verify_export(&tmp)?;
            std::fs::rename(&tmp, dest)?;
            if let Some(parent) = dest.parent().filter(|p| !p.as_os_str().is_empty()) {
                sync_dir(parent)?;
            }
            Ok(check)
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }
}

/// Checks an export: the manifest's signature, every listed file's size and
/// SHA-256, no file outside the manifest, no unsafe name.
pub fn verify_export(path: &Path) -> Result<ExportCheck, SafeError> {
    let file = File::open(path)?;
    let mut zip = ZipArchive::new(io::BufReader::new(file))
        .map_err(|e| ExportError::NotAnExport(e.to_string()))?;
    if zip.len() > MAX_FILES {
        return Err(ExportError::NotAnExport("too many files".into()).into());
    }
    let mut read_small = |name: &str| -> Result<Vec<u8>, SafeError> {
        let f = zip
            .by_name(name)
            .map_err(|_| ExportError::Missing(name.into()))?;
        let mut out = Vec::new();
        f.take(MAX_MANIFEST).read_to_end(&mut out)?;
        Ok(out)
    };
    let manifest_bytes = read_small(MANIFEST)?;
    let signature = read_small(SIGNATURE)?;
    let manifest: Manifest = serde_json::from_slice(&manifest_bytes)
        .map_err(|e| ExportError::NotAnExport(format!("manifest: {e}")))?;
    if manifest.format != FORMAT || manifest.version != VERSION {
        return Err(ExportError::NotAnExport("unknown format or version".into()).into());
    }
    let key = crypto::unhex(&manifest.device_key).ok_or(ExportError::BadSignature)?;
    let sig = std::str::from_utf8(&signature)
        .ok()
        .and_then(|s| crypto::unhex(s.trim()))
        .ok_or(ExportError::BadSignature)?;
    if !device_key::verify(&key, label::EXPORT_MANIFEST, &manifest_bytes, &sig) {
        return Err(ExportError::BadSignature.into());
    }
    let mut listed = std::collections::HashSet::new();
    for f in &manifest.files {
        if !is_safe_path(&f.path) {
            return Err(ExportError::UnsafeName(f.path.clone()).into());
        }
        listed.insert(f.path.as_str());
        let entry = zip
            .by_name(&f.path)
            .map_err(|_| ExportError::Missing(f.path.clone()))?;
        let mut hash = digest::Context::new(&digest::SHA256);
        let mut size = 0u64;
        let mut buf = vec![0u8; 64 * 1024];
        let mut reader = entry;
        loop {
            let n = reader
                .read(&mut buf)
                .map_err(|_| ExportError::Mismatch(f.path.clone()))?;
            if n == 0 {
                break;
            }
            hash.update(&buf[..n]);
            size += n as u64;
        }
        if size != f.size || crypto::hex(hash.finish().as_ref()) != f.sha256 {
            return Err(ExportError::Mismatch(f.path.clone()).into());
        }
    }
    for i in 0..zip.len() {
        let entry = zip
            .by_index(i)
            .map_err(|e| ExportError::NotAnExport(e.to_string()))?;
        let name = entry
            .name()
            .map_err(|e| ExportError::NotAnExport(e.to_string()))?
            .into_owned();
        if !is_safe_path(&name) || entry.enclosed_name().is_none() {
            return Err(ExportError::UnsafeName(name).into());
        }
        if name != MANIFEST && name != SIGNATURE && !listed.contains(name.as_str()) {
            return Err(ExportError::Unlisted(name).into());
        }
    }
    Ok(ExportCheck {
        files: manifest.files.len(),
        documents: manifest
            .files
            .iter()
            .filter(|f| f.document.is_some())
            .count(),
        device_key: manifest.device_key,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_sanitised() {
        assert_eq!(sanitize("../../etc/passwd"), "etc_passwd");
        assert_eq!(sanitize("Titre de séjour"), "Titre de séjour");
        assert_eq!(sanitize("/abs"), "abs");
        assert_eq!(sanitize("a\\b:c*?"), "a_b_c");
        assert_eq!(sanitize("..."), "document");
        assert!(!is_safe_path("../x"));
        assert!(!is_safe_path("/x"));
        assert!(!is_safe_path("a//b"));
        assert!(is_safe_path("documents/caf/Attestation.pdf"));
    }
}
