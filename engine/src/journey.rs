//! The journey of a record: where the shipment was loaded, every place it passed or was meant to
//! pass, where it was stopped and where it was going — and which legs it really travelled.
//!
//! # How a journey is built
//!
//! 1. The points, in the source's order: the origin (its port if named, else its country), every
//!    transit point (`transit_points`: a port, or a country where the source names only that),
//!    then the destination(s). A country-only point next to a port of the same country merges
//!    into the port; consecutive equal points collapse. Several origins (containers loaded in
//!    different places) or destinations are kept side by side: the first leg fans in from each
//!    origin, the last leg fans out to each destination.
//! 2. The place of seizure S (its port, else its country) is put on the journey by the first rule
//!    that applies:
//!    - a: S *is* one of the points (the same port, or a country-only point of S's country):
//!      that point becomes "stopped here" (loaded and seized in Santos: S is the origin);
//!    - b: no destination is named: S ends the journey;
//!    - c: S is in a destination's country: S comes just before the destination;
//!    - d: S is in an origin's country: S comes just after the origin;
//!    - e: otherwise S goes into the gap where it lengthens the journey least (great-circle
//!      distance between [`Positions`]); before the first point only when no origin is known.
//!      Where no gap can be measured, S comes just before the destination.
//! 3. Legs up to S were **travelled**; legs after S were **planned** and never made.
//!
//! Example (`pe-callao-2024-01-wood-floors`): origin Bolivia, transit Chile then Antwerpen,
//! destination the Netherlands, seized in Callao. No rule a–d applies; Callao lengthens the
//! journey least between Chile and Antwerpen, so the journey is Bolivia → Chile → **Callao
//! (stopped here)** → Antwerpen → Netherlands, and its last two legs were never travelled.
//!
//! ```
//! use portolan_engine::codes::{Country, Locode};
//! use portolan_engine::filter::Place;
//! use portolan_engine::journey::{Journey, Positions, Role, RoutePoints};
//! let port = |s| Place::Port(Locode::parse(s).unwrap());
//! let country = |s| Place::Country(Country::parse(s).unwrap());
//! let j = Journey::of(
//!     &RoutePoints {
//!         origins: vec![country("BO")],
//!         transit: vec![country("CL"), port("BEANR")],
//!         destinations: vec![country("NL")],
//!         seized: port("PECLL"),
//!     },
//!     &Positions::fixed_only()
//!         .with(country("CL"), -33.0, -71.0)
//!         .with(country("NL"), 52.1, 5.3)
//!         .with(port("PECLL"), -12.05, -77.15)
//!         .with(port("BEANR"), 51.3, 4.3),
//! );
//! let places: Vec<String> = j.stops.iter().map(|s| s.place.to_string()).collect();
//! assert_eq!(places, ["BO", "CL", "PECLL", "BEANR", "NL"]);
//! assert_eq!(j.stops[2].role, Role::Seized);
//! let travelled: Vec<bool> = j.legs().iter().map(|l| l.travelled).collect();
//! assert_eq!(travelled, [true, true, false, false]);
//! ```

use crate::codes::{Country, Locode};
use crate::filter::Place;
use crate::model::{Port, Seizure};
use std::collections::HashMap;

/// What a point is on a journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Origin,
    Transit,
    Seized,
    Destination,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Origin, Role::Transit, Role::Seized, Role::Destination];

    /// The code used in test hooks (`data-role`).
    pub fn code(self) -> &'static str {
        match self {
            Role::Origin => "origin",
            Role::Transit => "transit",
            Role::Seized => "seized",
            Role::Destination => "destination",
        }
    }
}

/// One point of a journey. The place of seizure that is also a named point has role
/// [`Role::Seized`] and keeps the other role in `also`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Stop {
    pub place: Place,
    pub role: Role,
    pub also: Option<Role>,
}

impl Stop {
    fn new(place: Place, role: Role) -> Self {
        Stop {
            place,
            role,
            also: None,
        }
    }

    pub fn is(&self, role: Role) -> bool {
        self.role == role || self.also == Some(role)
    }
}

/// One leg between two consecutive points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Leg {
    pub from: Place,
    pub to: Place,
    /// True up to the place of seizure; false for legs planned and never made.
    pub travelled: bool,
}

/// A record's route as the source names it, plus where it was seized.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RoutePoints {
    pub origins: Vec<Place>,
    pub transit: Vec<Place>,
    pub destinations: Vec<Place>,
    pub seized: Place,
}

/// A route end's points: each port, then each country that none of the ports is in.
pub fn end_points(countries: &[Country], ports: &[Locode]) -> Vec<Place> {
    let mut points: Vec<Place> = Vec::new();
    for &p in ports {
        if !points.contains(&Place::Port(p)) {
            points.push(Place::Port(p));
        }
    }
    for &c in countries {
        if !points.iter().any(|p| p.country() == c) {
            points.push(Place::Country(c));
        }
    }
    points
}

impl RoutePoints {
    pub fn of(s: &Seizure) -> Self {
        RoutePoints {
            origins: end_points(&s.origin.countries, &s.origin.ports),
            transit: s.transit_points.clone(),
            destinations: end_points(&s.destination.countries, &s.destination.ports),
            seized: s.port.map_or(Place::Country(s.country), Place::Port),
        }
    }
}

/// The ordered points of a journey: the origins first, the destinations last.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Journey {
    pub stops: Vec<Stop>,
}

/// Where points are, for measuring detours: ports at their coordinates, a country at one fixed
/// representative position (the mean of its ports, else a small table of centroids).
#[derive(Clone, Debug, Default)]
pub struct Positions {
    ports: HashMap<Locode, (f64, f64)>,
    countries: HashMap<Country, (f64, f64)>,
}

/// Latitude and longitude of countries that have no port in `data/ports.csv`.
const COUNTRY_CENTROIDS: &[(&str, f64, f64)] = &[
    ("AM", 40.1, 45.0),
    ("AW", 12.5, -69.97),
    ("BA", 44.2, 17.8),
    ("BF", 12.3, -1.6),
    ("BO", -16.7, -64.7),
    ("BZ", 17.2, -88.7),
    ("CH", 46.8, 8.2),
    ("CK", -21.2, -159.8),
    ("CU", 21.5, -79.5),
    ("EG", 26.8, 30.8),
    ("HU", 47.2, 19.5),
    ("ID", -2.5, 118.0),
    ("IQ", 33.2, 43.7),
    ("JO", 31.2, 36.5),
    ("LU", 49.8, 6.1),
    ("ML", 17.6, -4.0),
    ("MQ", 14.64, -61.02),
    ("MR", 20.3, -10.3),
    ("OM", 21.5, 55.9),
    ("PH", 12.9, 121.8),
    ("PY", -23.4, -58.4),
    ("RE", -21.1, 55.5),
    ("SL", 8.5, -11.8),
    ("SV", 13.8, -88.9),
    ("SX", 18.04, -63.05),
    ("SY", 35.0, 38.5),
    ("TN", 34.0, 9.5),
    ("TO", -21.2, -175.2),
    ("UG", 1.4, 32.3),
    ("UZ", 41.4, 64.6),
    ("VC", 13.25, -61.2),
    ("VG", 18.4, -64.6),
    ("XK", 42.6, 20.9),
];

impl Positions {
    /// Only the fixed table of centroids: enough for examples and tests without ports.
    pub fn fixed_only() -> Self {
        Self::from_ports(&[])
    }

    pub fn from_ports(ports: &[Port]) -> Self {
        let mut sums: HashMap<Country, (f64, f64, f64)> = HashMap::new();
        let mut by_code = HashMap::new();
        for p in ports {
            by_code.insert(p.locode, (p.lat, p.lon));
            let e = sums.entry(p.country).or_default();
            *e = (e.0 + p.lat, e.1 + p.lon, e.2 + 1.0);
        }
        let mut countries: HashMap<Country, (f64, f64)> = sums
            .into_iter()
            .map(|(c, (lat, lon, n))| (c, (lat / n, lon / n)))
            .collect();
        for &(code, lat, lon) in COUNTRY_CENTROIDS {
            if let Some(c) = Country::parse(code) {
                countries.entry(c).or_insert((lat, lon));
            }
        }
        Positions {
            ports: by_code,
            countries,
        }
    }

    /// The same positions with one place set (for examples and tests).
    pub fn with(mut self, place: Place, lat: f64, lon: f64) -> Self {
        match place {
            Place::Port(p) => self.ports.insert(p, (lat, lon)),
            Place::Country(c) => self.countries.insert(c, (lat, lon)),
        };
        self
    }

    /// Latitude and longitude of a point, when known.
    pub fn of(&self, place: Place) -> Option<(f64, f64)> {
        match place {
            Place::Port(p) => self
                .ports
                .get(&p)
                .or_else(|| self.countries.get(&p.country())),
            Place::Country(c) => self.countries.get(&c),
        }
        .copied()
    }

    /// Great-circle distance in kilometres.
    fn km(&self, a: Place, b: Place) -> Option<f64> {
        let ((lat1, lon1), (lat2, lon2)) = (self.of(a)?, self.of(b)?);
        let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
        let dp = p2 - p1;
        let dl = (lon2 - lon1).to_radians();
        let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
        Some(2.0 * 6371.0 * h.sqrt().min(1.0).asin())
    }
}

/// Whether two neighbouring points name the same place: equal, or a country and one of its ports.
fn same_place(a: Place, b: Place) -> bool {
    a == b
        || matches!((a, b), (Place::Country(c), Place::Port(p)) | (Place::Port(p), Place::Country(c)) if p.country() == c)
}

/// Of two points merged into one, the more precise place and the stronger role.
fn merge(a: Stop, b: Stop) -> Stop {
    let place = match (a.place, b.place) {
        (Place::Country(_), p @ Place::Port(_)) => p,
        (p, _) => p,
    };
    let role = if a.role == Role::Transit {
        b.role
    } else {
        a.role
    };
    Stop::new(place, role)
}

impl Journey {
    /// The journey of a record (see the module documentation for the rules).
    pub fn of(route: &RoutePoints, positions: &Positions) -> Journey {
        let seized = route.seized;
        // Step 1: the named points, merged where neighbours name the same place. A side-by-side
        // end (several origins or destinations) is never merged with a transit point.
        let single_origin = route.origins.len() == 1;
        let single_destination = route.destinations.len() == 1;
        let mut stops: Vec<Stop> = Vec::new();
        for &p in &route.origins {
            stops.push(Stop::new(p, Role::Origin));
        }
        let mergeable = |last: &Stop, next: &Stop| match (last.role, next.role) {
            (Role::Origin, Role::Transit) => single_origin,
            (Role::Transit, Role::Transit) => true,
            (Role::Transit, Role::Destination) => single_destination,
            _ => false,
        };
        let points = route
            .transit
            .iter()
            .map(|&p| Stop::new(p, Role::Transit))
            .chain(
                route
                    .destinations
                    .iter()
                    .map(|&p| Stop::new(p, Role::Destination)),
            );
        for next in points {
            match stops.last_mut() {
                Some(last) if mergeable(last, &next) && same_place(last.place, next.place) => {
                    *last = merge(*last, next);
                }
                _ => stops.push(next),
            }
        }

        // Step 2: the place of seizure.
        let exact = stops.iter().position(|s| s.place == seized);
        let as_country = stops
            .iter()
            .position(|s| s.place == Place::Country(seized.country()));
        if let Some(i) = exact.or(as_country) {
            let named = stops[i];
            stops[i] = Stop {
                place: seized,
                role: Role::Seized,
                also: Some(named.role),
            };
            return Journey { stops };
        }
        let s = Stop::new(seized, Role::Seized);
        let first_destination = stops
            .iter()
            .position(|s| s.role == Role::Destination)
            .unwrap_or(stops.len());
        let origins_end = stops.iter().take_while(|s| s.role == Role::Origin).count();
        let in_country = |role: Role| {
            stops
                .iter()
                .any(|p| p.role == role && p.place.country() == seized.country())
        };
        let at = if first_destination == stops.len() {
            stops.len()
        } else if in_country(Role::Destination) {
            first_destination
        } else if in_country(Role::Origin) {
            origins_end
        } else {
            Self::least_detour(&stops, seized, origins_end, positions).unwrap_or(first_destination)
        };
        stops.insert(at, s);
        Journey { stops }
    }

    /// The insertion index where `seized` lengthens the journey least, if any gap can be measured.
    fn least_detour(
        stops: &[Stop],
        seized: Place,
        origins_end: usize,
        positions: &Positions,
    ) -> Option<usize> {
        let stages = Self::stages_of(stops);
        let mut best: Option<(f64, usize)> = None;
        let mut consider = |cost: Option<f64>, at: usize| {
            if let Some(c) = cost {
                if best.is_none_or(|(b, _)| c < b - 1e-9) {
                    best = Some((c, at));
                }
            }
        };
        if origins_end == 0 {
            if let Some(first) = stages.first() {
                let cost = first
                    .iter()
                    .filter_map(|&i| positions.km(seized, stops[i].place))
                    .reduce(f64::min);
                consider(cost, 0);
            }
        }
        for pair in stages.windows(2) {
            let mut cost: Option<f64> = None;
            for &a in &pair[0] {
                for &b in &pair[1] {
                    let (a, b) = (stops[a].place, stops[b].place);
                    if let (Some(x), Some(y), Some(direct)) = (
                        positions.km(a, seized),
                        positions.km(seized, b),
                        positions.km(a, b),
                    ) {
                        let detour = x + y - direct;
                        cost = Some(cost.map_or(detour, |c: f64| c.min(detour)));
                    }
                }
            }
            consider(cost, pair[1][0]);
        }
        best.map(|(_, at)| at)
    }

    /// Groups of stop indices one leg apart: side-by-side origins, each middle point alone,
    /// side-by-side destinations.
    fn stages_of(stops: &[Stop]) -> Vec<Vec<usize>> {
        let mut stages: Vec<Vec<usize>> = Vec::new();
        for (i, s) in stops.iter().enumerate() {
            let side_by_side = |role: Role| {
                i > 0 && stops[i - 1].is(role) && s.is(role) && {
                    // Origins only at the start, destinations only at the end.
                    match role {
                        Role::Origin => stops[..i].iter().all(|p| p.is(Role::Origin)),
                        _ => stops[i..].iter().all(|p| p.is(Role::Destination)),
                    }
                }
            };
            if side_by_side(Role::Origin) || side_by_side(Role::Destination) {
                if let Some(last) = stages.last_mut() {
                    last.push(i);
                    continue;
                }
            }
            stages.push(vec![i]);
        }
        stages
    }

    /// The index of the place of seizure among the stops.
    pub fn seized_at(&self) -> Option<usize> {
        self.stops.iter().position(|s| s.role == Role::Seized)
    }

    /// Every leg in journey order: the travelled ones first, then those planned and never made.
    pub fn legs(&self) -> Vec<Leg> {
        let stages = Self::stages_of(&self.stops);
        let seized = self.seized_at();
        let stage_of_seizure = seized.and_then(|i| stages.iter().position(|st| st.contains(&i)));
        let mut legs = Vec::new();
        for (k, pair) in stages.windows(2).enumerate() {
            for &a in &pair[0] {
                for &b in &pair[1] {
                    let (from, to) = (self.stops[a].place, self.stops[b].place);
                    if from == to {
                        continue;
                    }
                    let travelled = match stage_of_seizure {
                        Some(s) => k + 1 < s || (k + 1 == s && Some(b) == seized),
                        None => false,
                    };
                    legs.push(Leg {
                        from,
                        to,
                        travelled,
                    });
                }
            }
        }
        legs
    }
}
