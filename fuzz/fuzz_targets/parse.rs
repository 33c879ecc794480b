//! The parser over the three readers: every span it returns is inside the text, on char
//! boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for doc in whosaid_fuzz::read_all(text) {
        let parsed = whosaid_parse::parse(&doc);
        whosaid_fuzz::check_parsed(&doc, &parsed);
    }
});
