//! The configuration parser on any string: no panic, errors name the file and have positions
//! that are inside the text.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use whosaid_config::Settings;

fuzz_target!(|text: &str| {
    let path = Path::new("dir/whosaid.toml");
    match Settings::parse(text, path) {
        Ok(settings) => {
            let _ = settings.to_toml();
            let _ = settings.rules_for(Path::new("dir/a.md"));
            let _ = settings.is_excluded(Path::new("dir/a.md"));
        }
        Err(err) => {
            assert_eq!(err.path, path);
            assert!(!err.problems.is_empty(), "an error with no problem");
            let lines = text.split('\n').count();
            for p in &err.problems {
                if let Some((line, column)) = p.position {
                    assert!(line >= 1 && column >= 1, "position {line}:{column}");
                    assert!(line <= lines, "line {line} past the end ({lines} lines)");
                }
            }
            let _ = err.lines().count();
        }
    }
});
