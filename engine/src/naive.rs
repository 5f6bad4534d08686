//! The same summary as [`crate::query::Engine`], computed the plain way: iterate over a `Vec` of
//! records with [`Filter::matches`]. It is the oracle the columnar engine is tested against and
//! the baseline its benchmark is compared with, so it shares no code with `query.rs` or
//! `store.rs`: only the result types, and the rules every part follows (filter semantics in
//! `filter.rs`, journeys in `journey.rs`, grams).

use crate::bitset::Bitset;
use crate::filter::{place_keys, point_keys, same_group, CargoKind, Dim, Filter, Place};
use crate::journey::{Journey, Positions, RoutePoints};
use crate::model::Seizure;
use crate::query::{
    Facet, FacetCount, FacetValue, LegTotal, PlaceTotal, Summary, Total, FACET_DIMS,
};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

fn grams(kg: Option<f64>) -> Option<i64> {
    kg.map(crate::filter::grams)
}

fn add(t: &mut Total, g: Option<i64>) {
    t.count += 1;
    match g {
        Some(g) => t.grams += g,
        None => t.without_quantity += 1,
    }
}

/// The values a record has for a facet dimension (each once).
/// A group is named as it is first written in the records; other spellings count under it.
fn group_names(records: &[Seizure]) -> HashMap<String, String> {
    let mut names = HashMap::new();
    for g in records.iter().flat_map(|s| &s.groups) {
        names.entry(g.to_lowercase()).or_insert_with(|| g.clone());
    }
    names
}

fn facet_values(dim: Dim, s: &Seizure, group_names: &HashMap<String, String>) -> Vec<FacetValue> {
    let places = |keys: Vec<Place>| keys.into_iter().map(FacetValue::Place).collect();
    match dim {
        Dim::Country => vec![FacetValue::Country(s.country)],
        Dim::Port => s
            .port
            .map(|p| FacetValue::Place(Place::Port(p)))
            .into_iter()
            .collect(),
        Dim::Origin => places(place_keys(&s.origin.countries, &s.origin.ports)),
        Dim::Dest => places(place_keys(&s.destination.countries, &s.destination.ports)),
        Dim::Via => places(point_keys(&s.transit_points)),
        Dim::Drug => vec![FacetValue::Drug(s.drug)],
        Dim::Cargo => vec![FacetValue::Cargo(CargoKind::of(&s.cargo))],
        Dim::Group => {
            let mut seen: Vec<String> = Vec::new();
            for g in &s.groups {
                if !seen.iter().any(|x| same_group(x, g)) {
                    seen.push(g.clone());
                }
            }
            seen.into_iter()
                .map(|g| {
                    FacetValue::Group(group_names.get(&g.to_lowercase()).cloned().unwrap_or(g))
                })
                .collect()
        }
        _ => Vec::new(),
    }
}

/// The values a filter selects in one dimension, as facet values.
fn chosen_values(dim: Dim, f: &Filter) -> Vec<FacetValue> {
    let places = |v: &[Place]| v.iter().map(|&p| FacetValue::Place(p)).collect();
    match dim {
        Dim::Country => f
            .countries
            .iter()
            .map(|&c| FacetValue::Country(c))
            .collect(),
        Dim::Port => f
            .ports
            .iter()
            .map(|&l| FacetValue::Place(Place::Port(l)))
            .collect(),
        Dim::Origin => places(&f.origins),
        Dim::Dest => places(&f.destinations),
        Dim::Via => places(&f.via),
        Dim::Drug => f.drugs.iter().map(|&d| FacetValue::Drug(d)).collect(),
        Dim::Cargo => f.cargo.iter().map(|&k| FacetValue::Cargo(k)).collect(),
        Dim::Group => f.groups.iter().cloned().map(FacetValue::Group).collect(),
        _ => Vec::new(),
    }
}

/// Group names are one value whatever their case.
fn same(a: &FacetValue, b: &FacetValue) -> bool {
    match (a, b) {
        (FacetValue::Group(x), FacetValue::Group(y)) => same_group(x, y),
        _ => a == b,
    }
}

/// The documented order of places and legs: heaviest first, then most seizures, then by key.
fn heaviest_first<T, K: Ord>(items: &mut [T], total: impl Fn(&T) -> Total, key: impl Fn(&T) -> K) {
    items.sort_by(|a, b| {
        total(b)
            .grams
            .cmp(&total(a).grams)
            .then(total(b).count.cmp(&total(a).count))
            .then(key(a).cmp(&key(b)))
    });
}

/// `positions` place each record's seizure on its journey, as the store does.
pub fn summarise(records: &[Seizure], filter: &Filter, positions: &Positions) -> Summary {
    let selected: Vec<&Seizure> = records.iter().filter(|s| filter.matches(s)).collect();
    let selection = Bitset::from_fn(records.len(), |i| filter.matches(&records[i]));
    let mut total = Total::default();
    for s in &selected {
        add(&mut total, grams(s.quantity_kg));
    }

    let names = group_names(records);
    let facets = FACET_DIMS
        .iter()
        .map(|&dim| {
            let others = filter.without(dim);
            let mut counts: BTreeMap<FacetValue, u32> = BTreeMap::new();
            for s in records.iter().filter(|s| others.matches(s)) {
                for v in facet_values(dim, s, &names) {
                    *counts.entry(v).or_default() += 1;
                }
            }
            let chosen = chosen_values(dim, filter);
            let mut values: Vec<FacetCount> = counts
                .into_iter()
                .map(|(value, count)| FacetCount {
                    selected: chosen.iter().any(|c| same(c, &value)),
                    value,
                    count,
                })
                .collect();
            for c in chosen {
                if !values.iter().any(|v| same(&v.value, &c)) {
                    values.push(FacetCount {
                        value: c,
                        count: 0,
                        selected: true,
                    });
                }
            }
            values.sort_by(|a, b| b.count.cmp(&a.count).then(a.value.cmp(&b.value)));
            Facet { dim, values }
        })
        .collect();

    let mut places: BTreeMap<Place, Total> = BTreeMap::new();
    let mut legs: BTreeMap<(Place, Place, bool), Total> = BTreeMap::new();
    for s in &selected {
        let g = grams(s.quantity_kg);
        add(
            places
                .entry(s.port.map(Place::Port).unwrap_or(Place::Country(s.country)))
                .or_default(),
            g,
        );
        let mut counted = Vec::new();
        for leg in Journey::of(&RoutePoints::of(s), positions).legs() {
            let key = (leg.from, leg.to, leg.travelled);
            if !counted.contains(&key) {
                counted.push(key);
                add(legs.entry(key).or_default(), g);
            }
        }
    }
    let mut places: Vec<PlaceTotal> = places
        .into_iter()
        .map(|(place, total)| PlaceTotal { place, total })
        .collect();
    heaviest_first(&mut places, |p| p.total, |p| p.place);
    let mut legs: Vec<LegTotal> = legs
        .into_iter()
        .map(|((from, to, travelled), total)| LegTotal {
            from,
            to,
            travelled,
            total,
        })
        .collect();
    // Between equal legs, travelled before planned.
    heaviest_first(&mut legs, |l| l.total, |l| (l.from, l.to, !l.travelled));

    let undated = filter.without(Dim::Date);
    let mut years: BTreeMap<i32, Total> = BTreeMap::new();
    let mut months: BTreeMap<i32, Total> = BTreeMap::new();
    for s in records.iter().filter(|s| undated.matches(s)) {
        let g = grams(s.quantity_kg);
        add(years.entry(s.date.year()).or_default(), g);
        if let Some(m) = s.date.month() {
            add(
                months
                    .entry(s.date.year() * 12 + i32::from(m) - 1)
                    .or_default(),
                g,
            );
        }
    }

    Summary {
        selection: Arc::new(selection),
        total,
        facets,
        places,
        legs,
        years: years.into_iter().collect(),
        months: months.into_iter().collect(),
    }
}
