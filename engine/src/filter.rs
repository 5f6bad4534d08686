//! What a reader asks for, and which seizures match it: the reference semantics.
//!
//! [`Filter::matches`] is the definition every faster evaluation (the columnar store in
//! [`crate::store`]) is tested against. The rules, also in the README ("Links"):
//!
//! - Values of one parameter are OR-ed; different parameters are AND-ed.
//! - `from` / `to`: inclusive bounds at any precision: `from=2020` starts on 2020-01-01 and
//!   `to=2021-06` ends on 2021-06-30. A record dated only to a month or a year stands for that whole
//!   period and matches when any day of it lies within the bounds: a seizure "in 2021" matches
//!   `from=2021-06`, because it may have happened then. No record is lost for being imprecise.
//! - `country`: where seized. `port`: the UN/LOCODE of the port where seized.
//! - `origin`, `dest`, `via`: a two-letter code matches a route end in that country (named as a
//!   country, or as a port of that country); a five-letter UN/LOCODE matches that port only.
//!   `via` matches the transit ports the source names.
//! - `drug`: the drug form. `cargo`: the cargo's kind (see [`CargoKind`]).
//! - `kg=min-max`: inclusive, either side open (`kg=1000-`). A record without a reported quantity
//!   never matches a `kg` range: it has no quantity to compare.
//! - `q`: every word must begin a word of the place, cargo, concealment, vessel or summary (in
//!   English or Spanish), ignoring case and accents.
//! - `group`: a criminal group exactly as named in the data (ignoring case).

use crate::codes::{Country, Locode};
use crate::date::{DayNumber, PartialDate};
use crate::model::{Drug, Seizure};
use crate::text;
use std::fmt;

/// A route end or transit point as links name it: a country or a port.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    Country(Country),
    Port(Locode),
}

impl serde::Serialize for Place {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl Place {
    /// `PE` → a country, `PECLL` → a port.
    pub fn parse(s: &str) -> Option<Place> {
        match s.len() {
            2 => Country::parse(s).map(Place::Country),
            5 => Locode::parse(s).map(Place::Port),
            _ => None,
        }
    }

    pub fn country(&self) -> Country {
        match self {
            Place::Country(c) => *c,
            Place::Port(p) => p.country(),
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Country(c) => c.fmt(f),
            Place::Port(p) => p.fmt(f),
        }
    }
}

/// The kind of cargo a shipment was declared as or hidden in, from keywords of the cargo text.
/// A reading aid for faceting: the record's own wording is always shown beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CargoKind {
    Bananas,
    OtherFruitVegetables,
    Coffee,
    Cocoa,
    Sugar,
    OtherFood,
    MeatFish,
    WoodPaper,
    MetalsMinerals,
    VehiclesMachinery,
    OtherGoods,
    NotReported,
}

impl CargoKind {
    pub const ALL: [CargoKind; 12] = [
        CargoKind::Bananas,
        CargoKind::OtherFruitVegetables,
        CargoKind::Coffee,
        CargoKind::Cocoa,
        CargoKind::Sugar,
        CargoKind::OtherFood,
        CargoKind::MeatFish,
        CargoKind::WoodPaper,
        CargoKind::MetalsMinerals,
        CargoKind::VehiclesMachinery,
        CargoKind::OtherGoods,
        CargoKind::NotReported,
    ];

    /// The value used in links (`cargo=bananas`).
    pub fn code(self) -> &'static str {
        match self {
            CargoKind::Bananas => "bananas",
            CargoKind::OtherFruitVegetables => "fruit-veg",
            CargoKind::Coffee => "coffee",
            CargoKind::Cocoa => "cocoa",
            CargoKind::Sugar => "sugar",
            CargoKind::OtherFood => "food",
            CargoKind::MeatFish => "meat-fish",
            CargoKind::WoodPaper => "wood-paper",
            CargoKind::MetalsMinerals => "metal-minerals",
            CargoKind::VehiclesMachinery => "vehicles-machinery",
            CargoKind::OtherGoods => "other",
            CargoKind::NotReported => "none",
        }
    }

    pub fn from_code(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == s)
    }

    /// Classifies a cargo description by its first matching keyword group, in this order. A
    /// keyword matches a whole word or its plural ("car", "cars", never "carnauba"); one ending in
    /// `*` also matches as the start of a word ("alumin*": "aluminium").
    pub fn of(cargo: &str) -> CargoKind {
        const KEYWORDS: &[(CargoKind, &[&str])] = &[
            (CargoKind::Bananas, &["banana"]),
            (CargoKind::Coffee, &["coffee"]),
            (CargoKind::Cocoa, &["cocoa", "cacao"]),
            (CargoKind::Sugar, &["sugar"]),
            (
                CargoKind::MeatFish,
                &[
                    "chicken", "meat", "beef", "pork", "tuna", "shrimp", "fish*", "seafood",
                    "prawn",
                ],
            ),
            (
                CargoKind::OtherFruitVegetables,
                &[
                    "fruit",
                    "pineapple",
                    "melon",
                    "lemon",
                    "lime",
                    "mango",
                    "avocado",
                    "asparagus",
                    "cassava",
                    "yuca",
                    "vegetable",
                    "orange",
                    "grape",
                    "citrus",
                    "pepper",
                    "onion",
                    "potato",
                    "broccoli",
                    "papaya",
                    "plantain",
                ],
            ),
            (
                CargoKind::OtherFood,
                &[
                    "rice", "bean", "peanut", "soy*", "flour", "salt", "sweets", "food*", "juice",
                    "canned", "grain", "maize", "corn", "wheat", "oil", "wine", "spice",
                ],
            ),
            (
                CargoKind::WoodPaper,
                &[
                    "timber",
                    "wood*",
                    "plywood",
                    "paper",
                    "cellulose",
                    "charcoal",
                    "plank",
                    "lumber",
                ],
            ),
            (
                CargoKind::MetalsMinerals,
                &[
                    "scrap", "metal*", "steel", "iron", "alumin*", "copper", "ore", "coal", "tile",
                    "granite", "marble", "stone", "cement", "mineral*",
                ],
            ),
            (
                CargoKind::VehiclesMachinery,
                &[
                    "car",
                    "vehicle",
                    "excavator",
                    "machine*",
                    "truck",
                    "tractor",
                    "engine",
                    "equipment",
                ],
            ),
        ];
        fn matches(word: &str, key: &str) -> bool {
            match key.strip_suffix('*') {
                Some(stem) => word.starts_with(stem),
                None => {
                    word == key
                        || word
                            .strip_prefix(key)
                            .is_some_and(|plural| plural == "s" || plural == "es")
                }
            }
        }
        let words: Vec<String> = text::words(cargo).collect();
        if words.is_empty() {
            return CargoKind::NotReported;
        }
        KEYWORDS
            .iter()
            .find(|(_, keys)| words.iter().any(|w| keys.iter().any(|k| matches(w, k))))
            .map_or(CargoKind::OtherGoods, |(kind, _)| *kind)
    }
}

/// The most kilograms one record may hold: quantities are kept in whole grams in a u32.
pub const MAX_KG: f64 = 4_000_000.0;

/// Quantities are compared and summed in whole grams (so 0.1 + 0.2 kg is exactly 300 g).
pub fn grams(kg: f64) -> i64 {
    (kg * 1000.0).round() as i64
}

/// An inclusive quantity range in kilograms; either side may be open.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct KgRange {
    pub min: Option<f64>,
    pub max: Option<f64>,
}

impl KgRange {
    pub fn contains(&self, kg: Option<f64>) -> bool {
        match kg {
            None => false,
            Some(kg) => {
                let g = grams(kg);
                self.min.is_none_or(|m| g >= grams(m)) && self.max.is_none_or(|m| g <= grams(m))
            }
        }
    }
}

/// Every filtering parameter of a link. Multi-valued fields are kept sorted and without repeats
/// ([`Filter::normalised`]), so that one view has one form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
    pub countries: Vec<Country>,
    pub ports: Vec<Locode>,
    pub origins: Vec<Place>,
    pub destinations: Vec<Place>,
    pub via: Vec<Place>,
    pub drugs: Vec<Drug>,
    pub cargo: Vec<CargoKind>,
    pub kg: Option<KgRange>,
    /// Free text, trimmed, inner white space collapsed; `None` when empty.
    pub q: Option<String>,
    /// Group names as in the data; compared ignoring case.
    pub groups: Vec<String>,
}

/// The filter's parameters, in link order. Facets and the store index their dimensions by this.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dim {
    Date,
    Country,
    Port,
    Origin,
    Dest,
    Via,
    Drug,
    Cargo,
    Kg,
    Q,
    Group,
}

impl Dim {
    pub const ALL: [Dim; 11] = [
        Dim::Date,
        Dim::Country,
        Dim::Port,
        Dim::Origin,
        Dim::Dest,
        Dim::Via,
        Dim::Drug,
        Dim::Cargo,
        Dim::Kg,
        Dim::Q,
        Dim::Group,
    ];

    /// The link parameter (for `Date`, the pair `from`/`to` is named `from`).
    pub fn param(self) -> &'static str {
        match self {
            Dim::Date => "from",
            Dim::Country => "country",
            Dim::Port => "port",
            Dim::Origin => "origin",
            Dim::Dest => "dest",
            Dim::Via => "via",
            Dim::Drug => "drug",
            Dim::Cargo => "cargo",
            Dim::Kg => "kg",
            Dim::Q => "q",
            Dim::Group => "group",
        }
    }
}

fn sort_dedup<T: Ord>(v: &mut Vec<T>) {
    v.sort();
    v.dedup();
}

impl Filter {
    pub fn normalised(mut self) -> Self {
        sort_dedup(&mut self.countries);
        sort_dedup(&mut self.ports);
        sort_dedup(&mut self.origins);
        sort_dedup(&mut self.destinations);
        sort_dedup(&mut self.via);
        sort_dedup(&mut self.drugs);
        sort_dedup(&mut self.cargo);
        self.groups.sort_by_key(|g| g.to_lowercase());
        self.groups.dedup_by(|a, b| same_group(a, b));
        self.q = self
            .q
            .map(|q| q.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|q| !q.is_empty());
        if self.kg == Some(KgRange::default()) {
            self.kg = None;
        }
        self
    }

    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// Whether the dimension constrains anything.
    pub fn is_active(&self, dim: Dim) -> bool {
        match dim {
            Dim::Date => self.from.is_some() || self.to.is_some(),
            Dim::Country => !self.countries.is_empty(),
            Dim::Port => !self.ports.is_empty(),
            Dim::Origin => !self.origins.is_empty(),
            Dim::Dest => !self.destinations.is_empty(),
            Dim::Via => !self.via.is_empty(),
            Dim::Drug => !self.drugs.is_empty(),
            Dim::Cargo => !self.cargo.is_empty(),
            Dim::Kg => self.kg.is_some(),
            Dim::Q => self.q.is_some(),
            Dim::Group => !self.groups.is_empty(),
        }
    }

    /// The same filter without one dimension: what that dimension's facet counts under.
    pub fn without(&self, dim: Dim) -> Filter {
        let mut f = self.clone();
        match dim {
            Dim::Date => (f.from, f.to) = (None, None),
            Dim::Country => f.countries.clear(),
            Dim::Port => f.ports.clear(),
            Dim::Origin => f.origins.clear(),
            Dim::Dest => f.destinations.clear(),
            Dim::Via => f.via.clear(),
            Dim::Drug => f.drugs.clear(),
            Dim::Cargo => f.cargo.clear(),
            Dim::Kg => f.kg = None,
            Dim::Q => f.q = None,
            Dim::Group => f.groups.clear(),
        }
        f
    }

    /// The filter with nothing but one dimension's values.
    pub fn only(&self, dim: Dim) -> Filter {
        Dim::ALL
            .iter()
            .filter(|&&d| d != dim)
            .fold(self.clone(), |f, &d| f.without(d))
    }

    /// The inclusive day range the date bounds allow.
    pub fn day_range(&self) -> (DayNumber, DayNumber) {
        (
            self.from.map_or(DayNumber::MIN, |d| d.first_day()),
            self.to.map_or(DayNumber::MAX, |d| d.last_day()),
        )
    }

    /// Whether a record's date, known to whatever precision, can lie within `from`..`to`.
    pub fn date_matches(&self, date: PartialDate) -> bool {
        let (lo, hi) = self.day_range();
        date.last_day() >= lo && date.first_day() <= hi
    }

    pub fn country_matches(&self, country: Country) -> bool {
        self.countries.is_empty() || self.countries.binary_search(&country).is_ok()
    }

    /// The folded words of `q`.
    pub fn q_words(&self) -> Vec<String> {
        self.q
            .as_deref()
            .map(|q| text::words(q).collect())
            .unwrap_or_default()
    }

    /// The reference definition of a match; see the module documentation.
    pub fn matches(&self, s: &Seizure) -> bool {
        Dim::ALL.iter().all(|&d| self.dim_matches(d, s))
    }

    pub fn dim_matches(&self, dim: Dim, s: &Seizure) -> bool {
        if !self.is_active(dim) {
            return true;
        }
        let any_place = |wanted: &[Place], keys: &[Place]| wanted.iter().any(|w| keys.contains(w));
        match dim {
            Dim::Date => self.date_matches(s.date),
            Dim::Country => self.country_matches(s.country),
            Dim::Port => s.port.is_some_and(|p| self.ports.contains(&p)),
            Dim::Origin => any_place(
                &self.origins,
                &place_keys(&s.origin.countries, &s.origin.ports),
            ),
            Dim::Dest => any_place(
                &self.destinations,
                &place_keys(&s.destination.countries, &s.destination.ports),
            ),
            Dim::Via => any_place(&self.via, &point_keys(&s.transit_points)),
            Dim::Drug => self.drugs.contains(&s.drug),
            Dim::Cargo => self.cargo.contains(&CargoKind::of(&s.cargo)),
            Dim::Kg => self.kg.is_some_and(|r| r.contains(s.quantity_kg)),
            Dim::Q => text::matches_all_words(&self.q_words(), &searchable_words(s)),
            Dim::Group => s
                .groups
                .iter()
                .any(|g| self.groups.iter().any(|w| same_group(w, g))),
        }
    }
}

/// The places a route end matches: its countries, its ports, and the ports' countries.
pub fn place_keys(countries: &[Country], ports: &[Locode]) -> Vec<Place> {
    let mut keys: Vec<Place> = countries.iter().map(|&c| Place::Country(c)).collect();
    for &p in ports {
        keys.push(Place::Port(p));
        keys.push(Place::Country(p.country()));
    }
    sort_dedup(&mut keys);
    keys
}

/// Group names are one group whatever their case, in any script ("CÁRTEL" is "Cártel").
pub fn same_group(a: &str, b: &str) -> bool {
    a == b || a.to_lowercase() == b.to_lowercase()
}

/// The keys a list of points matches under: each point, and each port's country.
pub fn point_keys(points: &[Place]) -> Vec<Place> {
    let mut keys: Vec<Place> = points
        .iter()
        .flat_map(|&p| [p, Place::Country(p.country())])
        .collect();
    sort_dedup(&mut keys);
    keys
}

/// The folded words `q` searches: place, cargo, concealment, vessel and summary, in both languages.
pub fn searchable_words(s: &Seizure) -> Vec<String> {
    [
        &s.place,
        &s.cargo,
        &s.concealment,
        &s.vessel,
        &s.summary,
        &s.cargo_es,
        &s.concealment_es,
        &s.summary_es,
    ]
    .iter()
    .flat_map(|t| text::words(t))
    .collect()
}

/// The seizures a filter selects, in the dataset's order, with their totals.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    /// Indices into the dataset's seizures.
    pub indices: Vec<u32>,
    /// Sum of the known quantities.
    pub kg: f64,
    /// How many selected records give no quantity (counted, never given a weight).
    pub without_quantity: usize,
}

impl Selection {
    pub fn count(&self) -> usize {
        self.indices.len()
    }
}

/// The straightforward evaluation over records: the oracle the columnar store is tested against.
pub fn select(seizures: &[Seizure], filter: &Filter) -> Selection {
    let mut sel = Selection::default();
    for (i, s) in seizures.iter().enumerate() {
        if filter.matches(s) {
            sel.indices.push(i as u32);
            match s.quantity_kg {
                Some(kg) => sel.kg += kg,
                None => sel.without_quantity += 1,
            }
        }
    }
    sel
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cargo_kinds_follow_keywords() {
        assert_eq!(CargoKind::of("bananas"), CargoKind::Bananas);
        assert_eq!(
            CargoKind::of("cassava (yuca), pineapples, bananas"),
            CargoKind::Bananas
        );
        assert_eq!(CargoKind::of("frozen chicken feet"), CargoKind::MeatFish);
        assert_eq!(
            CargoKind::of("canned asparagus"),
            CargoKind::OtherFruitVegetables
        );
        assert_eq!(CargoKind::of("scrap metal"), CargoKind::MetalsMinerals);
        assert_eq!(
            CargoKind::of("towels, pillows and blankets"),
            CargoKind::OtherGoods
        );
        assert_eq!(CargoKind::of(""), CargoKind::NotReported);
        for k in CargoKind::ALL {
            assert_eq!(CargoKind::from_code(k.code()), Some(k));
        }
    }

    #[test]
    fn cargo_keywords_match_whole_words_not_the_start_of_others() {
        // Regression: "car" matched as a prefix filed carnauba wax and cardboard as vehicles.
        assert_eq!(CargoKind::of("carnauba wax"), CargoKind::OtherGoods);
        assert_eq!(CargoKind::of("cardboard cartons"), CargoKind::OtherGoods);
        assert_eq!(CargoKind::of("cars"), CargoKind::VehiclesMachinery);
        assert_eq!(CargoKind::of("used cars"), CargoKind::VehiclesMachinery);
        assert_eq!(CargoKind::of("machinery"), CargoKind::VehiclesMachinery);
        assert_eq!(CargoKind::of("mangoes"), CargoKind::OtherFruitVegetables);
        assert_eq!(CargoKind::of("soybeans"), CargoKind::OtherFood);
        assert_eq!(CargoKind::of("aluminium ingots"), CargoKind::MetalsMinerals);
        assert_eq!(CargoKind::of("boric acid"), CargoKind::OtherGoods);
        assert_eq!(CargoKind::of("oregano"), CargoKind::OtherGoods);
    }

    #[test]
    fn a_kg_range_never_matches_a_missing_quantity() {
        let r = KgRange {
            min: Some(100.0),
            max: None,
        };
        assert!(r.contains(Some(100.0)) && !r.contains(Some(99.9)) && !r.contains(None));
    }

    #[test]
    fn places_are_countries_or_ports() {
        assert_eq!(
            Place::parse("pe"),
            Some(Place::Country(Country::parse("PE").unwrap()))
        );
        assert!(matches!(Place::parse("BEANR"), Some(Place::Port(_))));
        assert_eq!(Place::parse("BEL"), None);
        assert_eq!(Place::parse("BEANR").unwrap().country().as_str(), "BE");
    }
}
