//! The same summary as [`crate::query::Engine`], computed the plain way: iterate over a `Vec` of
//! records with [`Filter::matches`]. It is the oracle the columnar engine is tested against and
//! the baseline its benchmark is compared with.

use crate::bitset::Bitset;
use crate::filter::{place_keys, CargoKind, Dim, Filter, Place};
use crate::model::Seizure;
use crate::query::{
    Facet, FacetCount, FacetValue, LegTotal, PlaceTotal, Summary, Total, FACET_DIMS,
};
use std::collections::BTreeMap;
use std::sync::Arc;

fn grams(kg: Option<f64>) -> Option<i64> {
    kg.map(|k| (f64::from(k as f32) * 1000.0).round() as i64)
}

fn add(t: &mut Total, g: Option<i64>) {
    t.count += 1;
    match g {
        Some(g) => t.grams += g,
        None => t.without_quantity += 1,
    }
}

/// The values a record has for a facet dimension (each once).
fn facet_values(dim: Dim, s: &Seizure) -> Vec<FacetValue> {
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
        Dim::Via => places(place_keys(&[], &s.transit_ports)),
        Dim::Drug => vec![FacetValue::Drug(s.drug)],
        Dim::Cargo => vec![FacetValue::Cargo(CargoKind::of(&s.cargo))],
        Dim::Group => {
            let mut seen: Vec<String> = Vec::new();
            for g in &s.groups {
                if !seen.iter().any(|x| x.eq_ignore_ascii_case(g)) {
                    seen.push(g.clone());
                }
            }
            seen.into_iter().map(FacetValue::Group).collect()
        }
        _ => Vec::new(),
    }
}

/// The route's points: origin → first transit port → where seized → destination.
pub fn route_points(s: &Seizure) -> Vec<Place> {
    let end = |countries: &[crate::codes::Country], ports: &[crate::codes::Locode]| {
        ports
            .first()
            .map(|&p| Place::Port(p))
            .or_else(|| countries.first().map(|&c| Place::Country(c)))
    };
    let seized = s.port.map(Place::Port).unwrap_or(Place::Country(s.country));
    [
        end(&s.origin.countries, &s.origin.ports),
        s.transit_ports.first().map(|&p| Place::Port(p)),
        Some(seized),
        end(&s.destination.countries, &s.destination.ports),
    ]
    .into_iter()
    .flatten()
    .collect()
}

pub fn summarise(records: &[Seizure], filter: &Filter) -> Summary {
    let selected: Vec<&Seizure> = records.iter().filter(|s| filter.matches(s)).collect();
    let selection = Bitset::from_fn(records.len(), |i| filter.matches(&records[i]));
    let mut total = Total::default();
    for s in &selected {
        add(&mut total, grams(s.quantity_kg));
    }

    let facets = FACET_DIMS
        .iter()
        .map(|&dim| {
            let others = filter.without(dim);
            let mut counts: BTreeMap<FacetValue, u32> = BTreeMap::new();
            for s in records.iter().filter(|s| others.matches(s)) {
                for v in facet_values(dim, s) {
                    *counts.entry(v).or_default() += 1;
                }
            }
            let chosen = crate::query::selected_values_of(dim, filter);
            let mut values: Vec<FacetCount> = counts
                .into_iter()
                .map(|(value, count)| FacetCount {
                    selected: chosen.iter().any(|c| crate::query::same_value(c, &value)),
                    value,
                    count,
                })
                .collect();
            for c in chosen {
                if !values
                    .iter()
                    .any(|v| crate::query::same_value(&v.value, &c))
                {
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
    let mut legs: BTreeMap<(Place, Place), Total> = BTreeMap::new();
    for s in &selected {
        let g = grams(s.quantity_kg);
        add(
            places
                .entry(s.port.map(Place::Port).unwrap_or(Place::Country(s.country)))
                .or_default(),
            g,
        );
        let points = route_points(s);
        let mut n = 0;
        for pair in points.windows(2) {
            if pair[0] != pair[1] && n < 3 {
                add(legs.entry((pair[0], pair[1])).or_default(), g);
                n += 1;
            }
        }
    }
    let mut places: Vec<PlaceTotal> = places
        .into_iter()
        .map(|(place, total)| PlaceTotal { place, total })
        .collect();
    crate::query::sort_heaviest_first(&mut places, |p| p.total, |p| (p.place, p.place));
    let mut legs: Vec<LegTotal> = legs
        .into_iter()
        .map(|((from, to), total)| LegTotal { from, to, total })
        .collect();
    crate::query::sort_heaviest_first(&mut legs, |l| l.total, |l| (l.from, l.to));

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
