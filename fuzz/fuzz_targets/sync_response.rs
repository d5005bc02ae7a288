#![no_main]
//! Fuzz target: see `parcours_core::fuzzing::sync_response`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    parcours_core::fuzzing::sync_response(data);
});
