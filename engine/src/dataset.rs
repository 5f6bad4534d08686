//! The loaded dataset: ports, seizures, ports' reported figures and what the data says of itself.

use crate::codes::Country;
use crate::codes::Locode;
use crate::date::PartialDate;
use crate::load::{self, Problem};
use crate::model::{Port, PortStat, Seizure};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

/// The bundled files, embedded at build time and read by the same loader as a reader's own file.
pub mod bundled {
    pub const SEIZURES_CSV: &str = include_str!("../../data/seizures.csv");
    pub const PORTS_CSV: &str = include_str!("../../data/ports.csv");
    pub const PORT_STATS_CSV: &str = include_str!("../../data/port_stats.csv");
    pub const DATASET_JSON: &str = include_str!("../../data/dataset.json");
}

/// What `data/dataset.json` says: the version links are made against, and the as-of date.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Meta {
    pub title: String,
    pub version: String,
    /// When the records were last compiled, at the precision known.
    #[serde(deserialize_with = "partial_date")]
    pub as_of: PartialDate,
}

fn partial_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<PartialDate, D::Error> {
    let s = String::deserialize(d)?;
    s.parse().map_err(serde::de::Error::custom)
}

/// What the records cover.
#[derive(Clone, Debug, PartialEq)]
pub struct Coverage {
    /// Records per year, in time order.
    pub years: Vec<(i32, usize)>,
    /// Records per country of seizure, most first.
    pub countries: Vec<(Country, usize)>,
    pub publishers: usize,
}

/// A problem found in one of the dataset's files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileProblem {
    pub file: &'static str,
    pub problem: Problem,
}

impl std::fmt::Display for FileProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.problem)
    }
}

#[derive(Clone, Debug)]
pub struct Dataset {
    pub meta: Meta,
    pub ports: Vec<Port>,
    pub seizures: Vec<Seizure>,
    pub port_stats: Vec<PortStat>,
    /// Everything the loader refused; the good records above are still usable.
    pub problems: Vec<FileProblem>,
    port_index: HashMap<Locode, usize>,
}

impl Dataset {
    /// Reads the four files; never fails, problems are collected.
    pub fn from_files(
        meta_json: &str,
        ports_csv: &str,
        seizures_csv: &str,
        stats_csv: &str,
    ) -> Self {
        let mut problems = Vec::new();
        let mut note = |file: &'static str, found: Vec<Problem>| {
            problems.extend(
                found
                    .into_iter()
                    .map(|problem| FileProblem { file, problem }),
            );
        };
        let meta = match serde_json::from_str::<Meta>(meta_json) {
            Ok(m) => m,
            Err(e) => {
                note(
                    "dataset.json",
                    vec![Problem {
                        row: 0,
                        column: None,
                        reason: crate::reason::Reason::NotJson(e.to_string()),
                    }],
                );
                Meta {
                    title: "Portolan".into(),
                    version: "unknown".into(),
                    as_of: PartialDate::year_only(1970),
                }
            }
        };
        let ports = load::load_ports(ports_csv);
        note("ports.csv", ports.problems);
        let seizures = load::load_seizures(seizures_csv, &ports.records);
        note("seizures.csv", seizures.problems);
        let stats = load::load_port_stats(stats_csv, &ports.records);
        note("port_stats.csv", stats.problems);
        let port_index = ports
            .records
            .iter()
            .enumerate()
            .map(|(i, p)| (p.locode, i))
            .collect();
        Dataset {
            meta,
            ports: ports.records,
            seizures: seizures.records,
            port_stats: stats.records,
            problems,
            port_index,
        }
    }

    /// The dataset shipped with the app.
    pub fn bundled() -> Self {
        use bundled::*;
        Self::from_files(DATASET_JSON, PORTS_CSV, SEIZURES_CSV, PORT_STATS_CSV)
    }

    /// Records per year and per country of seizure (most first), and how many publishers: so that
    /// "no record" is not read as "no trafficking".
    pub fn coverage(&self) -> Coverage {
        let mut years: BTreeMap<i32, usize> = BTreeMap::new();
        let mut countries: BTreeMap<Country, usize> = BTreeMap::new();
        for s in &self.seizures {
            *years.entry(s.date.year()).or_default() += 1;
            *countries.entry(s.country).or_default() += 1;
        }
        let mut countries: Vec<(Country, usize)> = countries.into_iter().collect();
        countries.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        Coverage {
            years: years.into_iter().collect(),
            countries,
            publishers: crate::cite::publishers(&self.seizures).len(),
        }
    }

    /// Where the ports and countries are, for placing seizures on journeys.
    pub fn positions(&self) -> crate::journey::Positions {
        crate::journey::Positions::from_ports(&self.ports)
    }

    pub fn port(&self, code: Locode) -> Option<&Port> {
        self.port_index.get(&code).map(|&i| &self.ports[i])
    }
}
