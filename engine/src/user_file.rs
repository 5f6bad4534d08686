//! A reader's own file: checked before it is read (size, text encoding, format), then read by the
//! same loader as the bundled data. The file never leaves the browser tab.

use crate::load::SEIZURE_COLUMNS;
use crate::reason::Reason;

/// Largest file accepted: 200 MB (about 500,000 rows of the bundled data's width).
pub const MAX_FILE_BYTES: usize = 200 * 1024 * 1024;

/// The file's content as CSV text, or the reason it cannot be read.
///
/// ```
/// use portolan_engine::user_file::prepare;
/// assert!(prepare("x.csv", vec![0xff, 0xfe, 0x00]).is_err());
/// assert!(prepare("x.csv", b"id,date\n".to_vec()).is_ok());
/// ```
pub fn prepare(name: &str, bytes: Vec<u8>) -> Result<Vec<u8>, Reason> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Reason::FileTooBig {
            size_mb: bytes.len() / 1_000_000,
            max_mb: MAX_FILE_BYTES / 1_000_000,
        });
    }
    if bytes.is_empty() {
        return Err(Reason::EmptyFile);
    }
    if bytes.contains(&0) {
        return Err(Reason::NotText);
    }
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t,
        Err(e) => return Err(Reason::NotUtf8(e.valid_up_to())),
    };
    let looks_json = name.to_ascii_lowercase().ends_with(".json")
        || text
            .trim_start_matches('\u{feff}')
            .trim_start()
            .starts_with('[');
    if looks_json {
        return json_to_csv(text).map(String::into_bytes);
    }
    Ok(bytes)
}

/// A JSON array of objects keyed by the column names, turned into CSV rows for the loader.
/// Numbers become text; `null` is empty; lists are joined with `;`.
pub fn json_to_csv(text: &str) -> Result<String, Reason> {
    let value: serde_json::Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| Reason::NotJson(e.to_string()))?;
    let items = value.as_array().ok_or(Reason::JsonNotList)?;
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(SEIZURE_COLUMNS);
    for item in items {
        let object = item.as_object();
        let cells: Vec<String> = SEIZURE_COLUMNS
            .iter()
            .map(|c| match object.and_then(|o| o.get(*c)) {
                None | Some(serde_json::Value::Null) => String::new(),
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(serde_json::Value::Array(a)) => a
                    .iter()
                    .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                    .collect::<Vec<_>>()
                    .join(";"),
                Some(other) => other.to_string(),
            })
            .collect();
        // An item that is not an object has every cell empty: the loader names what is missing.
        let _ = w.write_record(&cells);
    }
    let bytes = w.into_inner().map_err(|e| Reason::NotCsv(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| Reason::NotCsv(e.to_string()))
}

/// A file to fill in: the header of every column, in order.
pub fn template_csv() -> String {
    format!("{}\r\n", SEIZURE_COLUMNS.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Dataset;
    use crate::export::{to_csv, to_json};
    use crate::load::seizure_rows;

    fn load(
        name: &str,
        bytes: Vec<u8>,
    ) -> Result<crate::load::Loaded<crate::model::Seizure>, Reason> {
        let ports = Dataset::bundled().ports;
        let csv = prepare(name, bytes)?;
        let mut rows = seizure_rows(csv, &ports);
        while !rows.step(100) {}
        Ok(rows.finish())
    }

    #[test]
    fn csv_and_json_exports_load_back() {
        let ds = Dataset::bundled();
        let from_csv = load("mine.csv", to_csv(&ds.seizures).into_bytes()).unwrap();
        assert_eq!(from_csv.records, ds.seizures);
        let from_json = load("mine.json", to_json(&ds.seizures).into_bytes()).unwrap();
        assert!(
            from_json.problems.is_empty(),
            "{:?}",
            from_json.problems.first()
        );
        assert_eq!(from_json.records, ds.seizures);
    }

    #[test]
    fn hostile_content_stays_text_or_is_refused() {
        let ds = Dataset::bundled();
        let mut evil = ds.seizures[0].clone();
        evil.id = "evil-1".into();
        evil.summary = "<script>alert(1)</script><img src=x onerror=alert(2)>".into();
        let mut link = ds.seizures[1].clone();
        link.id = "evil-2".into();
        link.source.url = "javascript:alert(3)".into();
        let mut huge = ds.seizures[2].clone();
        huge.id = "evil-3".into();
        huge.place = "x".repeat(50_000);
        let loaded = load("evil.csv", to_csv([&evil, &link, &huge]).into_bytes()).unwrap();
        // The script is kept as the text it is; the link and the enormous field are refused.
        assert_eq!(loaded.records.len(), 1);
        assert_eq!(loaded.records[0].summary, evil.summary);
        let reasons: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
        assert!(
            reasons
                .iter()
                .any(|r| r.contains("row 3") && r.contains("source_url")),
            "{reasons:?}"
        );
        assert!(
            reasons
                .iter()
                .any(|r| r.contains("row 4") && r.contains("longer than")),
            "{reasons:?}"
        );
    }

    #[test]
    fn wrong_encodings_and_binary_files_are_refused_with_a_reason() {
        let latin1 = b"id,date,country\nabc,2020,PE,Per\xfa\n".to_vec();
        assert_eq!(prepare("x.csv", latin1).unwrap_err(), Reason::NotUtf8(31));
        assert_eq!(
            prepare("x.xlsx", b"PK\x03\x04\x00\x00".to_vec()).unwrap_err(),
            Reason::NotText
        );
        assert_eq!(
            prepare("x.json", br#"{"a": 1}"#.to_vec()).unwrap_err(),
            Reason::JsonNotList
        );
        assert_eq!(prepare("x.csv", vec![]).unwrap_err(), Reason::EmptyFile);
        // Refusal reasons read in Spanish too.
        let es = Reason::NotText.text(crate::link::Lang::Es);
        assert!(es.starts_with("no es un archivo de texto"), "{es}");
    }
}
