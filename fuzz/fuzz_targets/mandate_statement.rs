#![no_main]
//! Fuzz target: see `parcours_core::fuzzing::mandate_statement`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    parcours_core::fuzzing::mandate_statement(data);
});
