#![no_main]
//! Fuzz target: see `parcours_core::fuzzing::export_zip`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    parcours_core::fuzzing::export_zip(data);
});
