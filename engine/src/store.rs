//! The columnar store: one compact column per field, dictionary-encoded, so that filtering a
//! million records is a few linear scans over small integers.
//!
//! Layout per record (see [`Store::bytes_per_record`]): dates as two day numbers (the first and
//! last day the date can mean, so the precision is kept), the seizure country (u8), port, route
//! points and groups as dictionary ids (u16, or u32 when a dictionary outgrows u16), drug form and
//! cargo kind (u8), quantities in whole grams (u32, MAX when the source gives none), text fields as
//! dictionary ids. Multi-valued fields keep their first value in the column and the rest in a
//! short side list. Each record's journey (see [`crate::journey`]) is kept as lists: its stops,
//! its legs as ids into a table of (from, to, travelled), and its transit points in order.

use crate::codes::{Country, Locode};
use crate::date::{DayNumber, PartialDate};
use crate::filter::{place_keys, point_keys, CargoKind, Place};
use crate::journey::{Journey, Positions, Role, RoutePoints, Stop};
use crate::model::{Drug, Seizure};
use crate::text;
use std::collections::HashMap;
use std::sync::Arc;

/// The stored quantity of a record whose source gives none.
pub const NO_QUANTITY: u32 = u32::MAX;

/// Day numbers are stored as days since this day (1900-01-01) in a u16, which reaches 2079-06-06:
/// dates are accepted up to [`crate::date::LAST_YEAR`] so that none is ever clamped.
pub const DAY_ZERO: DayNumber = -25_567;

pub fn day16(d: DayNumber) -> u16 {
    (d - DAY_ZERO).clamp(0, u16::MAX as DayNumber) as u16
}

/// Dictionary ids, as narrow as the dictionary allows.
#[derive(Clone, Debug)]
pub enum Codes {
    Narrow(Vec<u16>),
    Wide(Vec<u32>),
}

impl Codes {
    fn from_ids(ids: Vec<u32>, dictionary_len: usize) -> Codes {
        if dictionary_len <= u16::MAX as usize + 1 {
            Codes::Narrow(ids.into_iter().map(|i| i as u16).collect())
        } else {
            Codes::Wide(ids)
        }
    }

    #[inline]
    pub fn get(&self, i: usize) -> u32 {
        match self {
            Codes::Narrow(v) => u32::from(v[i]),
            Codes::Wide(v) => v[i],
        }
    }

    fn bytes(&self) -> usize {
        match self {
            Codes::Narrow(v) => v.len() * 2,
            Codes::Wide(v) => v.len() * 4,
        }
    }
}

/// Interns strings to dense ids; id 0 is the empty string.
#[derive(Default)]
struct Interner {
    ids: HashMap<String, u32>,
    values: Vec<String>,
}

impl Interner {
    fn new() -> Self {
        let mut i = Interner::default();
        i.id("");
        i
    }

    fn id(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.values.len() as u32;
        self.ids.insert(s.to_string(), id);
        self.values.push(s.to_string());
        id
    }
}

/// A text field's dictionary with the folded words of each entry (English and Spanish).
#[derive(Clone, Debug, Default)]
pub struct TextDictionary {
    pub values: Vec<String>,
    pub words: Vec<Vec<String>>,
}

/// The text fields `q` searches through dictionaries.
pub const TEXT_FIELDS: [&str; 4] = ["place", "cargo", "concealment", "vessel"];

/// Where full records come from when one is shown.
#[derive(Clone, Debug)]
pub enum Origin {
    /// Loaded from the bundled data or a reader's file.
    Loaded(Arc<Vec<Seizure>>),
    /// Made by the generator: every field is in the columns, nothing else exists.
    Synthetic { seed: u64 },
}

/// Further values of a multi-valued dimension: (record, id).
pub type Extras = Vec<(u32, u32)>;

/// A variable number of values per record: record `i` has `values[offsets[i]..offsets[i + 1]]`.
#[derive(Clone, Debug)]
pub struct Lists<T> {
    offsets: Vec<u32>,
    values: Vec<T>,
}

impl<T> Default for Lists<T> {
    fn default() -> Self {
        Lists {
            offsets: vec![0],
            values: Vec::new(),
        }
    }
}

impl<T> Lists<T> {
    fn push(&mut self, values: impl IntoIterator<Item = T>) {
        self.values.extend(values);
        self.offsets.push(self.values.len() as u32);
    }

    #[inline]
    pub fn of(&self, i: usize) -> &[T] {
        &self.values[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }

    fn bytes(&self) -> usize {
        self.offsets.len() * 4 + self.values.len() * std::mem::size_of::<T>()
    }
}

/// A journey stop in the store: a place id and its roles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StoredStop {
    pub place: u16,
    pub role: Role,
    pub also: Option<Role>,
}

/// A leg in the store's table: from and to as place ids, and whether it was travelled.
pub type LegKey = (u16, u16, bool);

#[derive(Clone, Debug)]
pub struct Store {
    pub(crate) len: usize,
    pub(crate) day_lo: Vec<u16>,
    pub(crate) day_hi: Vec<u16>,
    pub(crate) country: Vec<u8>,
    /// Place id of the seizure port, 0 when not in a port.
    pub(crate) port: Vec<u16>,
    pub(crate) drug: Vec<u8>,
    pub(crate) cargo: Vec<u8>,
    /// Whole grams ([`NO_QUANTITY`] when the source gives none).
    pub(crate) kg: Vec<u32>,
    /// Primary place ids of the route (0 = not reported); further values in the extras.
    pub(crate) origin: Vec<u16>,
    pub(crate) dest: Vec<u16>,
    pub(crate) via: Vec<u16>,
    pub(crate) group: Codes,
    pub(crate) origin_extra: Extras,
    pub(crate) dest_extra: Extras,
    pub(crate) via_extra: Extras,
    pub(crate) group_extra: Extras,
    /// Dictionary ids per text field, in the order of [`TEXT_FIELDS`].
    pub(crate) text: [Codes; 4],
    /// Each record's journey stops, in order.
    pub(crate) stops: Lists<StoredStop>,
    /// Each record's legs as ids into `legs`, each once.
    pub(crate) leg: Lists<u32>,
    /// Each record's transit points in the source's order.
    pub(crate) transit: Lists<u16>,
    /// Summaries' folded words, for loaded data only (kept beside the store, not in it).
    pub(crate) summary_words: Option<Vec<Vec<String>>>,

    pub countries: Vec<Country>,
    /// Place 0 is "none".
    pub places: Vec<Option<Place>>,
    /// For each place, the place id of its country.
    pub place_country: Vec<u16>,
    /// For each country id, its place id.
    pub country_place: Vec<u16>,
    /// Group names as first written; id 0 is "none". Compared ignoring case.
    pub groups: Vec<String>,
    pub texts: [TextDictionary; 4],
    /// The distinct legs: (from, to, travelled).
    pub legs: Vec<LegKey>,
    pub origin_of_records: Origin,
}

/// One record as the builder takes it: borrowed, already validated.
pub struct RecordParts<'a> {
    pub date: PartialDate,
    pub country: Country,
    pub port: Option<Locode>,
    pub drug: Drug,
    pub kg: Option<f64>,
    pub cargo: &'a str,
    pub cargo_es: &'a str,
    pub concealment: &'a str,
    pub concealment_es: &'a str,
    pub place: &'a str,
    pub vessel: &'a str,
    pub origin_countries: &'a [Country],
    pub origin_ports: &'a [Locode],
    pub transit_points: &'a [Place],
    pub dest_countries: &'a [Country],
    pub dest_ports: &'a [Locode],
    pub groups: &'a [String],
}

impl<'a> RecordParts<'a> {
    pub fn of(s: &'a Seizure) -> Self {
        RecordParts {
            date: s.date,
            country: s.country,
            port: s.port,
            drug: s.drug,
            kg: s.quantity_kg,
            cargo: &s.cargo,
            cargo_es: &s.cargo_es,
            concealment: &s.concealment,
            concealment_es: &s.concealment_es,
            place: &s.place,
            vessel: &s.vessel,
            origin_countries: &s.origin.countries,
            origin_ports: &s.origin.ports,
            transit_points: &s.transit_points,
            dest_countries: &s.destination.countries,
            dest_ports: &s.destination.ports,
            groups: &s.groups,
        }
    }
}

/// Builds a [`Store`] one record at a time.
pub struct StoreBuilder {
    day_lo: Vec<u16>,
    day_hi: Vec<u16>,
    country: Vec<u8>,
    port: Vec<u16>,
    drug: Vec<u8>,
    cargo: Vec<u8>,
    kg: Vec<u32>,
    origin: Vec<u16>,
    dest: Vec<u16>,
    via: Vec<u16>,
    group: Vec<u32>,
    origin_extra: Extras,
    dest_extra: Extras,
    via_extra: Extras,
    group_extra: Extras,
    text: [Vec<u32>; 4],
    stops: Lists<StoredStop>,
    leg: Lists<u32>,
    transit: Lists<u16>,
    positions: Positions,
    countries: Vec<Country>,
    country_ids: HashMap<Country, u8>,
    places: Vec<Option<Place>>,
    place_ids: HashMap<Place, u16>,
    place_country: Vec<u16>,
    groups: Interner,
    group_names: Vec<String>,
    texts: [Interner; 4],
    text_words: [Vec<Vec<String>>; 4],
    legs: Vec<LegKey>,
    leg_ids: HashMap<LegKey, u32>,
    summary_words: Option<Vec<Vec<String>>>,
    /// Journeys already placed, by route.
    journeys: HashMap<RoutePoints, (Vec<StoredStop>, Vec<u32>)>,
}

/// How many distinct routes the builder remembers before it starts again.
const MAX_CACHED_JOURNEYS: usize = 200_000;

/// Why a record could not enter the store.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CapacityError {
    #[error("more than 255 distinct countries")]
    Countries,
    #[error("more than 65,535 distinct countries and ports")]
    Places,
}

impl StoreBuilder {
    /// `positions` place each record's seizure on its journey (see [`crate::journey`]).
    pub fn new(positions: Positions) -> Self {
        StoreBuilder {
            day_lo: Vec::new(),
            day_hi: Vec::new(),
            country: Vec::new(),
            port: Vec::new(),
            drug: Vec::new(),
            cargo: Vec::new(),
            kg: Vec::new(),
            origin: Vec::new(),
            dest: Vec::new(),
            via: Vec::new(),
            group: Vec::new(),
            origin_extra: Vec::new(),
            dest_extra: Vec::new(),
            via_extra: Vec::new(),
            group_extra: Vec::new(),
            text: Default::default(),
            stops: Lists::default(),
            leg: Lists::default(),
            transit: Lists::default(),
            positions,
            countries: Vec::new(),
            country_ids: HashMap::new(),
            places: vec![None],
            place_ids: HashMap::new(),
            place_country: vec![0],
            groups: Interner::new(),
            group_names: vec![String::new()],
            texts: [
                Interner::new(),
                Interner::new(),
                Interner::new(),
                Interner::new(),
            ],
            text_words: [vec![vec![]], vec![vec![]], vec![vec![]], vec![vec![]]],
            legs: Vec::new(),
            leg_ids: HashMap::new(),
            summary_words: None,
            journeys: HashMap::new(),
        }
    }

    pub fn with_capacity(n: usize, positions: Positions) -> Self {
        let mut b = Self::new(positions);
        b.day_lo.reserve(n);
        b.day_hi.reserve(n);
        b.country.reserve(n);
        b.port.reserve(n);
        b.drug.reserve(n);
        b.cargo.reserve(n);
        b.kg.reserve(n);
        b.origin.reserve(n);
        b.dest.reserve(n);
        b.via.reserve(n);
        b.group.reserve(n);
        for t in &mut b.text {
            t.reserve(n);
        }
        b.stops.offsets.reserve(n);
        b.leg.offsets.reserve(n);
        b.transit.offsets.reserve(n);
        b
    }

    fn country_id(&mut self, c: Country) -> Result<u8, CapacityError> {
        if let Some(&id) = self.country_ids.get(&c) {
            return Ok(id);
        }
        let id = u8::try_from(self.countries.len()).map_err(|_| CapacityError::Countries)?;
        self.countries.push(c);
        self.country_ids.insert(c, id);
        self.place_id(Place::Country(c))?;
        Ok(id)
    }

    fn place_id(&mut self, p: Place) -> Result<u16, CapacityError> {
        if let Some(&id) = self.place_ids.get(&p) {
            return Ok(id);
        }
        let country_id = match p {
            Place::Country(_) => None,
            Place::Port(_) => Some(self.place_id(Place::Country(p.country()))?),
        };
        let id = u16::try_from(self.places.len()).map_err(|_| CapacityError::Places)?;
        self.places.push(Some(p));
        self.place_ids.insert(p, id);
        self.place_country.push(country_id.unwrap_or(id));
        Ok(id)
    }

    /// Stores a route end or the transit points: the primary point in the column, every other
    /// key as an extra.
    fn route_end(
        &mut self,
        record: u32,
        keys: Vec<Place>,
        primary: Option<Place>,
        which: usize,
    ) -> Result<u16, CapacityError> {
        let Some(primary) = primary else { return Ok(0) };
        let primary_id = self.place_id(primary)?;
        let implied = [Some(primary), Some(Place::Country(primary.country()))];
        for key in keys {
            if !implied.contains(&Some(key)) {
                let id = u32::from(self.place_id(key)?);
                let extras = match which {
                    0 => &mut self.origin_extra,
                    1 => &mut self.dest_extra,
                    _ => &mut self.via_extra,
                };
                extras.push((record, id));
            }
        }
        Ok(primary_id)
    }

    fn leg_id(&mut self, key: LegKey) -> u32 {
        let next = self.legs.len() as u32;
        let id = *self.leg_ids.entry(key).or_insert(next);
        if id == next {
            self.legs.push(key);
        }
        id
    }

    fn text_id(&mut self, field: usize, english: &str, spanish: &str) -> u32 {
        let before = self.texts[field].values.len();
        let id = self.texts[field].id(english);
        if self.texts[field].values.len() > before {
            let words = text::words(english).chain(text::words(spanish)).collect();
            self.text_words[field].push(words);
        }
        id
    }

    /// A route's journey as the store keeps it: stops as place ids, legs as ids, each once.
    fn store_journey(
        &mut self,
        route: &RoutePoints,
    ) -> Result<(Vec<StoredStop>, Vec<u32>), CapacityError> {
        let journey = Journey::of(route, &self.positions);
        let mut stops = Vec::with_capacity(journey.stops.len());
        for s in &journey.stops {
            stops.push(StoredStop {
                place: self.place_id(s.place)?,
                role: s.role,
                also: s.also,
            });
        }
        let mut legs: Vec<u32> = Vec::new();
        for l in journey.legs() {
            let key = (self.place_id(l.from)?, self.place_id(l.to)?, l.travelled);
            let id = self.leg_id(key);
            if !legs.contains(&id) {
                legs.push(id);
            }
        }
        Ok((stops, legs))
    }

    pub fn push(&mut self, r: &RecordParts<'_>) -> Result<(), CapacityError> {
        let record = self.day_lo.len() as u32;
        self.day_lo.push(day16(r.date.first_day()));
        self.day_hi.push(day16(r.date.last_day()));
        let country = self.country_id(r.country)?;
        self.country.push(country);
        let port = match r.port {
            Some(p) => self.place_id(Place::Port(p))?,
            None => 0,
        };
        self.port.push(port);
        self.drug
            .push(Drug::ALL.iter().position(|d| *d == r.drug).unwrap_or(0) as u8);
        self.cargo.push(
            CargoKind::ALL
                .iter()
                .position(|k| *k == CargoKind::of(r.cargo))
                .unwrap_or(0) as u8,
        );
        // The loader keeps quantities within MAX_KG, so whole grams fit a u32.
        self.kg.push(r.kg.map_or(NO_QUANTITY, |k| {
            crate::filter::grams(k).clamp(0, i64::from(NO_QUANTITY) - 1) as u32
        }));
        let first = |countries: &[Country], ports: &[Locode]| {
            ports
                .first()
                .map(|&p| Place::Port(p))
                .or_else(|| countries.first().map(|&c| Place::Country(c)))
        };
        let origin = self.route_end(
            record,
            place_keys(r.origin_countries, r.origin_ports),
            first(r.origin_countries, r.origin_ports),
            0,
        )?;
        let dest = self.route_end(
            record,
            place_keys(r.dest_countries, r.dest_ports),
            first(r.dest_countries, r.dest_ports),
            1,
        )?;
        let via = self.route_end(
            record,
            point_keys(r.transit_points),
            r.transit_points.first().copied(),
            2,
        )?;
        self.origin.push(origin);
        self.dest.push(dest);
        self.via.push(via);

        let mut group_ids = Vec::with_capacity(r.groups.len());
        for g in r.groups {
            let before = self.groups.values.len();
            let id = self.groups.id(&g.to_lowercase());
            if self.groups.values.len() > before {
                self.group_names.push(g.clone());
            }
            if !group_ids.contains(&id) {
                group_ids.push(id);
            }
        }
        self.group.push(group_ids.first().copied().unwrap_or(0));
        for &id in group_ids.iter().skip(1) {
            self.group_extra.push((record, id));
        }

        let texts = [
            (r.place, ""),
            (r.cargo, r.cargo_es),
            (r.concealment, r.concealment_es),
            (r.vessel, ""),
        ];
        for (field, (en, es)) in texts.into_iter().enumerate() {
            let id = self.text_id(field, en, es);
            self.text[field].push(id);
        }

        let route = RoutePoints {
            origins: crate::journey::end_points(r.origin_countries, r.origin_ports),
            transit: r.transit_points.to_vec(),
            destinations: crate::journey::end_points(r.dest_countries, r.dest_ports),
            seized: r.port.map_or(Place::Country(r.country), Place::Port),
        };
        // Records repeat routes (generated ones above all): each distinct route is placed once.
        let (stops, legs) = match self.journeys.get(&route) {
            Some(done) => done.clone(),
            None => {
                let done = self.store_journey(&route)?;
                if self.journeys.len() >= MAX_CACHED_JOURNEYS {
                    self.journeys.clear();
                }
                self.journeys.insert(route, done.clone());
                done
            }
        };
        self.stops.push(stops);
        self.leg.push(legs);
        let mut transit = Vec::with_capacity(r.transit_points.len());
        for &p in r.transit_points {
            transit.push(self.place_id(p)?);
        }
        self.transit.push(transit);
        Ok(())
    }

    /// Adds a loaded record with its summaries, so that `q` searches them.
    pub fn push_seizure(&mut self, s: &Seizure) -> Result<(), CapacityError> {
        self.push(&RecordParts::of(s))?;
        self.push_summary(&s.summary, &s.summary_es);
        Ok(())
    }

    /// Keeps the summaries' words so that `q` searches them (loaded data only).
    fn push_summary(&mut self, english: &str, spanish: &str) {
        self.summary_words
            .get_or_insert_with(Vec::new)
            .push(text::words(english).chain(text::words(spanish)).collect());
    }

    pub fn finish(self, origin_of_records: Origin) -> Store {
        let mut country_place = Vec::with_capacity(self.countries.len());
        for c in &self.countries {
            country_place.push(self.place_ids[&Place::Country(*c)]);
        }
        let [t0, t1, t2, t3] = self.texts;
        let [w0, w1, w2, w3] = self.text_words;
        let dictionaries = [(t0, w0), (t1, w1), (t2, w2), (t3, w3)].map(|(t, w)| TextDictionary {
            values: t.values,
            words: w,
        });
        let [c0, c1, c2, c3] = self.text;
        let text = [
            Codes::from_ids(c0, dictionaries[0].values.len()),
            Codes::from_ids(c1, dictionaries[1].values.len()),
            Codes::from_ids(c2, dictionaries[2].values.len()),
            Codes::from_ids(c3, dictionaries[3].values.len()),
        ];
        Store {
            len: self.day_lo.len(),
            day_lo: self.day_lo,
            day_hi: self.day_hi,
            country: self.country,
            port: self.port,
            drug: self.drug,
            cargo: self.cargo,
            kg: self.kg,
            origin: self.origin,
            dest: self.dest,
            via: self.via,
            group: Codes::from_ids(self.group, self.group_names.len()),
            origin_extra: self.origin_extra,
            dest_extra: self.dest_extra,
            via_extra: self.via_extra,
            group_extra: self.group_extra,
            text,
            stops: self.stops,
            leg: self.leg,
            transit: self.transit,
            summary_words: self.summary_words,
            countries: self.countries,
            places: self.places,
            place_country: self.place_country,
            country_place,
            groups: self.group_names,
            texts: dictionaries,
            legs: self.legs,
            origin_of_records,
        }
    }
}

/// Records in a table column's order: first the `valued` ones, ascending, then those without a
/// value. Descending reverses only the valued part: records without a value always come last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableOrder {
    pub order: Vec<u32>,
    pub valued: usize,
}

impl TableOrder {
    pub fn iter(&self, descending: bool) -> Box<dyn Iterator<Item = u32> + '_> {
        let (valued, without) = self.order.split_at(self.valued);
        if descending {
            Box::new(valued.iter().rev().chain(without).copied())
        } else {
            Box::new(self.order.iter().copied())
        }
    }
}

/// The alphabetical rank of each value (empty values rank last, as "not reported").
fn rank(values: &[String], key: impl Fn(&String) -> String) -> Vec<u32> {
    let mut by_key: Vec<(bool, String, usize)> = values
        .iter()
        .enumerate()
        .map(|(i, v)| (v.is_empty(), key(v), i))
        .collect();
    by_key.sort();
    let mut ranks = vec![0u32; values.len()];
    for (r, (_, _, i)) in by_key.into_iter().enumerate() {
        ranks[i] = r as u32;
    }
    ranks
}

impl Store {
    /// The store of loaded records (the bundled data or a reader's file).
    pub fn from_seizures(
        seizures: Arc<Vec<Seizure>>,
        positions: Positions,
    ) -> Result<Store, CapacityError> {
        let mut b = StoreBuilder::with_capacity(seizures.len(), positions);
        for s in seizures.iter() {
            b.push_seizure(s)?;
        }
        Ok(b.finish(Origin::Loaded(seizures)))
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Bytes held by the per-record columns and side lists (dictionaries and summaries aside).
    pub fn column_bytes(&self) -> usize {
        let n = self.len;
        let extras = self.origin_extra.len()
            + self.dest_extra.len()
            + self.via_extra.len()
            + self.group_extra.len();
        n * (2 + 2 + 1 + 2 + 1 + 1 + 4 + 2 + 2 + 2)
            + self.group.bytes()
            + self.text.iter().map(Codes::bytes).sum::<usize>()
            + self.stops.bytes()
            + self.leg.bytes()
            + self.transit.bytes()
            + extras * 8
    }

    pub fn bytes_per_record(&self) -> f64 {
        self.column_bytes() as f64 / self.len.max(1) as f64
    }

    /// The place a place id stands for.
    pub fn place(&self, id: u16) -> Option<Place> {
        self.places.get(usize::from(id)).copied().flatten()
    }

    /// The date of record `i` at its precision, recovered from its first and last day.
    pub fn date(&self, i: usize) -> PartialDate {
        let lo = PartialDate::from_day_number(DAY_ZERO + DayNumber::from(self.day_lo[i]));
        let span = self.day_hi[i] - self.day_lo[i];
        match span {
            0 => lo,
            1..=30 => format!("{:04}-{:02}", lo.year(), lo.month().unwrap_or(1))
                .parse()
                .unwrap_or(lo),
            _ => PartialDate::year_only(lo.year()),
        }
    }

    pub fn kg(&self, i: usize) -> Option<f64> {
        let g = self.kg[i];
        (g != NO_QUANTITY).then(|| f64::from(g) / 1000.0)
    }

    pub fn text(&self, field: usize, i: usize) -> &str {
        &self.texts[field].values[self.text[field].get(i) as usize]
    }

    /// The full record `i`: the loaded one, or for generated data one rebuilt from the columns.
    pub fn record(&self, i: usize) -> Option<Seizure> {
        if i >= self.len {
            return None;
        }
        match &self.origin_of_records {
            Origin::Loaded(all) => all.get(i).cloned(),
            Origin::Synthetic { seed } => Some(crate::synthetic::materialise(self, i, *seed)),
        }
    }

    /// Finds a record by id.
    pub fn find(&self, id: &str) -> Option<usize> {
        match &self.origin_of_records {
            Origin::Loaded(all) => all.iter().position(|s| s.id == id),
            Origin::Synthetic { .. } => crate::synthetic::index_of(id).filter(|&i| i < self.len),
        }
    }

    /// The further values record `i` has in a side list (lists are in record order).
    pub fn extras_of(extras: &Extras, i: usize) -> &[(u32, u32)] {
        let start = extras.partition_point(|&(r, _)| (r as usize) < i);
        let end = extras.partition_point(|&(r, _)| (r as usize) <= i);
        &extras[start..end]
    }

    /// A route end's places: the primary point then the further ones.
    pub fn route_places(&self, primary: &[u16], extras: &Extras, i: usize) -> Vec<Place> {
        let first = self.place(primary[i]);
        first
            .into_iter()
            .chain(
                Self::extras_of(extras, i)
                    .iter()
                    .filter_map(|&(_, id)| self.place(id as u16)),
            )
            .collect()
    }

    /// The journey of record `i`, as computed when it was stored.
    pub fn journey(&self, i: usize) -> Journey {
        self.journey_of_stops(self.stops.of(i))
    }

    /// The stored stops of record `i`.
    pub fn stops_of(&self, i: usize) -> &[StoredStop] {
        self.stops.of(i)
    }

    pub(crate) fn journey_of_stops(&self, stops: &[StoredStop]) -> Journey {
        let stops = stops
            .iter()
            .filter_map(|s| {
                Some(Stop {
                    place: self.place(s.place)?,
                    role: s.role,
                    also: s.also,
                })
            })
            .collect();
        Journey { stops }
    }

    /// The transit points of record `i`, in the source's order.
    pub fn transit_points(&self, i: usize) -> Vec<Place> {
        self.transit
            .of(i)
            .iter()
            .filter_map(|&id| self.place(id))
            .collect()
    }

    /// The legs of record `i`, as ids into [`Store::legs`].
    pub fn leg_ids(&self, i: usize) -> &[u32] {
        self.leg.of(i)
    }

    /// Group names of record `i`.
    pub fn group_names(&self, i: usize) -> Vec<String> {
        let first = self.group.get(i) as usize;
        (first != 0)
            .then_some(first)
            .into_iter()
            .chain(
                Self::extras_of(&self.group_extra, i)
                    .iter()
                    .map(|&(_, id)| id as usize),
            )
            .map(|id| self.groups[id].clone())
            .collect()
    }

    /// Every record index in the order of a table column, ascending; ties keep data order.
    /// Records without a value (no quantity, no route end, no text) come last, in data order.
    pub fn order_by(&self, column: crate::link::SortColumn) -> TableOrder {
        use crate::link::SortColumn;
        // Dictionary entries ranked alphabetically (folded), so records sort by small integers.
        let rank_text =
            |field: usize| -> Vec<u32> { rank(&self.texts[field].values, |v| text::fold(v)) };
        let place_names: Vec<String> = self
            .places
            .iter()
            .map(|p| p.map_or(String::new(), |p| p.to_string()))
            .collect();
        let place_rank = rank(&place_names, |v| v.clone());
        // Id 0 is the empty text or "no place": no value.
        let ranked = |ranks: &[u32], id: u32| (id != 0).then(|| u64::from(ranks[id as usize]));
        let key: Box<dyn Fn(usize) -> Option<u64>> = match column {
            SortColumn::Date => {
                Box::new(|i| Some((u64::from(self.day_lo[i]) << 16) | u64::from(self.day_hi[i])))
            }
            SortColumn::Place => {
                let r = rank_text(0);
                Box::new(move |i| ranked(&r, self.text[0].get(i)))
            }
            SortColumn::Kg => Box::new(|i| {
                let g = self.kg[i];
                (g != NO_QUANTITY).then_some(u64::from(g))
            }),
            SortColumn::Origin => Box::new(move |i| ranked(&place_rank, u32::from(self.origin[i]))),
            SortColumn::Destination => {
                Box::new(move |i| ranked(&place_rank, u32::from(self.dest[i])))
            }
            SortColumn::Concealment => {
                let r = rank_text(2);
                Box::new(move |i| ranked(&r, self.text[2].get(i)))
            }
        };
        let (mut order, without): (Vec<u32>, Vec<u32>) =
            (0..self.len as u32).partition(|&i| key(i as usize).is_some());
        order.sort_by_key(|&i| key(i as usize));
        let valued = order.len();
        order.extend(without);
        TableOrder { order, valued }
    }

    pub fn is_synthetic(&self) -> bool {
        matches!(self.origin_of_records, Origin::Synthetic { .. })
    }
}
