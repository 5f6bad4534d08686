//! A citation of the view: the filters in words, the dataset's version and date, the link, and
//! the sources behind the records in view.

use crate::codes::Locode;
use crate::dataset::Meta;
use crate::display::{cargo_en, count_en, date_en, kg_en};
use crate::filter::{Filter, Place};
use crate::model::Seizure;

fn place_en(p: &Place, port_name: &dyn Fn(Locode) -> String) -> String {
    match p {
        Place::Country(c) => c.name_en(),
        Place::Port(l) => port_name(*l),
    }
}

fn or_list(items: Vec<String>) -> String {
    match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        n => format!("{} or {}", items[..n - 1].join(", "), items[n - 1]),
    }
}

/// The filter in words: "seized in Peru or Ecuador, from 2020, bound for the Netherlands".
///
/// ```
/// use portolan_engine::{cite::describe_en, link::decode};
/// let f = decode("country=PE,EC&from=2020&dest=NL").link.filter;
/// assert_eq!(describe_en(&f, &|l| l.to_string()), "seized in Ecuador or Peru; from 2020; bound for Netherlands");
/// ```
pub fn describe_en(f: &Filter, port_name: &dyn Fn(Locode) -> String) -> String {
    let places = |v: &[Place]| or_list(v.iter().map(|p| place_en(p, port_name)).collect());
    let mut parts = Vec::new();
    if !f.countries.is_empty() {
        parts.push(format!(
            "seized in {}",
            or_list(f.countries.iter().map(|c| c.name_en()).collect())
        ));
    }
    if !f.ports.is_empty() {
        parts.push(format!(
            "at the port of {}",
            or_list(f.ports.iter().map(|l| port_name(*l)).collect())
        ));
    }
    match (f.from, f.to) {
        (Some(a), Some(b)) => parts.push(format!("from {} to {}", date_en(a), date_en(b))),
        (Some(a), None) => parts.push(format!("from {}", date_en(a))),
        (None, Some(b)) => parts.push(format!("up to {}", date_en(b))),
        (None, None) => {}
    }
    if !f.origins.is_empty() {
        parts.push(format!("coming from {}", places(&f.origins)));
    }
    if !f.via.is_empty() {
        parts.push(format!("via {}", places(&f.via)));
    }
    if !f.destinations.is_empty() {
        parts.push(format!("bound for {}", places(&f.destinations)));
    }
    if !f.drugs.is_empty() {
        parts.push(or_list(
            f.drugs.iter().map(|d| d.code().to_string()).collect(),
        ));
    }
    if !f.cargo.is_empty() {
        parts.push(format!(
            "cargo: {}",
            or_list(
                f.cargo
                    .iter()
                    .map(|k| cargo_en(*k).to_lowercase())
                    .collect()
            )
        ));
    }
    if let Some(r) = f.kg {
        parts.push(match (r.min, r.max) {
            (Some(a), Some(b)) => format!("{} to {}", kg_en(a), kg_en(b)),
            (Some(a), None) => format!("at least {}", kg_en(a)),
            (None, Some(b)) => format!("at most {}", kg_en(b)),
            (None, None) => String::new(),
        });
    }
    if let Some(q) = &f.q {
        parts.push(format!("mentioning “{q}”"));
    }
    if !f.groups.is_empty() {
        parts.push(format!("naming {}", or_list(f.groups.clone())));
    }
    if parts.is_empty() {
        "all seizures".into()
    } else {
        parts.join("; ")
    }
}

/// What a citation of a view is made of.
pub struct ViewCitation<'a> {
    pub meta: &'a Meta,
    pub filter: &'a Filter,
    /// The view's link.
    pub url: &'a str,
    pub count: usize,
    pub kg: f64,
    /// The records in view: their publishers are named.
    pub records: &'a [Seizure],
    /// The day it is made, `YYYY-MM-DD`.
    pub today: &'a str,
}

/// A ready citation of the view.
pub fn citation_en(c: &ViewCitation<'_>, port_name: &dyn Fn(Locode) -> String) -> String {
    let mut publishers: Vec<&str> = c
        .records
        .iter()
        .map(|s| s.source.publisher.as_str())
        .collect();
    publishers.sort_unstable();
    publishers.dedup();
    let shown: Vec<&str> = publishers.iter().take(12).copied().collect();
    let more = publishers.len().saturating_sub(shown.len());
    format!(
        "Portolan, “Maritime cocaine seizures: {}” ({}, {}), dataset version {} (data as of {}). {} Accessed {}. Based on reports by {}{}.",
        describe_en(c.filter, port_name),
        count_en(c.count, "seizure", "seizures"),
        kg_en(c.kg),
        c.meta.version,
        date_en(c.meta.as_of),
        c.url,
        c.today,
        shown.join(", "),
        if more > 0 { format!(" and {more} other publishers") } else { String::new() },
    )
}
