//! Every text the interface shows through `t("…")` or `tf("…")` has its Spanish.

use std::fs;
use std::path::Path;

fn sources(dir: &Path, out: &mut Vec<String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n.rs") {
            out.push(fs::read_to_string(&path).unwrap());
        }
    }
}

/// The string literals passed to `t(` and `tf(` (and the nouns of `fmt::count`).
fn texts(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    for opener in ["t(\"", "tf(\"", "tf(\n"] {
        let mut rest = code;
        while let Some(i) = rest.find(opener) {
            let before = rest[..i].chars().last();
            rest = &rest[i + opener.len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let start = if opener.ends_with('\n') {
                match rest.find('"') {
                    Some(q) => q + 1,
                    None => continue,
                }
            } else {
                0
            };
            let body = &rest[start..];
            let mut end = 0;
            let bytes = body.as_bytes();
            while end < bytes.len() && bytes[end] != b'"' {
                end += if bytes[end] == b'\\' { 2 } else { 1 };
            }
            found.push(body[..end].replace("\\\"", "\""));
        }
    }
    found
}

#[test]
fn every_interface_text_has_its_spanish() {
    let mut files = Vec::new();
    sources(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut files,
    );
    let mut missing = Vec::new();
    let mut checked = 0;
    for code in &files {
        for text in texts(code) {
            checked += 1;
            match portolan::i18n::spanish(&text) {
                None if !text.is_empty() => missing.push(text),
                // A text with holes must keep every hole, or a value would go missing.
                Some(es) if es.matches("{}").count() != text.matches("{}").count() => {
                    missing.push(format!("{text} (holes differ: {es})"));
                }
                _ => {}
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(
        checked > 150,
        "only {checked} texts found: the scan is broken"
    );
    assert!(
        missing.is_empty(),
        "no Spanish for:\n{}",
        missing.join("\n")
    );
}
