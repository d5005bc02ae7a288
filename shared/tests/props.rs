//! Property tests of the document file format: any content, cut into any
//! writes and read back through any reads, round-trips, with lengths drawn
//! around the chunk boundaries (0, one chunk, one byte more, several chunks).

use std::io::{Read, Write};

use parcours_core::id::DocumentId;
use parcours_core::safe::document_file::{Aead, Decryptor, Encryptor};
use proptest::prelude::*;

const CHUNK_EXP: u8 = 12;
const CHUNK: usize = 1 << CHUNK_EXP;
const KEY: [u8; 32] = [9u8; 32];

/// Lengths near 0, 1, 2 and 3 chunks, and anything up to 4 chunks.
fn length() -> impl Strategy<Value = usize> {
    prop_oneof![
        (0usize..3).prop_map(|d| d),
        (0usize..3).prop_map(|d| CHUNK - 1 + d),
        (0usize..3).prop_map(|d| 2 * CHUNK - 1 + d),
        (0usize..3).prop_map(|d| 3 * CHUNK - 1 + d),
        0usize..4 * CHUNK,
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn round_trip_whatever_the_writes_and_reads(
        len in length(),
        seed in any::<u8>(),
        write_sizes in proptest::collection::vec(1usize..5000, 1..8),
        read_size in 1usize..9000,
        aes in any::<bool>(),
    ) {
        let content: Vec<u8> = (0..len).map(|i| (i as u8).wrapping_mul(13).wrapping_add(seed)).collect();
        let id = DocumentId::parse("prop").unwrap();
        let aead = if aes { Aead::Aes256Gcm } else { Aead::ChaCha20Poly1305 };
        let mut enc = Encryptor::new(&KEY, &id, aead, CHUNK_EXP, Vec::new()).unwrap();
        let mut rest = &content[..];
        let mut i = 0;
        while !rest.is_empty() {
            let n = write_sizes[i % write_sizes.len()].min(rest.len());
            enc.write_all(&rest[..n]).unwrap();
            rest = &rest[n..];
            i += 1;
        }
        let (file, sealed) = enc.finish().unwrap();
        prop_assert_eq!(sealed.size, len as u64);
        let chunks = len.div_ceil(CHUNK).max(1);
        prop_assert_eq!(file.len(), 12 + id.as_str().len() + 16 + 12 + 48 + len + 16 * chunks);

        let mut dec = Decryptor::new(&KEY, Some(&id), &file[..]).unwrap();
        let mut back = Vec::new();
        let mut buf = vec![0u8; read_size];
        loop {
            let n = dec.read(&mut buf).unwrap();
            if n == 0 { break; }
            back.extend_from_slice(&buf[..n]);
        }
        prop_assert_eq!(back, content);
    }

    #[test]
    fn any_cut_or_flip_is_refused(len in length(), cut in any::<prop::sample::Index>(), flip in any::<prop::sample::Index>()) {
        let content = vec![7u8; len];
        let id = DocumentId::parse("prop").unwrap();
        let mut enc = Encryptor::new(&KEY, &id, Aead::ChaCha20Poly1305, CHUNK_EXP, Vec::new()).unwrap();
        enc.write_all(&content).unwrap();
        let (file, _) = enc.finish().unwrap();
        let decrypt = |bytes: &[u8]| {
            Decryptor::new(&KEY, Some(&id), bytes).and_then(|d| d.finish_into(std::io::sink()))
        };
        prop_assert!(decrypt(&file[..cut.index(file.len())]).is_err());
        let mut flipped = file.clone();
        flipped[flip.index(file.len())] ^= 0x10;
        prop_assert!(decrypt(&flipped).is_err());
    }
}
