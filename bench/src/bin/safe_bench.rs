//! The safe's benchmark driver, run by `bench/safe.sh` (which adds the
//! references measured outside Rust: `cp` + `sync`, and `age`).
//!
//!   safe_bench import FILE DIR      init a safe in DIR (minimum argon2), import FILE, print seconds
//!   safe_bench open DIR OUT         re-open DIR's only document into OUT, print seconds
//!   safe_bench init-only DIR        only init (the argon2 step), for its peak memory
//!   safe_bench memory FILE          ring ChaCha20-Poly1305 sealing + SHA-256 of FILE's bytes in memory
//!   safe_bench huge GIB             stream GIB GiB through encrypt -> decrypt (two threads, a pipe), check SHA-256
//!
//! The keystore is the in-memory one: the benchmark measures the safe, not
//! the platform's keystore. Must never: be used on real data.

use std::io::{Read, Write};
use std::path::Path;
use std::time::Instant;

use parcours_core::document::Category;
use parcours_core::keystore::Keystore;
use parcours_core::safe::Safe;
use parcours_core::safe::documents::{NewDocument, PageSource};
use parcours_core::safe::key_file::KdfParams;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |i: usize| args.get(i).map(String::as_str).unwrap_or_else(|| usage());
    match arg(1) {
        "import" => import(Path::new(arg(2)), Path::new(arg(3))),
        "open" => open(Path::new(arg(2)), Path::new(arg(3))),
        "init-only" => {
            Safe::init(
                Path::new(arg(2)),
                Keystore::mock("bench"),
                KdfParams::DEFAULT,
                chrono::Utc::now(),
            )
            .unwrap();
        }
        "memory" => memory(Path::new(arg(2))),
        "huge" => huge(arg(2).parse().unwrap_or_else(|_| usage())),
        _ => usage(),
    }
}

fn usage() -> ! {
    eprintln!(
        "usage: safe_bench import FILE DIR | open DIR OUT | init-only DIR | memory FILE | huge GIB"
    );
    std::process::exit(2)
}

/// The safe's folder keeps the master key next to it for `open` (bench only:
/// the mock keystore does not outlive the process).
fn import(file: &Path, dir: &Path) {
    let ks = Keystore::mock("bench");
    let (mut safe, code) = Safe::init(dir, ks, KdfParams::MIN, chrono::Utc::now()).unwrap();
    std::fs::write(dir.join("bench-recovery-code"), code.display()).unwrap();
    let start = Instant::now();
    let page = PageSource::from_path(file).unwrap();
    let new = NewDocument {
        title: "bench".into(),
        category: Category::Other,
        issued: None,
        expires: None,
    };
    safe.add_document(new, vec![page], chrono::Utc::now())
        .unwrap();
    println!("{:.4}", start.elapsed().as_secs_f64());
}

fn open(dir: &Path, out: &Path) {
    let code = std::fs::read_to_string(dir.join("bench-recovery-code")).unwrap();
    let code = parcours_core::safe::recovery::RecoveryCode::parse(&code).unwrap();
    let mut safe =
        Safe::unlock_with_code(dir, Keystore::mock("bench"), &code, chrono::Utc::now()).unwrap();
    let doc = safe.documents().unwrap().remove(0);
    let start = Instant::now();
    safe.save_page_as(&doc.id, 1, out, chrono::Utc::now())
        .unwrap();
    println!("{:.4}", start.elapsed().as_secs_f64());
}

fn memory(file: &Path) {
    use ring::aead::{Aad, CHACHA20_POLY1305, LessSafeKey, Nonce, UnboundKey};
    let mut data = std::fs::read(file).unwrap();
    let key = LessSafeKey::new(UnboundKey::new(&CHACHA20_POLY1305, &[7u8; 32]).unwrap());
    let start = Instant::now();
    let hash = ring::digest::digest(&ring::digest::SHA256, &data);
    let hashed = start.elapsed().as_secs_f64();
    for (i, chunk) in data.chunks_mut(64 * 1024).enumerate() {
        let mut n = [0u8; 12];
        n[4..].copy_from_slice(&(i as u64).to_be_bytes());
        let tag = key
            .seal_in_place_separate_tag(Nonce::assume_unique_for_key(n), Aad::empty(), chunk)
            .unwrap();
        let _ = std::hint::black_box(tag);
    }
    let _ = std::hint::black_box(hash);
    let total = start.elapsed().as_secs_f64();
    eprintln!("SHA-256 {hashed:.4} s, sealing {:.4} s", total - hashed);
    println!("{total:.4}");
}

/// Content that is cheap to make and not all the same byte.
struct Pattern {
    left: u64,
    pos: u64,
}

impl Read for Pattern {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = (buf.len() as u64).min(self.left) as usize;
        for b in &mut buf[..n] {
            *b = (self.pos.wrapping_mul(2_654_435_761) >> 13) as u8;
            self.pos += 1;
        }
        self.left -= n as u64;
        Ok(n)
    }
}

/// Hashes what it is given.
struct HashSink(ring::digest::Context, u64);

impl Write for HashSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        self.1 += buf.len() as u64;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn huge(gib: u64) {
    use parcours_core::id::DocumentId;
    use parcours_core::safe::document_file::{Aead, Decryptor, Encryptor};
    let len = gib * 1024 * 1024 * 1024 + 12_345;
    let key = [3u8; 32];
    let (reader, writer) = std::io::pipe().unwrap();
    let start = Instant::now();
    let producer = std::thread::spawn(move || {
        let id = DocumentId::parse("huge").unwrap();
        let mut enc = Encryptor::new(
            &key,
            &id,
            Aead::ChaCha20Poly1305,
            16,
            std::io::BufWriter::new(writer),
        )
        .unwrap();
        std::io::copy(&mut Pattern { left: len, pos: 0 }, &mut enc).unwrap();
        enc.finish().unwrap().1
    });
    let dec = Decryptor::new(&key, None, std::io::BufReader::new(reader)).unwrap();
    let mut sink = HashSink(ring::digest::Context::new(&ring::digest::SHA256), 0);
    let (_, opened) = dec.finish_into(&mut sink).unwrap();
    let sealed = producer.join().unwrap();
    assert_eq!(opened.size, len);
    assert_eq!(sealed.sha256, opened.sha256);
    assert_eq!(sink.0.finish().as_ref(), &sealed.sha256[..]);
    println!(
        "{} bytes through encrypt and decrypt, SHA-256 equal, in {:.1} s",
        len,
        start.elapsed().as_secs_f64()
    );
}
