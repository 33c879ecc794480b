//! Input formats to prose (STUB: being written).
use whosaid_core::{Document, Format, Metadata};

/// Reads `text` as `format`.
pub fn read(text: String, format: Format) -> Document {
    let _ = format;
    Document {
        text,
        masked: None,
        format: Format::Plain,
        metadata: Metadata::default(),
        paragraphs: vec![],
        sentences: vec![],
    }
}
