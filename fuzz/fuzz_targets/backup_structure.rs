#![no_main]
//! Fuzz target: see `parcours_core::fuzzing::backup_structure`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    parcours_core::fuzzing::backup_structure(data);
});
