#![no_main]
//! Fuzz target: see `parcours_core::fuzzing::doc_header`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    parcours_core::fuzzing::doc_header(data);
});
