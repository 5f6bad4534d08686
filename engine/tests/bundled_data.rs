//! Validation of the bundled dataset: every rule the loader enforces holds for every row of
//! `data/`, and the loader agrees with an independent count of the raw files.

use portolan_engine::dataset::{bundled, Dataset};
use portolan_engine::date::Precision;
use portolan_engine::load;
use std::collections::HashSet;

/// Record rows in a CSV file, counted by the csv crate directly (not by our loader).
fn raw_rows(text: &str) -> Vec<csv::StringRecord> {
    csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("bundled CSV is well-formed"))
        .collect()
}

#[test]
fn the_bundled_files_load_without_a_single_problem() {
    let ds = Dataset::bundled();
    let problems: Vec<String> = ds.problems.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "problems in data/:\n{}",
        problems.join("\n")
    );
    assert_eq!(ds.seizures.len(), raw_rows(bundled::SEIZURES_CSV).len());
    assert_eq!(ds.ports.len(), raw_rows(bundled::PORTS_CSV).len());
    assert_eq!(ds.port_stats.len(), raw_rows(bundled::PORT_STATS_CSV).len());
}

#[test]
fn ids_are_unique() {
    let ds = Dataset::bundled();
    let ids: HashSet<&str> = ds.seizures.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids.len(), ds.seizures.len());
}

#[test]
fn partial_dates_stay_partial() {
    let ds = Dataset::bundled();
    let raw = raw_rows(bundled::SEIZURES_CSV);
    for (s, r) in ds.seizures.iter().zip(&raw) {
        let written = &r[1];
        assert_eq!(s.date.to_string(), written, "{}", s.id);
        let expected = match written.len() {
            4 => Precision::Year,
            7 => Precision::Month,
            _ => Precision::Day,
        };
        assert_eq!(s.date.precision(), expected, "{}", s.id);
    }
    // The data really has all three precisions, so the test above exercises each.
    let kinds: HashSet<Precision> = ds.seizures.iter().map(|s| s.date.precision()).collect();
    assert_eq!(kinds.len(), 3);
}

#[test]
fn every_locode_resolves_to_a_port() {
    let ds = Dataset::bundled();
    for s in &ds.seizures {
        let codes = s
            .port
            .iter()
            .chain(&s.origin.ports)
            .chain(&s.transit_ports)
            .chain(&s.destination.ports);
        for code in codes {
            assert!(ds.port(*code).is_some(), "{}: {code}", s.id);
        }
    }
    for st in &ds.port_stats {
        if let Some(code) = st.locode {
            assert!(ds.port(code).is_some(), "{}: {code}", st.port);
        }
    }
}

#[test]
fn coordinates_quantities_and_sources_are_in_range() {
    let ds = Dataset::bundled();
    for p in &ds.ports {
        assert!(
            (-90.0..=90.0).contains(&p.lat) && (-180.0..=180.0).contains(&p.lon),
            "{}",
            p.locode
        );
    }
    for s in &ds.seizures {
        assert!(s.quantity_kg.is_none_or(|kg| kg >= 0.0), "{}", s.id);
        assert!(load::is_web_url(&s.source.url), "{}", s.id);
        // A title may be missing (the source is then shown by its address), a publisher never.
        assert!(!s.source.publisher.is_empty(), "{}", s.id);
        assert!(!s.source.label().is_empty(), "{}", s.id);
    }
    for st in &ds.port_stats {
        assert!(st.quantity_kg >= 0.0 && load::is_web_url(&st.source.url));
    }
}

#[test]
fn a_missing_quantity_stays_missing() {
    let ds = Dataset::bundled();
    let raw = raw_rows(bundled::SEIZURES_CSV);
    let empty_in_file = raw.iter().filter(|r| r[7].trim().is_empty()).count();
    let none_loaded = ds
        .seizures
        .iter()
        .filter(|s| s.quantity_kg.is_none())
        .count();
    assert!(empty_in_file > 0);
    assert_eq!(none_loaded, empty_in_file);
}

#[test]
fn the_dataset_says_its_version_and_as_of_date() {
    let ds = Dataset::bundled();
    assert!(!ds.meta.version.is_empty() && ds.meta.version != "unknown");
    assert!(ds.meta.as_of.year() >= 2026);
}

#[test]
fn every_country_in_the_data_has_a_name_in_both_languages() {
    let ds = Dataset::bundled();
    let mut codes: Vec<_> = ds.seizures.iter().map(|s| s.country).collect();
    for s in &ds.seizures {
        codes.extend(s.origin.countries.iter().chain(&s.destination.countries));
    }
    codes.extend(ds.ports.iter().map(|p| p.country));
    codes.extend(ds.port_stats.iter().flat_map(|s| s.countries.clone()));
    for c in codes {
        assert!(c.names().is_some(), "{c} has no name");
    }
}

#[test]
fn coverage_counts_every_record_once() {
    let ds = Dataset::bundled();
    let c = ds.coverage();
    assert_eq!(
        c.years.iter().map(|y| y.1).sum::<usize>(),
        ds.seizures.len()
    );
    assert_eq!(
        c.countries.iter().map(|y| y.1).sum::<usize>(),
        ds.seizures.len()
    );
    assert!(c.countries.windows(2).all(|w| w[0].1 >= w[1].1));
    assert!(c.publishers > 0 && c.publishers <= ds.seizures.len());
}
