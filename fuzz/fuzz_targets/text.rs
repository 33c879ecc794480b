//! The plain, Markdown and HTML readers on any string: the document invariants hold.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for doc in whosaid_fuzz::read_all(text) {
        assert_eq!(doc.text, text, "the text is kept as read");
        whosaid_fuzz::check_document(&doc);
    }
});
