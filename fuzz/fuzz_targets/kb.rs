//! The knowledge-base loader on any string, alone and over the builtin knowledge base: no
//! panic, and every error has a position (line and column from 1).
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid_kb::Kb;

fuzz_target!(|text: &str| {
    let mut empty = Kb::empty();
    let mut builtin = Kb::with_builtin();
    for kb in [&mut empty, &mut builtin] {
        if let Err(errors) = kb.load_str_all(text, "fuzz.toml") {
            assert!(!errors.is_empty(), "an error result with no error");
            for e in errors {
                assert!(
                    e.line >= 1 && e.column >= 1,
                    "error without a position: {e:?}"
                );
                assert_eq!(e.origin, "fuzz.toml");
            }
        }
        // Lookups on whatever was loaded stay total.
        let _ = kb.find("Vance");
        let _ = kb.find(text.get(..text.len().min(64)).unwrap_or(""));
    }
});
