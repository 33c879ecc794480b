//! Checks shared by the robustness tests of the whole analysis.

// Each test binary uses only some of these helpers.
#![allow(dead_code)]

use serde_json::Value;
use whosaid_analysis::Article;

/// Every `{"start", "end", ...}` object in `value` is a span of `text`: in order, inside it, on
/// char boundaries, and its `text` (when it has one) is the slice it covers. Returns how many
/// spans it checked.
pub fn check_json_spans(text: &str, value: &Value) -> Result<usize, String> {
    let mut checked = 0;
    walk(text, value, &mut checked)?;
    Ok(checked)
}

fn walk(text: &str, value: &Value, checked: &mut usize) -> Result<(), String> {
    match value {
        Value::Object(map) => {
            if let (Some(start), Some(end)) = (
                map.get("start").and_then(Value::as_u64),
                map.get("end").and_then(Value::as_u64),
            ) {
                let (start, end) = (start as usize, end as usize);
                if start > end || end > text.len() {
                    return Err(format!(
                        "span {start}..{end} outside the text ({})",
                        text.len()
                    ));
                }
                if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                    return Err(format!("span {start}..{end} not on char boundaries"));
                }
                if let Some(covered) = map.get("text").and_then(Value::as_str) {
                    if covered != &text[start..end] {
                        return Err(format!(
                            "span {start}..{end} has text {covered:?}, the slice is {:?}",
                            &text[start..end]
                        ));
                    }
                }
                *checked += 1;
            }
            for v in map.values() {
                walk(text, v, checked)?;
            }
        }
        Value::Array(items) => {
            for v in items {
                walk(text, v, checked)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// The article's report as a JSON value, its spans checked.
pub fn checked_report(article: &Article) -> Result<Value, String> {
    let json = serde_json::to_value(article).map_err(|e| e.to_string())?;
    check_json_spans(&article.doc.text, &json)?;
    Ok(json)
}
