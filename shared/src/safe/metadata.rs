//! Removes hidden metadata from photos before they are stored: EXIF (with
//! GPS coordinates: a photo can reveal a shelter's address), XMP, comments
//! and text chunks. JPEG, PNG and WebP, through the `img-parts` crate; the
//! image data itself is not touched. Other files pass through unchanged.
//!
//! Must never: store a photo it could not clean (it refuses it instead).

use std::io::{Cursor, Read};

use img_parts::jpeg::Jpeg;
use img_parts::png::Png;
use img_parts::webp::WebP;
use img_parts::{Bytes, ImageEXIF};

use super::SafeError;

/// The largest photo cleaned in memory (phone photos are a few MiB).
pub const MAX_PHOTO_BYTES: u64 = 64 * 1024 * 1024;

/// JPEG segments kept: APP0 (JFIF), APP2 (ICC colour profile), APP14 (Adobe
/// colour transform); every other APPn and COM is dropped.
fn jpeg_segment_is_metadata(marker: u8) -> bool {
    matches!(marker, 0xE1 | 0xE3..=0xED | 0xEF | 0xFE)
}

/// PNG chunks dropped: EXIF, text, and the modification time.
const PNG_METADATA: [[u8; 4]; 5] = [*b"eXIf", *b"tEXt", *b"zTXt", *b"iTXt", *b"tIME"];

/// Returns the content to store for a page of `media_type`.
pub fn clean<'a>(
    media_type: &str,
    mut content: Box<dyn Read + 'a>,
) -> Result<Box<dyn Read + 'a>, SafeError> {
    if !matches!(media_type, "image/jpeg" | "image/png" | "image/webp") {
        return Ok(content);
    }
    let mut bytes = Vec::new();
    content
        .by_ref()
        .take(MAX_PHOTO_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_PHOTO_BYTES {
        return Err(SafeError::PhotoTooLarge);
    }
    let cleaned = clean_bytes(media_type, bytes)?;
    Ok(Box::new(Cursor::new(cleaned)))
}

/// Cleans a whole photo in memory.
pub fn clean_bytes(media_type: &str, bytes: Vec<u8>) -> Result<Vec<u8>, SafeError> {
    let bytes = Bytes::from(bytes);
    let out = match media_type {
        "image/jpeg" => {
            let mut jpeg = Jpeg::from_bytes(bytes).map_err(|_| SafeError::UnreadablePhoto)?;
            jpeg.segments_mut()
                .retain(|s| !jpeg_segment_is_metadata(s.marker()));
            jpeg.encoder().bytes()
        }
        "image/png" => {
            let mut png = Png::from_bytes(bytes).map_err(|_| SafeError::UnreadablePhoto)?;
            for kind in PNG_METADATA {
                png.remove_chunks_by_type(kind);
            }
            png.encoder().bytes()
        }
        "image/webp" => {
            let mut webp = WebP::from_bytes(bytes).map_err(|_| SafeError::UnreadablePhoto)?;
            webp.set_exif(None);
            webp.remove_chunks_by_id(*b"XMP ");
            webp.encoder().bytes()
        }
        _ => bytes,
    };
    Ok(out.to_vec())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn segment(marker: u8, body: &[u8]) -> Vec<u8> {
        let mut s = vec![0xFF, marker];
        s.extend_from_slice(&((body.len() + 2) as u16).to_be_bytes());
        s.extend_from_slice(body);
        s
    }

    /// A small JPEG with EXIF GPS data, an XMP packet and a comment.
    pub(crate) fn jpeg_with_gps() -> Vec<u8> {
        let mut j = vec![0xFF, 0xD8];
        j.extend(segment(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"));
        j.extend(segment(
            0xE1,
            b"Exif\0\0GPSLatitude 50.6292N GPSLongitude 3.0573E",
        ));
        j.extend(segment(
            0xE1,
            b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>Lille shelter</x:xmpmeta>",
        ));
        j.extend(segment(0xE2, b"ICC_PROFILE\0\x01\x01profile"));
        j.extend(segment(0xFE, b"taken at 12 rue Secrete"));
        j.extend(segment(0xDB, &[0u8; 65]));
        j.extend(segment(0xC0, b"\x08\x00\x10\x00\x10\x01\x01\x11\x00"));
        j.extend(segment(0xDA, b"\x01\x01\x00\x00\x3f\x00"));
        j.extend_from_slice(&[0x12, 0x34, 0x56, 0x78, 0xFF, 0x00, 0x9A]);
        j.extend_from_slice(&[0xFF, 0xD9]);
        j
    }

    fn contains(hay: &[u8], needle: &[u8]) -> bool {
        hay.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn jpeg_metadata_is_removed_and_the_image_kept() {
        let out = clean_bytes("image/jpeg", jpeg_with_gps()).unwrap();
        for secret in [
            &b"GPSLatitude"[..],
            b"Lille shelter",
            b"12 rue Secrete",
            b"Exif",
        ] {
            assert!(
                !contains(&out, secret),
                "{:?} left in",
                std::str::from_utf8(secret)
            );
        }
        assert!(contains(&out, b"JFIF"));
        assert!(contains(&out, b"ICC_PROFILE"));
        assert!(contains(
            &out,
            &[0x12, 0x34, 0x56, 0x78, 0xFF, 0x00, 0x9A, 0xFF, 0xD9]
        ));
        assert!(out.starts_with(&[0xFF, 0xD8]));
    }

    #[test]
    fn png_text_and_exif_chunks_are_removed() {
        fn chunk(kind: &[u8; 4], body: &[u8]) -> Vec<u8> {
            let mut c = (body.len() as u32).to_be_bytes().to_vec();
            c.extend_from_slice(kind);
            c.extend_from_slice(body);
            let crc = crc32(&[&kind[..], body].concat());
            c.extend_from_slice(&crc.to_be_bytes());
            c
        }
        fn crc32(data: &[u8]) -> u32 {
            let mut crc = 0xFFFF_FFFFu32;
            for &b in data {
                crc ^= u32::from(b);
                for _ in 0..8 {
                    crc = if crc & 1 != 0 {
                        (crc >> 1) ^ 0xEDB8_8320
                    } else {
                        crc >> 1
                    };
                }
            }
            !crc
        }
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]));
        png.extend(chunk(b"tEXt", b"Comment\0GPS 50.6N 3.0E"));
        png.extend(chunk(b"eXIf", b"MM\0*GPSLatitude"));
        png.extend(chunk(b"IDAT", b"\x78\x9c\x63\x00\x00\x00\x01\x00\x01"));
        png.extend(chunk(b"IEND", b""));
        let out = clean_bytes("image/png", png).unwrap();
        assert!(!contains(&out, b"GPS"));
        assert!(contains(&out, b"IDAT"));
    }

    #[test]
    fn unreadable_photos_are_refused_and_other_files_pass() {
        assert_eq!(
            clean_bytes("image/jpeg", b"not a jpeg".to_vec()).unwrap_err(),
            SafeError::UnreadablePhoto
        );
        let pdf = b"%PDF-1.7 GPS".to_vec();
        let mut out = Vec::new();
        clean("application/pdf", Box::new(&pdf[..]))
            .unwrap()
            .read_to_end(&mut out)
            .unwrap();
        assert_eq!(out, pdf);
    }
}
