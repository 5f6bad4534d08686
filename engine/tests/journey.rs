//! Journeys: the rules of `portolan_engine::journey` hold for every bundled record, and named
//! records give the journeys written out by hand below.

use portolan_engine::dataset::Dataset;
use portolan_engine::filter::Place;
use portolan_engine::journey::{Journey, Positions, Role, RoutePoints, Stop};
use portolan_engine::store::Store;
use std::sync::{Arc, OnceLock};

fn data() -> &'static (Dataset, Positions) {
    static DATA: OnceLock<(Dataset, Positions)> = OnceLock::new();
    DATA.get_or_init(|| {
        let ds = Dataset::bundled();
        let positions = ds.positions();
        (ds, positions)
    })
}

/// A named point is shown by a stop when it is that place, or a country merged into one of its ports.
fn shows(stop: &Stop, named: Place) -> bool {
    stop.place == named
        || matches!((named, stop.place), (Place::Country(c), Place::Port(p)) if p.country() == c)
}

#[test]
fn every_bundled_journey_keeps_the_sources_order_and_one_place_of_seizure() {
    let (ds, positions) = data();
    assert!(!ds.seizures.is_empty());
    for s in &ds.seizures {
        let route = RoutePoints::of(s);
        let j = Journey::of(&route, positions);
        let id = &s.id;

        // The place of seizure appears exactly once, as itself.
        let seized: Vec<&Stop> = j.stops.iter().filter(|p| p.role == Role::Seized).collect();
        assert_eq!(seized.len(), 1, "{id}: {:?}", j.stops);
        assert_eq!(seized[0].place, route.seized, "{id}");

        // Every named point appears, in the source's order (origins, transits, destinations).
        let named: Vec<Place> = route
            .origins
            .iter()
            .chain(&route.transit)
            .chain(&route.destinations)
            .copied()
            .collect();
        let mut at = 0;
        let mut shown = vec![false; j.stops.len()];
        for (k, &p) in named.iter().enumerate() {
            // Side-by-side origins or destinations may be listed in any order among themselves.
            let side_by_side = k < route.origins.len()
                || (k >= route.origins.len() + route.transit.len() && route.destinations.len() > 1);
            let from = if side_by_side && k > 0 {
                at.min(j.stops.iter().position(|s| shows(s, p)).unwrap_or(at))
            } else {
                at
            };
            let found = j.stops[from..]
                .iter()
                .position(|stop| shows(stop, p))
                .map(|i| i + from);
            let Some(i) = found else {
                panic!("{id}: {p} missing or out of order in {:?}", j.stops)
            };
            shown[i] = true;
            at = at.max(i);
        }
        // Each point once: every stop shows a named point, except the place of seizure when the
        // rules inserted it; neighbouring stops are never the same place.
        for (i, stop) in j.stops.iter().enumerate() {
            assert!(
                shown[i] || stop.role == Role::Seized,
                "{id}: {stop:?} is no named point"
            );
        }
        assert!(
            j.stops.windows(2).all(|w| w[0].place != w[1].place),
            "{id}: {:?}",
            j.stops
        );

        // Travelled legs come first, then the planned ones; a leg arriving at S was travelled.
        let legs = j.legs();
        let first_planned = legs.iter().position(|l| !l.travelled).unwrap_or(legs.len());
        assert!(legs[first_planned..].iter().all(|l| !l.travelled), "{id}");
        assert!(
            legs.iter()
                .filter(|l| l.to == route.seized)
                .all(|l| l.travelled),
            "{id}"
        );
    }
}

#[test]
fn the_store_keeps_each_records_journey() {
    let (ds, positions) = data();
    let records = Arc::new(ds.seizures.clone());
    let store = Store::from_seizures(Arc::clone(&records), positions.clone()).unwrap();
    for (i, s) in records.iter().enumerate() {
        assert_eq!(
            store.journey(i),
            Journey::of(&RoutePoints::of(s), positions),
            "{}",
            s.id
        );
        assert_eq!(store.transit_points(i), s.transit_points, "{}", s.id);
    }
}

/// The journey of a bundled record as `code[role]` or `code[role+also]`, and its legs with `?`
/// marking those planned and never made.
fn journey_of(id: &str) -> (String, String) {
    let (ds, positions) = data();
    let s = ds
        .seizures
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("{id} is not in data/seizures.csv"));
    let j = Journey::of(&RoutePoints::of(s), positions);
    let stops: Vec<String> = j
        .stops
        .iter()
        .map(|st| match st.also {
            Some(also) => format!("{}[{}+{}]", st.place, st.role.code(), also.code()),
            None => format!("{}[{}]", st.place, st.role.code()),
        })
        .collect();
    let legs: Vec<String> = j
        .legs()
        .iter()
        .map(|l| format!("{}>{}{}", l.from, l.to, if l.travelled { "" } else { "?" }))
        .collect();
    (stops.join(" "), legs.join(" "))
}

fn assert_journey(id: &str, stops: &str, legs: &str) {
    let (got_stops, got_legs) = journey_of(id);
    assert_eq!(got_stops, stops, "{id}");
    assert_eq!(got_legs, legs, "{id}");
}

// The five records named in the issue.

#[test]
fn callao_wood_floors_was_stopped_before_antwerp() {
    // Rule e: Callao lengthens Bolivia → Chile → Antwerpen → Netherlands least between Chile and Antwerpen.
    assert_journey(
        "pe-callao-2024-01-wood-floors",
        "BO[origin] CL[transit] PECLL[seized] BEANR[transit] NL[destination]",
        "BO>CL CL>PECLL PECLL>BEANR? BEANR>NL?",
    );
}

#[test]
fn callao_gold_and_silver_never_reached_antwerp() {
    assert_journey(
        "pe-callao-2021-gold-silver",
        "BO[origin] CL[transit] PECLL[seized] BEANR[destination]",
        "BO>CL CL>PECLL PECLL>BEANR?",
    );
}

#[test]
fn santos_sugar_for_guinea_was_seized_where_it_was_loaded() {
    // Rule a: loaded in Santos and seized in Santos, so the place of seizure is the origin.
    assert_journey(
        "br-santos-2024-07-02-sugar-guinea",
        "BRSSZ[seized+origin] BEANR[transit] GN[destination]",
        "BRSSZ>BEANR? BEANR>GN?",
    );
}

#[test]
fn muuga_bananas_keep_every_transit() {
    // Rule e places Muuga between Southampton and Kotka: it adds 15 km there against 128 km
    // between Kotka and Russia (the mean of its ports in data/ports.csv). (The summary says the ship called at Kotka first: see README,
    // "How routes are drawn", for this limit of a rule that knows only distances.)
    assert_journey(
        "ee-muuga-2022-03-21-bananas-posorja-milan-express",
        "ECPSJ[origin] NLRTM[transit] GBSOU[transit] EEMUG[seized] FIKTK[transit] RU[destination]",
        "ECPSJ>NLRTM NLRTM>GBSOU GBSOU>EEMUG EEMUG>FIKTK? FIKTK>RU?",
    );
}

#[test]
fn muuga_peanuts_came_through_antwerp() {
    // Rule b: no destination named, so the journey ends where it was stopped.
    assert_journey(
        "ee-muuga-2023-09-peanuts-corinto-via-antwerp",
        "NICIO[origin] BEANR[transit] EEMUG[seized]",
        "NICIO>BEANR BEANR>EEMUG",
    );
}

// Five more, one for each remaining rule and for side-by-side ends.

#[test]
fn seized_at_a_transit_port_is_that_transit() {
    // Rule a on a transit point: Paranaguá → Santos (stopped here) → Antwerpen.
    assert_journey(
        "br-santos-2018-12-02-tobacco-antwerp",
        "BRPNG[origin] BRSSZ[seized+transit] BEANR[destination]",
        "BRPNG>BRSSZ BRSSZ>BEANR?",
    );
}

#[test]
fn seized_in_the_destinations_country_comes_just_before_it() {
    // Rule c: seized at sea by France, bound for Lorient.
    assert_journey(
        "fr-atsea-2023-02-09-falkonera-sea-chest-lorient",
        "BRPNG[origin] FR[seized] FRLRT[destination]",
        "BRPNG>FR FR>FRLRT?",
    );
}

#[test]
fn seized_in_the_origins_country_comes_just_after_it() {
    // Rule d: seized at sea by Ecuador after leaving Posorja for Malta.
    assert_journey(
        "ec-atsea-2022-08-valencia-posorja-malta",
        "ECPSJ[origin] EC[seized] MT[destination]",
        "ECPSJ>EC EC>MT?",
    );
}

#[test]
fn without_an_origin_the_seizure_may_start_the_journey() {
    // Rule e with no origin: Santos goes before Antwerpen; the last leg fans out to both ports.
    assert_journey(
        "br-santos-2018-07-04-soy-protein-paper",
        "BRSSZ[seized] BEANR[transit] ESBIO[destination] ESVLC[destination]",
        "BRSSZ>BEANR? BEANR>ESBIO? BEANR>ESVLC?",
    );
}

#[test]
fn several_origins_fan_in_and_several_destinations_fan_out() {
    // Containers from the Dominican Republic and the United States, via Tangier, for Belgium
    // and Switzerland, stopped in Rotterdam.
    assert_journey(
        "nl-rotterdam-2020-12-03-three-containers-478kg",
        "DO[origin] US[origin] MAPTM[transit] NLRTM[seized] BE[destination] CH[destination]",
        "DO>MAPTM US>MAPTM MAPTM>NLRTM NLRTM>BE? NLRTM>CH?",
    );
}

#[test]
fn a_country_next_to_one_of_its_ports_merges_into_the_port() {
    let place = |s: &str| Place::parse(s).unwrap();
    let j = Journey::of(
        &RoutePoints {
            origins: vec![place("CO")],
            transit: vec![place("COBUN"), place("PA"), place("PABLB"), place("PABLB")],
            destinations: vec![place("NL")],
            seized: place("NLRTM"),
        },
        &Positions::fixed_only(),
    );
    let stops: Vec<(String, Role, Option<Role>)> = j
        .stops
        .iter()
        .map(|s| (s.place.to_string(), s.role, s.also))
        .collect();
    assert_eq!(
        stops,
        [
            ("COBUN".into(), Role::Origin, None),
            ("PABLB".into(), Role::Transit, None),
            ("NLRTM".into(), Role::Seized, Some(Role::Destination)),
        ]
    );
    assert!(j.legs().iter().all(|l| l.travelled));
}

// The queries the views draw journeys from.

use portolan_engine::filter::{Dim, Filter};
use portolan_engine::query::{by_country, legs_through, Engine, FacetValue};

fn engine() -> Engine {
    let (ds, positions) = data();
    let store = Store::from_seizures(Arc::new(ds.seizures.clone()), positions.clone()).unwrap();
    Engine::new(Arc::new(store))
}

/// Codes of the European countries that appear in the data as origins, transits or destinations.
const EUROPE: &[&str] = &[
    "AL", "BE", "BG", "CH", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HR", "IE", "IT", "LT",
    "LV", "ME", "MT", "NL", "NO", "PL", "PT", "RO", "RU", "SE", "SI", "UA",
];

fn european(p: Place) -> bool {
    EUROPE.contains(&p.country().as_str())
}

#[test]
fn no_travelled_leg_reaches_callao_from_europe() {
    let callao = Place::parse("PECLL").unwrap();
    let mut e = engine();
    let filter = portolan_engine::link::decode("port=PECLL").link.filter;
    let summary = e.summarise(&filter);
    assert!(
        summary.legs.iter().any(|l| l.to == callao),
        "legs into Callao exist"
    );
    for l in summary.legs.iter().filter(|l| l.to == callao) {
        assert!(!european(l.from), "{} → Callao", l.from);
    }
    // Journeys through Callao, seized there or elsewhere: whatever reached Callao came from
    // outside Europe, unless it had first been loaded there.
    let all = e.select(&Filter::default());
    let journeys = e.journeys_through(&all, callao);
    assert!(!journeys.is_empty());
    for j in &journeys {
        assert_eq!(j.journey.stops[j.here].place, callao);
        for leg in j
            .journey
            .legs()
            .iter()
            .filter(|l| l.to == callao && l.travelled)
        {
            assert!(!european(leg.from), "{:?}", j.journey);
        }
    }
    // Counted once each: the journeys hold exactly the records whose journey passes Callao.
    let (ds, positions) = data();
    let expected = ds
        .seizures
        .iter()
        .filter(|s| {
            Journey::of(&RoutePoints::of(s), positions)
                .stops
                .iter()
                .any(|st| st.place == callao)
        })
        .count();
    let counted: u32 = journeys.iter().map(|j| j.total.count).sum();
    assert_eq!(counted as usize, expected);
}

#[test]
fn via_matches_any_transit_point() {
    let (ds, _) = data();
    let mut e = engine();
    for (query, code) in [("via=BEANR", "BEANR"), ("via=PA", "PA")] {
        let wanted = Place::parse(code).unwrap();
        let expected = ds
            .seizures
            .iter()
            .filter(|s| {
                s.transit_points
                    .iter()
                    .any(|&p| p == wanted || Place::Country(p.country()) == wanted)
            })
            .count();
        assert!(expected > 0, "{query}");
        let summary = e.summarise(&portolan_engine::link::decode(query).link.filter);
        assert_eq!(summary.total.count as usize, expected, "{query}");
    }
}

#[test]
fn legs_through_a_place_keep_travelled_and_planned_apart() {
    let mut e = engine();
    let summary = e.summarise(&Filter::default());
    let antwerp = Place::parse("BEANR").unwrap();
    let pairs = legs_through(&summary.legs, Some(antwerp));
    assert!(!pairs.is_empty());
    for p in &pairs {
        assert!(p.from == antwerp || p.to == antwerp);
        let find = |travelled: bool| {
            summary
                .legs
                .iter()
                .find(|l| l.from == p.from && l.to == p.to && l.travelled == travelled)
                .map_or(0, |l| l.total.count)
        };
        assert_eq!(p.travelled.count, find(true));
        assert_eq!(p.planned.count, find(false));
    }
    // Antwerp is a planned stop of many shipments stopped in South America.
    assert!(pairs.iter().any(|p| p.planned.count > 0));
    // A country takes in its ports.
    let belgium = legs_through(&summary.legs, Place::parse("BE"));
    assert!(belgium.len() >= pairs.len());
    assert!(legs_through(&summary.legs, None).len() >= belgium.len());
}

#[test]
fn top_origins_never_list_a_country_and_its_port_apart() {
    let mut e = engine();
    let summary = e.summarise(&portolan_engine::link::decode("port=PECLL").link.filter);
    let facet = summary.facet(Dim::Origin).unwrap();
    let groups = by_country(&facet.values);
    let mut seen = std::collections::HashSet::new();
    for g in &groups {
        assert!(seen.insert(g.country), "{} listed twice", g.country);
        for &(port, n) in &g.ports {
            assert_eq!(port.country(), g.country);
            assert!(n <= g.count);
        }
        // The country's count is the facet's own count for it.
        let own = facet
            .values
            .iter()
            .find(|v| v.value == FacetValue::Place(Place::Country(g.country)))
            .map_or(0, |v| v.count);
        assert_eq!(
            g.count,
            own.max(g.ports.iter().map(|p| p.1).max().unwrap_or(0))
        );
    }
}

#[test]
fn every_named_country_has_a_position() {
    // A country point without a position could not be measured for rule e.
    let (_, positions) = data();
    for c in portolan_engine::codes::Country::all_named() {
        assert!(positions.of(Place::Country(c)).is_some(), "{c}");
    }
}
