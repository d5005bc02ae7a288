#![no_main]
//! Fuzz target: see `parcours_core::fuzzing::key_file`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    parcours_core::fuzzing::key_file(data);
});
