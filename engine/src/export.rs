//! Exports of the records in view: CSV with exactly the columns of `data/seizures.csv` (so an
//! export can be loaded again), and JSON with the same fields. Every citation column is kept.
//!
//! CSV cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or
//! a carriage return) are prefixed with an apostrophe, which spreadsheets show as text.

use crate::load::SEIZURE_COLUMNS;
use crate::model::Seizure;

/// The cells of one record, in the order of [`SEIZURE_COLUMNS`], written as the data files write them.
pub fn cells(s: &Seizure) -> Vec<String> {
    let join = |v: &[String]| v.join(";");
    let codes = |v: Vec<String>| v.join(";");
    vec![
        s.id.clone(),
        s.date.to_string(),
        s.country.to_string(),
        s.place.clone(),
        s.port.map(|p| p.to_string()).unwrap_or_default(),
        s.location_type.code().to_string(),
        s.drug.code().to_string(),
        s.quantity_kg.map(kg_cell).unwrap_or_default(),
        s.quantity_as_reported.clone(),
        s.concealment.clone(),
        s.cargo.clone(),
        s.vessel.clone(),
        codes(s.origin.countries.iter().map(ToString::to_string).collect()),
        s.origin.place.clone(),
        codes(s.origin.ports.iter().map(ToString::to_string).collect()),
        join(&s.transit),
        codes(s.transit_ports.iter().map(ToString::to_string).collect()),
        codes(
            s.destination
                .countries
                .iter()
                .map(ToString::to_string)
                .collect(),
        ),
        s.destination.place.clone(),
        codes(
            s.destination
                .ports
                .iter()
                .map(ToString::to_string)
                .collect(),
        ),
        codes(s.transit_points.iter().map(ToString::to_string).collect()),
        join(&s.groups),
        join(&s.agencies),
        s.summary.clone(),
        s.source.url.clone(),
        s.source.title.clone(),
        s.source.publisher.clone(),
        s.source.date.map(|d| d.to_string()).unwrap_or_default(),
        s.caveat.clone(),
        s.summary_es.clone(),
        s.concealment_es.clone(),
        s.cargo_es.clone(),
    ]
}

fn kg_cell(kg: f64) -> String {
    let s = format!("{kg}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// A cell a spreadsheet would evaluate is turned into text.
///
/// ```
/// use portolan_engine::export::neutralise;
/// assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
/// assert_eq!(neutralise("bananas"), "bananas");
/// ```
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

/// CSV of the records, header first, safe to open in a spreadsheet.
pub fn to_csv<'a>(records: impl IntoIterator<Item = &'a Seizure>) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to memory cannot fail.
    let _ = w.write_record(SEIZURE_COLUMNS);
    for s in records {
        let _ = w.write_record(cells(s).iter().map(|c| neutralise(c)));
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// JSON: an array of objects keyed by the column names, values as in the CSV (text).
pub fn to_json<'a>(records: impl IntoIterator<Item = &'a Seizure>) -> String {
    let rows: Vec<serde_json::Map<String, serde_json::Value>> = records
        .into_iter()
        .map(|s| {
            SEIZURE_COLUMNS
                .iter()
                .zip(cells(s))
                .map(|(k, v)| (k.to_string(), serde_json::Value::String(v)))
                .collect()
        })
        .collect();
    serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Dataset;
    use crate::load::load_seizures;

    #[test]
    fn an_export_loads_back_as_the_same_records() {
        let ds = Dataset::bundled();
        let csv = to_csv(&ds.seizures);
        let again = load_seizures(&csv, &ds.ports);
        assert!(again.problems.is_empty(), "{:?}", again.problems.first());
        assert_eq!(again.records, ds.seizures);
    }

    #[test]
    fn cells_that_look_like_formulas_load_back_as_they_were() {
        // Regression: a cell starting with `-` was exported as `'-…` and loaded back with the
        // apostrophe, so the record was no longer the same.
        let ds = Dataset::bundled();
        let mut s = ds.seizures[0].clone();
        s.id = "-minus-first".into();
        s.place = "-12 nautical miles off the coast".into();
        s.vessel = "@sea".into();
        s.summary = "=1+1 is not a formula here".into();
        s.concealment = "+ a false bottom".into();
        let csv = to_csv([&s]);
        assert!(csv.contains("'-minus-first") && csv.contains("'=1+1"));
        let again = load_seizures(&csv, &ds.ports);
        assert!(again.problems.is_empty(), "{:?}", again.problems);
        assert_eq!(again.records, vec![s]);
    }

    #[test]
    fn formulas_are_neutralised() {
        let ds = Dataset::bundled();
        let mut s = ds.seizures[0].clone();
        s.place = "=cmd|' /C calc'!A0".into();
        s.vessel = "@SUM(1+1)".into();
        s.summary = "+1".into();
        let csv = to_csv([&s]);
        assert!(csv.contains("'=cmd") && csv.contains("'@SUM") && csv.contains("'+1"));
        assert!(!csv.contains(",=cmd"));
    }
}
