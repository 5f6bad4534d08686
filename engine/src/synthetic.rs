//! Generated records for benchmarks and demonstrations (`?synthetic=N`), never mixed with real
//! data. Each generated record takes its shape from a real record of the bundled data (its
//! route, seizure place, drug form, cargo and concealment), with its date and quantity varied, so
//! that the distributions over ports, countries and years resemble the real ones. The same seed
//! and count always give the same records.

use crate::codes::Country;
use crate::date::PartialDate;
use crate::filter::Place;
use crate::journey::Positions;
use crate::model::{Citation, LocationType, RouteEnd, Seizure};
use crate::store::{Origin, RecordParts, Store, StoreBuilder};

/// The seed the app uses, so that a `synthetic=N` link always shows the same records.
pub const DEFAULT_SEED: u64 = 0x5EED_2026;

const ID_PREFIX: &str = "synthetic-";

/// SplitMix64: small, fast and good enough to vary test data deterministically.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 * n as f64) as usize % n.max(1)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// `n` records shaped after `templates` (the real seizures), deterministic for `seed`.
pub fn generate(n: usize, seed: u64, templates: &[Seizure], positions: Positions) -> Store {
    let mut g = Generator::new(n, seed, positions);
    g.step(templates, n);
    g.finish()
}

/// Generates in steps, so that a page can show progress and stay responsive between them.
pub struct Generator {
    rng: Rng,
    builder: StoreBuilder,
    remaining: usize,
    total: usize,
    seed: u64,
}

impl Generator {
    /// `positions` place each record's seizure on its journey, as for the real data.
    pub fn new(n: usize, seed: u64, positions: Positions) -> Self {
        Generator {
            rng: Rng::new(seed),
            builder: StoreBuilder::with_capacity(n, positions),
            remaining: n,
            total: n,
            seed,
        }
    }

    /// Records made so far.
    pub fn done(&self) -> usize {
        self.total - self.remaining
    }

    pub fn is_finished(&self) -> bool {
        self.remaining == 0
    }

    /// Makes up to `k` more records.
    pub fn step(&mut self, templates: &[Seizure], k: usize) {
        if templates.is_empty() {
            self.remaining = 0;
            return;
        }
        for _ in 0..k.min(self.remaining) {
            let c = Choice::next(&mut self.rng, templates);
            let (t, destination) = (
                &templates[c.template],
                &templates[c.destination].destination,
            );
            let parts = RecordParts {
                date: c.date,
                kg: c.kg,
                dest_countries: &destination.countries,
                dest_ports: &destination.ports,
                ..RecordParts::of(t)
            };
            // Templates are the validated bundled data: far within the store's capacity.
            if self.builder.push(&parts).is_err() {
                self.remaining = 0;
                return;
            }
            self.remaining -= 1;
        }
    }

    pub fn finish(self) -> Store {
        self.builder.finish(Origin::Synthetic { seed: self.seed })
    }
}

/// What one generated record takes from the templates, and what it varies.
struct Choice {
    template: usize,
    /// The template whose destination it takes (a third of the time another record's).
    destination: usize,
    date: PartialDate,
    kg: Option<f64>,
}

impl Choice {
    fn next(rng: &mut Rng, templates: &[Seizure]) -> Choice {
        let template = rng.below(templates.len());
        let other = rng.below(templates.len());
        let destination = if rng.unit() < 0.33 { other } else { template };
        let t = &templates[template];
        let date = vary_date(rng, t.date);
        let kg = if rng.unit() < 0.013 {
            None
        } else {
            t.quantity_kg.or(templates[other].quantity_kg).map(|k| {
                // Log-uniform between a fifth and five times the template's quantity.
                let factor = (rng.unit() * 2.0 - 1.0) * 5f64.ln();
                (k * factor.exp() * 10.0).round() / 10.0
            })
        };
        Choice {
            template,
            destination,
            date,
            kg,
        }
    }
}

/// The records [`generate`] stores, as plain records: made from the same choices but never read
/// back from the store, so that tests can compare the store with an evaluation of these.
/// A generated record has no summary of its own.
pub fn records(n: usize, seed: u64, templates: &[Seizure]) -> Vec<Seizure> {
    let mut rng = Rng::new(seed);
    if templates.is_empty() {
        return Vec::new();
    }
    (0..n)
        .map(|i| {
            let c = Choice::next(&mut rng, templates);
            Seizure {
                id: id(i),
                date: c.date,
                quantity_kg: c.kg,
                destination: templates[c.destination].destination.clone(),
                summary: String::new(),
                summary_es: String::new(),
                ..templates[c.template].clone()
            }
        })
        .collect()
}

/// A date near the template's year, at the precisions the real data has (about half known to
/// the day, most of the rest to the month, a few to the year only).
fn vary_date(rng: &mut Rng, template: PartialDate) -> PartialDate {
    let year = (template.year() + rng.below(5) as i32 - 2).clamp(2000, 2026);
    let month = 1 + rng.below(12) as u8;
    let roll = rng.unit();
    if roll < 0.07 {
        PartialDate::year_only(year)
    } else if roll < 0.52 {
        format!("{year:04}-{month:02}")
            .parse()
            .unwrap_or(PartialDate::year_only(year))
    } else {
        let day = 1 + rng.below(usize::from(crate::date::days_in_month(year, month))) as u8;
        PartialDate::ymd(year, month, day).unwrap_or(PartialDate::year_only(year))
    }
}

pub fn id(i: usize) -> String {
    format!("{ID_PREFIX}{}", i + 1)
}

pub fn index_of(id: &str) -> Option<usize> {
    id.strip_prefix(ID_PREFIX)?
        .parse::<usize>()
        .ok()?
        .checked_sub(1)
}

/// A route end from its places: the primary point first, then the further ones.
fn route_end(places: Vec<Place>) -> RouteEnd {
    let mut end = RouteEnd::default();
    if let Some(Place::Port(p)) = places.first() {
        end.countries.push(p.country());
    }
    for place in places {
        match place {
            Place::Port(p) => end.ports.push(p),
            Place::Country(c) if !end.countries.contains(&c) => end.countries.push(c),
            Place::Country(_) => {}
        }
    }
    end
}

/// Rebuilds generated record `i` from the columns, saying plainly that it is generated.
pub fn materialise(s: &Store, i: usize, seed: u64) -> Seizure {
    let country: Country = s.countries[s.country[i] as usize];
    let port = match s.place(s.port[i]) {
        Some(Place::Port(p)) => Some(p),
        _ => None,
    };
    let kg = s.kg(i);
    let via = s.transit_points(i);
    Seizure {
        id: id(i),
        date: s.date(i),
        country,
        place: s.text(0, i).to_string(),
        port,
        location_type: if port.is_some() {
            LocationType::Port
        } else {
            LocationType::AtSea
        },
        drug: crate::model::Drug::ALL[s.drug[i] as usize],
        quantity_kg: kg,
        quantity_as_reported: kg
            .map(|k| format!("{k} kg (generated)"))
            .unwrap_or_default(),
        concealment: s.text(2, i).to_string(),
        cargo: s.text(1, i).to_string(),
        vessel: s.text(3, i).to_string(),
        origin: route_end(s.route_places(&s.origin, &s.origin_extra, i)),
        transit: via
            .iter()
            .filter(|p| matches!(p, Place::Port(_)))
            .map(ToString::to_string)
            .collect(),
        transit_ports: via
            .iter()
            .filter_map(|p| match p {
                Place::Port(l) => Some(*l),
                Place::Country(_) => None,
            })
            .collect(),
        transit_points: via,
        destination: route_end(s.route_places(&s.dest, &s.dest_extra, i)),
        groups: s.group_names(i),
        agencies: Vec::new(),
        summary: "Generated record for testing and demonstration: not a real seizure.".into(),
        source: Citation {
            url: String::new(),
            title: "Synthetic record (not a real seizure)".into(),
            publisher: format!("Portolan generator, seed {seed}"),
            date: None,
        },
        caveat: "Synthetic: generated from the real data's patterns; it did not happen.".into(),
        summary_es: "Registro generado para pruebas y demostraciones: no es una incautación real."
            .into(),
        concealment_es: String::new(),
        cargo_es: String::new(),
    }
}
