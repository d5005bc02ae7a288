//! Sharing a document with a professional, end to end encrypted: the
//! server stores and forwards what it cannot read.
//!
//! A share has a fresh random 32-byte key `S`. Each page of the document
//! is re-encrypted in the safe's own chunk format (`safe::document_file`)
//! with `S` as its wrapping key; the pages are framed in one body. `S`,
//! the title, the category and the pages' media types are sealed for the
//! recipient's X25519 public key with HPKE (RFC 9180, base mode,
//! DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305), whose
//! `info` binds the share id, the document id and the recipient key's
//! SHA-256: a sealed key moved to another share, document or recipient
//! does not open. Every byte is in `docs/share-format.md`.
//!
//! - this module: sealing and opening (pure: bytes in, bytes out);
//! - [`pin`]: the recipient key seen first is pinned; a change is shown.
//!
//! Must never: reuse `S`, send anything in clear but ids and the end date,
//! or open a share whose `info` does not match.

pub mod pin;

use hpke::{Deserializable, Kem as _, OpModeR, OpModeS, Serializable};
use serde::{Deserialize, Serialize};

use crate::crypto::{self, KEY_LEN, label};
use crate::document::Category;
use crate::id::DocumentId;
use crate::safe::document_file::{self, Aead, DEFAULT_CHUNK_EXP};

type Kem = hpke::kem::X25519HkdfSha256;
type Kdf = hpke::kdf::HkdfSha256;
type Cipher = hpke::aead::ChaCha20Poly1305;

/// First bytes of a share body.
pub const BODY_MAGIC: &[u8; 8] = b"PRCS-SHR";
/// Body format version.
pub const BODY_VERSION: u8 = 1;
/// Most pages a share may hold (bounds what a reader allocates).
pub const MAX_PAGES: usize = 64;
/// Largest share body the server accepts and a reader reads.
pub const MAX_BODY: usize = 32 * 1024 * 1024;

/// Why a share could not be made or opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ShareError {
    #[error("the recipient's key is not a valid X25519 public key")]
    BadKey,
    #[error("this share does not open with this key (another recipient, or altered)")]
    Unauthentic,
    #[error("the share's body is malformed or cut short")]
    Malformed,
    #[error("a page of the share failed authentication")]
    Page,
    #[error("a share holds 1 to {MAX_PAGES} pages")]
    Pages,
}

impl crate::i18n::Explain for ShareError {
    fn message_id(&self) -> &'static str {
        match self {
            ShareError::BadKey => "error-share-bad-key",
            ShareError::Unauthentic => "error-share-unauthentic",
            _ => "error-share-malformed",
        }
    }
}

/// A professional's key pair for receiving shares. The private half never
/// leaves their device (it is kept in their keystore).
pub struct ShareKeyPair {
    private: <Kem as hpke::Kem>::PrivateKey,
    pub public: [u8; 32],
}

impl ShareKeyPair {
    /// A new random key pair.
    pub fn generate() -> ShareKeyPair {
        let (private, public) = Kem::gen_keypair();
        ShareKeyPair {
            private,
            public: public.to_bytes().into(),
        }
    }

    /// The key pair from its 32 private bytes (as kept in the keystore).
    pub fn from_private(bytes: &[u8]) -> Result<ShareKeyPair, ShareError> {
        let private =
            <Kem as hpke::Kem>::PrivateKey::from_bytes(bytes).map_err(|_| ShareError::BadKey)?;
        let public = <Kem as hpke::Kem>::sk_to_pk(&private);
        Ok(ShareKeyPair {
            private,
            public: public.to_bytes().into(),
        })
    }

    /// The 32 private bytes, for the keystore only.
    pub fn private_bytes(&self) -> [u8; 32] {
        self.private.to_bytes().into()
    }
}

/// The id of a recipient key: its SHA-256.
pub fn key_id(public: &[u8; 32]) -> [u8; 32] {
    let d = ring::digest::digest(&ring::digest::SHA256, public);
    d.as_ref().try_into().expect("SHA-256 is 32 bytes")
}

/// What people compare: the key's fingerprint in groups of four.
pub fn fingerprint(public: &[u8; 32]) -> String {
    let hex = crate::mandate::statement::fingerprint(public);
    hex.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The HPKE `info`: label ‖ u16 len ‖ share id ‖ u16 len ‖ document id ‖
/// SHA-256(recipient public key).
pub fn info(share_id: &str, document: &DocumentId, recipient: &[u8; 32]) -> Vec<u8> {
    let mut out = label::SHARE.to_vec();
    for part in [share_id.as_bytes(), document.as_str().as_bytes()] {
        out.extend_from_slice(&(part.len() as u16).to_be_bytes());
        out.extend_from_slice(part);
    }
    out.extend_from_slice(&key_id(recipient));
    out
}

/// What HPKE seals: the share key and what would otherwise say what the
/// document is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sealed {
    /// The share key `S`, hex.
    pub key: String,
    pub title: String,
    pub category: Category,
    /// The media type of each page, in order.
    pub pages: Vec<String>,
}

/// A page to share: its media type and content.
pub struct Page<'a> {
    pub media_type: &'a str,
    pub content: &'a [u8],
}

/// A share ready to upload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    /// HPKE's encapsulated key (32 bytes).
    pub enc: Vec<u8>,
    /// The sealed [`Sealed`] (JSON + 16-byte tag).
    pub sealed: Vec<u8>,
    /// The framed pages.
    pub body: Vec<u8>,
}

/// Seals a document's pages for `recipient`.
pub fn seal(
    share_id: &str,
    document: &DocumentId,
    title: &str,
    category: Category,
    pages: &[Page<'_>],
    recipient: &[u8; 32],
) -> Result<Outgoing, ShareError> {
    if pages.is_empty() || pages.len() > MAX_PAGES {
        return Err(ShareError::Pages);
    }
    let pk =
        <Kem as hpke::Kem>::PublicKey::from_bytes(recipient).map_err(|_| ShareError::BadKey)?;
    let key: [u8; KEY_LEN] = crypto::random_bytes();
    let mut body = Vec::new();
    body.extend_from_slice(BODY_MAGIC);
    body.push(BODY_VERSION);
    body.extend_from_slice(&(pages.len() as u32).to_be_bytes());
    for page in pages {
        let mut file = Vec::new();
        document_file::encrypt(
            &key,
            document,
            Aead::for_this_device(),
            DEFAULT_CHUNK_EXP,
            page.content,
            &mut file,
        )
        .map_err(|_| ShareError::Malformed)?;
        body.extend_from_slice(&(file.len() as u64).to_be_bytes());
        body.extend_from_slice(&file);
    }
    let plain = serde_json::to_vec(&Sealed {
        key: crypto::hex(&key),
        title: title.to_owned(),
        category,
        pages: pages.iter().map(|p| p.media_type.to_owned()).collect(),
    })
    .expect("serialises");
    let (enc, sealed) = hpke::single_shot_seal::<Cipher, Kdf, Kem>(
        &OpModeS::Base,
        &pk,
        &info(share_id, document, recipient),
        &plain,
        &[],
    )
    .map_err(|_| ShareError::BadKey)?;
    Ok(Outgoing {
        enc: enc.to_bytes().to_vec(),
        sealed,
        body,
    })
}

/// An opened share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    pub title: String,
    pub category: Category,
    /// (media type, content) of each page, every chunk authenticated.
    pub pages: Vec<(String, Vec<u8>)>,
}

/// Opens a share with the recipient's key pair.
pub fn open(
    keys: &ShareKeyPair,
    share_id: &str,
    document: &DocumentId,
    enc: &[u8],
    sealed: &[u8],
    body: &[u8],
) -> Result<Opened, ShareError> {
    let enc =
        <Kem as hpke::Kem>::EncappedKey::from_bytes(enc).map_err(|_| ShareError::Unauthentic)?;
    let plain = hpke::single_shot_open::<Cipher, Kdf, Kem>(
        &OpModeR::Base,
        &keys.private,
        &enc,
        &info(share_id, document, &keys.public),
        sealed,
        &[],
    )
    .map_err(|_| ShareError::Unauthentic)?;
    let meta: Sealed = serde_json::from_slice(&plain).map_err(|_| ShareError::Malformed)?;
    let key: [u8; KEY_LEN] = crypto::unhex(&meta.key)
        .and_then(|k| k.try_into().ok())
        .ok_or(ShareError::Malformed)?;
    if body.len() > MAX_BODY
        || body.len() < 13
        || &body[..8] != BODY_MAGIC
        || body[8] != BODY_VERSION
    {
        return Err(ShareError::Malformed);
    }
    let count = u32::from_be_bytes(body[9..13].try_into().expect("4 bytes")) as usize;
    if count == 0 || count > MAX_PAGES || count != meta.pages.len() {
        return Err(ShareError::Malformed);
    }
    let mut rest = &body[13..];
    let mut pages = Vec::with_capacity(count);
    for media in meta.pages.iter() {
        if rest.len() < 8 {
            return Err(ShareError::Malformed);
        }
        let len = u64::from_be_bytes(rest[..8].try_into().expect("8 bytes"));
        rest = &rest[8..];
        let len = usize::try_from(len).map_err(|_| ShareError::Malformed)?;
        if len > rest.len() {
            return Err(ShareError::Malformed);
        }
        let (file, tail) = rest.split_at(len);
        rest = tail;
        let mut content = Vec::new();
        document_file::decrypt(&key, Some(document), file, &mut content)
            .map_err(|_| ShareError::Page)?;
        pages.push((media.clone(), content));
    }
    if !rest.is_empty() {
        return Err(ShareError::Malformed);
    }
    Ok(Opened {
        title: meta.title,
        category: meta.category,
        pages,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> DocumentId {
        DocumentId::parse("d-quittance").unwrap()
    }

    #[test]
    fn a_share_opens_for_its_recipient_only_and_only_as_itself() {
        let martin = ShareKeyPair::generate();
        let other = ShareKeyPair::generate();
        let pages = [
            Page {
                media_type: "image/png",
                content: b"page one",
            },
            Page {
                media_type: "application/pdf",
                content: &[7u8; 70_000],
            },
        ];
        let out = seal(
            "sh-1",
            &doc(),
            "Quittance de loyer",
            Category::RentReceipt,
            &pages,
            &martin.public,
        )
        .unwrap();
        let opened = open(&martin, "sh-1", &doc(), &out.enc, &out.sealed, &out.body).unwrap();
        assert_eq!(opened.title, "Quittance de loyer");
        assert_eq!(opened.pages[0], ("image/png".into(), b"page one".to_vec()));
        assert_eq!(opened.pages[1].1, vec![7u8; 70_000]);
        // Another recipient, another share id, another document: refused.
        assert_eq!(
            open(&other, "sh-1", &doc(), &out.enc, &out.sealed, &out.body),
            Err(ShareError::Unauthentic)
        );
        assert_eq!(
            open(&martin, "sh-2", &doc(), &out.enc, &out.sealed, &out.body),
            Err(ShareError::Unauthentic)
        );
        let d2 = DocumentId::parse("d-autre").unwrap();
        assert_eq!(
            open(&martin, "sh-1", &d2, &out.enc, &out.sealed, &out.body),
            Err(ShareError::Unauthentic)
        );
        // A flipped bit anywhere in the body is caught.
        for i in [20, 200, out.body.len() - 1] {
            let mut body = out.body.clone();
            body[i] ^= 1;
            assert!(
                open(&martin, "sh-1", &doc(), &out.enc, &out.sealed, &body).is_err(),
                "{i}"
            );
        }
        // Cut short, or with bytes added.
        assert!(
            open(
                &martin,
                "sh-1",
                &doc(),
                &out.enc,
                &out.sealed,
                &out.body[..out.body.len() - 5]
            )
            .is_err()
        );
        let mut longer = out.body.clone();
        longer.push(0);
        assert_eq!(
            open(&martin, "sh-1", &doc(), &out.enc, &out.sealed, &longer),
            Err(ShareError::Malformed)
        );
        // Two shares of the same pages never share a key.
        let again = seal(
            "sh-1",
            &doc(),
            "Quittance de loyer",
            Category::RentReceipt,
            &pages,
            &martin.public,
        )
        .unwrap();
        assert_ne!(again.enc, out.enc);
        assert_ne!(again.body, out.body);
    }

    #[test]
    fn keys_round_trip_through_their_private_bytes() {
        let k = ShareKeyPair::generate();
        let back = ShareKeyPair::from_private(&k.private_bytes()).unwrap();
        assert_eq!(back.public, k.public);
        assert_eq!(fingerprint(&k.public).split(' ').count(), 8);
        assert!(ShareKeyPair::from_private(&[1u8; 5]).is_err());
    }
}
