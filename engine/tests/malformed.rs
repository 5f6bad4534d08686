//! Bad rows are normal input: each gives a problem naming its row, column and reason, and the
//! good rows around it still load.

use portolan_engine::dataset::bundled;
use portolan_engine::load::{self, load_ports, load_seizures, SEIZURE_COLUMNS};

/// A valid seizure row as a column → value map, to be spoiled one cell at a time.
fn good_row(id: &str) -> Vec<(&'static str, String)> {
    SEIZURE_COLUMNS
        .iter()
        .map(|&c| {
            let v = match c {
                "id" => id,
                "date" => "2022-06",
                "country" => "PE",
                "place" => "Callao",
                "port" => "PECLL",
                "location_type" => "port",
                "drug" => "cocaine",
                "quantity_kg" => "120.5",
                "summary" => "A test seizure.",
                "source_url" => "https://example.org/news",
                "source_title" => "Title",
                "source_publisher" => "Publisher",
                _ => "",
            };
            (c, v.to_string())
        })
        .collect()
}

fn csv_of(rows: &[Vec<(&'static str, String)>]) -> String {
    let mut w = csv::Writer::from_writer(vec![]);
    w.write_record(SEIZURE_COLUMNS).unwrap();
    for r in rows {
        w.write_record(r.iter().map(|(_, v)| v)).unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

fn spoiled(id: &str, column: &str, value: &str) -> Vec<(&'static str, String)> {
    let mut r = good_row(id);
    r.iter_mut().find(|(c, _)| *c == column).unwrap().1 = value.to_string();
    r
}

fn ports() -> Vec<portolan_engine::model::Port> {
    load_ports(bundled::PORTS_CSV).records
}

/// Loads good, bad, good and returns the one problem of the bad row (row 3).
fn single_problem(column: &str, value: &str) -> load::Problem {
    let text = csv_of(&[good_row("a"), spoiled("b", column, value), good_row("c")]);
    let loaded = load_seizures(&text, &ports());
    let ids: Vec<&str> = loaded.records.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["a", "c"], "the good rows load around the bad one");
    assert_eq!(loaded.problems.len(), 1, "{:?}", loaded.problems);
    let p = loaded.problems[0].clone();
    assert_eq!(p.row, 3, "{p}");
    p
}

#[test]
fn a_bad_date_is_named() {
    let p = single_problem("date", "2022-13");
    assert_eq!(p.column.as_deref(), Some("date"));
    assert!(p.reason.to_string().contains("2022-13"), "{p}");
    let p = single_problem("date", "June 2022");
    assert!(p.reason.to_string().contains("YYYY"), "{p}");
}

#[test]
fn an_unknown_locode_is_named() {
    let p = single_problem("port", "ZZZZZ");
    assert_eq!(p.column.as_deref(), Some("port"));
    assert!(
        p.reason.to_string().contains("ZZZZZ") && p.reason.to_string().contains("ports.csv"),
        "{p}"
    );
    let p = single_problem("destination_locodes", "NLRTM;XX1");
    assert!(p.reason.to_string().contains("XX1"), "{p}");
}

#[test]
fn a_negative_quantity_is_refused() {
    let p = single_problem("quantity_kg", "-5");
    assert_eq!(p.column.as_deref(), Some("quantity_kg"));
    assert!(p.reason.to_string().contains("negative"), "{p}");
    let p = single_problem("quantity_kg", "about 5");
    assert!(p.reason.to_string().contains("not a number"), "{p}");
}

#[test]
fn a_script_url_is_refused() {
    for url in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,x",
        "//evil.example",
        "ftp://x",
    ] {
        let p = single_problem("source_url", url);
        assert_eq!(p.column.as_deref(), Some("source_url"), "{url}");
        assert!(p.reason.to_string().contains("http"), "{p}");
    }
}

#[test]
fn a_missing_required_field_is_named() {
    let p = single_problem("summary", "");
    assert_eq!(p.column.as_deref(), Some("summary"));
    assert!(p.reason.to_string().contains("required"));
    let p = single_problem("drug", "heroin");
    assert!(p.reason.to_string().contains("heroin"));
}

#[test]
fn a_wrong_column_count_is_named() {
    let mut text = csv_of(&[good_row("a")]);
    text.push_str("b,2022\n");
    text.push_str(csv_of(&[good_row("c")]).lines().nth(1).unwrap());
    let loaded = load_seizures(&text, &ports());
    assert_eq!(loaded.records.len(), 2);
    assert_eq!(loaded.problems.len(), 1);
    assert_eq!(loaded.problems[0].row, 3);
    assert!(
        loaded.problems[0].reason.to_string().contains("2 cells"),
        "{}",
        loaded.problems[0]
    );
}

#[test]
fn a_duplicate_id_is_refused_after_the_first() {
    let text = csv_of(&[good_row("a"), good_row("a")]);
    let loaded = load_seizures(&text, &ports());
    assert_eq!(loaded.records.len(), 1);
    assert!(loaded.problems[0].reason.to_string().contains("twice"));
}

#[test]
fn every_problem_of_a_row_is_reported() {
    let mut row = spoiled("b", "date", "2022-02-30");
    row.iter_mut().find(|(c, _)| *c == "country").unwrap().1 = "Peru".into();
    let loaded = load_seizures(&csv_of(&[row]), &ports());
    let columns: Vec<_> = loaded
        .problems
        .iter()
        .filter_map(|p| p.column.clone())
        .collect();
    assert_eq!(columns, ["date", "country"]);
}

#[test]
fn a_file_without_required_columns_says_which() {
    let loaded = load_seizures("id,date\na,2020\n", &ports());
    assert!(loaded.records.is_empty());
    assert_eq!(loaded.problems.len(), 1);
    assert!(
        loaded.problems[0].reason.to_string().contains("country"),
        "{}",
        loaded.problems[0]
    );
}

#[test]
fn garbage_never_panics() {
    for text in [
        "",
        "\u{feff}",
        "\"",
        "a,b\n\"unterminated",
        "\0\0\0",
        "id\n\n\n",
        "ü,ß\n1,2,3,4",
    ] {
        let _ = load_seizures(text, &ports());
        let _ = load_ports(text);
    }
}

#[test]
fn an_enormous_field_is_refused_not_truncated() {
    let p = single_problem("summary", &"x".repeat(load::MAX_FIELD_CHARS + 1));
    assert!(p.reason.to_string().contains("longer than"), "{p}");
}
