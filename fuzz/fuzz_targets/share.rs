#![no_main]
//! Fuzz target: see `parcours_core::fuzzing::share`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    parcours_core::fuzzing::share(data);
});
