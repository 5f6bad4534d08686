//! Evaluating a filter over the columnar store: one bitset per active dimension, their AND as the
//! selection, facet counts per dimension under all *other* filters (crossfilter semantics), and
//! the aggregates the views draw (per seizure place, per route leg, per year and month).
//!
//! What did not change is not recomputed: each dimension's bitset is cached under that
//! dimension's own filter values, and each facet under the filter without its dimension, so
//! changing one filter recomputes one bitset and the counts that depend on it. Counting over a
//! set larger than half the records counts its complement and subtracts from the totals.

use crate::bitset::Bitset;
use crate::codes::Country;
use crate::codes::Locode;
use crate::filter::{CargoKind, Dim, Filter, Place};
use crate::journey::Journey;
use crate::link::{Sort, SortColumn};
use crate::model::Drug;
use crate::store::{day16, Codes, Extras, Store, StoredStop, TableOrder};
use std::collections::HashMap;
use std::sync::Arc;

/// The dimensions that have facets, in display order.
pub const FACET_DIMS: [Dim; 8] = [
    Dim::Country,
    Dim::Port,
    Dim::Origin,
    Dim::Dest,
    Dim::Via,
    Dim::Drug,
    Dim::Cargo,
    Dim::Group,
];

/// The filter with one value of a facet dimension added, or removed if it was there.
///
/// ```
/// use portolan_engine::{filter::{Dim, Filter}, link::decode, query::{toggled, FacetValue}};
/// let f = decode("dest=NL").link.filter;
/// let v = FacetValue::Place(portolan_engine::filter::Place::parse("BEANR").unwrap());
/// let link = portolan_engine::link::Link { filter: toggled(&f, Dim::Dest, &v), ..Default::default() };
/// // Canonical order: countries before ports.
/// assert_eq!(portolan_engine::link::encode(&link), "dest=NL,BEANR");
/// ```
pub fn toggled(filter: &Filter, dim: Dim, value: &FacetValue) -> Filter {
    fn flip<T: PartialEq + Clone>(list: &mut Vec<T>, v: &T) {
        match list.iter().position(|x| x == v) {
            Some(i) => {
                list.remove(i);
            }
            None => list.push(v.clone()),
        }
    }
    let mut f = filter.clone();
    match (dim, value) {
        (Dim::Country, FacetValue::Country(c)) => flip(&mut f.countries, c),
        (Dim::Port, FacetValue::Place(Place::Port(l))) => flip(&mut f.ports, l),
        (Dim::Origin, FacetValue::Place(p)) => flip(&mut f.origins, p),
        (Dim::Dest, FacetValue::Place(p)) => flip(&mut f.destinations, p),
        (Dim::Via, FacetValue::Place(p)) => flip(&mut f.via, p),
        (Dim::Drug, FacetValue::Drug(d)) => flip(&mut f.drugs, d),
        (Dim::Cargo, FacetValue::Cargo(k)) => flip(&mut f.cargo, k),
        (Dim::Group, FacetValue::Group(g)) => {
            match f
                .groups
                .iter()
                .position(|x| crate::filter::same_group(x, g))
            {
                Some(i) => {
                    f.groups.remove(i);
                }
                None => f.groups.push(g.clone()),
            }
        }
        _ => {}
    }
    f.normalised()
}

/// One value of a facet, as a link would name it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FacetValue {
    Country(Country),
    Place(Place),
    Drug(Drug),
    Cargo(CargoKind),
    Group(String),
}

impl FacetValue {
    /// The value as written in a link.
    pub fn link_value(&self) -> String {
        match self {
            FacetValue::Country(c) => c.to_string(),
            FacetValue::Place(p) => p.to_string(),
            FacetValue::Drug(d) => d.code().to_string(),
            FacetValue::Cargo(k) => k.code().to_string(),
            FacetValue::Group(g) => g.clone(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct FacetCount {
    pub value: FacetValue,
    pub count: u32,
    /// Whether the filter selects this value.
    pub selected: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Facet {
    pub dim: Dim,
    /// Most records first; selected values are always listed, with 0 if nothing else matches.
    pub values: Vec<FacetCount>,
}

/// Count and weight of a group of records. Weights are summed in whole grams, exactly.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Total {
    pub count: u32,
    pub grams: i64,
    /// Records of the group that give no quantity.
    pub without_quantity: u32,
}

impl Total {
    pub fn kg(&self) -> f64 {
        self.grams as f64 / 1000.0
    }

    #[inline]
    fn add(&mut self, grams: Option<i64>) {
        self.count += 1;
        match grams {
            Some(g) => self.grams += g,
            None => self.without_quantity += 1,
        }
    }

    fn minus(self, other: Total) -> Total {
        Total {
            count: self.count - other.count,
            grams: self.grams - other.grams,
            without_quantity: self.without_quantity - other.without_quantity,
        }
    }
}

/// Seizures at one place: a port, or a country when the place is not a port.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceTotal {
    pub place: Place,
    pub total: Total,
}

/// One leg of the routes: from → to. A leg between two named ports is as reported; a leg with a
/// country at either end is approximate.
#[derive(Clone, Debug, PartialEq)]
pub struct LegTotal {
    pub from: Place,
    pub to: Place,
    /// Travelled up to where the shipment was stopped, or planned and never made.
    pub travelled: bool,
    pub total: Total,
}

impl LegTotal {
    /// The one order of legs: heaviest first, then most seizures, then travelled before planned.
    pub(crate) fn key(&self) -> (Place, Place, bool) {
        (self.from, self.to, !self.travelled)
    }

    pub fn is_port_to_port(&self) -> bool {
        matches!((self.from, self.to), (Place::Port(_), Place::Port(_)))
    }
}

/// Seizures whose journeys are the same points in the same roles.
#[derive(Clone, Debug, PartialEq)]
pub struct JourneyTotal {
    pub journey: Journey,
    /// The index among the journey's stops of the place asked about.
    pub here: usize,
    pub total: Total,
}

/// The legs between the same two places, travelled and planned apart.
#[derive(Clone, Debug, PartialEq)]
pub struct LegPair {
    pub from: Place,
    pub to: Place,
    pub travelled: Total,
    pub planned: Total,
}

/// The legs with an end at `place` (a port, or any place in a country), travelled and planned
/// side by side; all legs when `place` is `None`. Heaviest first (travelled and planned together).
pub fn legs_through(legs: &[LegTotal], place: Option<Place>) -> Vec<LegPair> {
    let touches = |p: Place| match place {
        None => true,
        Some(Place::Country(c)) => p.country() == c,
        Some(q) => p == q,
    };
    let mut pairs: Vec<LegPair> = Vec::new();
    let mut index: HashMap<(Place, Place), usize> = HashMap::new();
    for l in legs.iter().filter(|l| touches(l.from) || touches(l.to)) {
        let i = *index.entry((l.from, l.to)).or_insert_with(|| {
            pairs.push(LegPair {
                from: l.from,
                to: l.to,
                travelled: Total::default(),
                planned: Total::default(),
            });
            pairs.len() - 1
        });
        if l.travelled {
            pairs[i].travelled = l.total;
        } else {
            pairs[i].planned = l.total;
        }
    }
    let both = |p: &LegPair| Total {
        count: p.travelled.count + p.planned.count,
        grams: p.travelled.grams + p.planned.grams,
        without_quantity: p.travelled.without_quantity + p.planned.without_quantity,
    };
    sort_heaviest_first(&mut pairs, both, |p| (p.from, p.to));
    pairs
}

/// A country with its own count and, beneath it, the counts of its ports.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryGroup {
    pub country: Country,
    /// Records under the country, its ports' included.
    pub count: u32,
    pub ports: Vec<(Locode, u32)>,
}

/// A place facet's values grouped by country, so that a country and one of its ports are never
/// listed as two different places. Most records first; ports most first within their country.
pub fn by_country(values: &[FacetCount]) -> Vec<CountryGroup> {
    let mut groups: Vec<CountryGroup> = Vec::new();
    for v in values.iter().filter(|v| v.count > 0) {
        let FacetValue::Place(p) = v.value else {
            continue;
        };
        let i = match groups.iter().position(|g| g.country == p.country()) {
            Some(i) => i,
            None => {
                groups.push(CountryGroup {
                    country: p.country(),
                    count: 0,
                    ports: Vec::new(),
                });
                groups.len() - 1
            }
        };
        match p {
            Place::Country(_) => groups[i].count = v.count,
            Place::Port(l) => groups[i].ports.push((l, v.count)),
        }
    }
    for g in &mut groups {
        // A port's records always count under its country too; never show less than the ports.
        g.count = g.count.max(g.ports.iter().map(|p| p.1).max().unwrap_or(0));
        g.ports.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    }
    groups.sort_by(|a, b| b.count.cmp(&a.count).then(a.country.cmp(&b.country)));
    groups
}

/// Seizures on a route from an origin to a destination, either end possibly not reported.
#[derive(Clone, Debug, PartialEq)]
pub struct FlowTotal {
    pub origin: Option<Place>,
    pub destination: Option<Place>,
    pub total: Total,
}

/// Everything the views need for one filter.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub selection: Arc<Bitset>,
    pub total: Total,
    pub facets: Vec<Facet>,
    /// Where seized, heaviest first.
    pub places: Vec<PlaceTotal>,
    /// Route legs, heaviest first.
    pub legs: Vec<LegTotal>,
    /// Per year, under every filter but the dates (so a timeline shows the context of its brush).
    pub years: Series,
    /// Per month, for records known at least to the month, under every filter but the dates.
    /// The month is `year * 12 + (month - 1)`.
    pub months: Series,
}

impl Summary {
    pub fn facet(&self, dim: Dim) -> Option<&Facet> {
        self.facets.iter().find(|f| f.dim == dim)
    }
}

/// Totals per year or month, in time order.
pub type Series = Vec<(i32, Total)>;

/// Heaviest first, then most seizures, then by place: the one order of places and legs.
pub(crate) fn sort_heaviest_first<T, K: Ord>(
    items: &mut [T],
    total: impl Fn(&T) -> Total,
    key: impl Fn(&T) -> K,
) {
    items.sort_by(|a, b| {
        let (ta, tb) = (total(a), total(b));
        tb.grams
            .cmp(&ta.grams)
            .then(tb.count.cmp(&ta.count))
            .then(key(a).cmp(&key(b)))
    });
}

/// Raw counts for one grouping, indexed by dictionary id.
type Counts = Vec<Total>;

/// The store plus what was computed for earlier filters.
pub struct Engine {
    store: Arc<Store>,
    dim_bits: HashMap<Dim, (Filter, Option<Arc<Bitset>>)>,
    /// Raw facet counts under the filter without their own dimension.
    facet_cache: HashMap<Dim, (Filter, Arc<Counts>)>,
    timeline_cache: Option<(Filter, Series, Series)>,
    totals: HashMap<Grouping, Counts>,
    /// Record orders per table column, made when first asked for.
    orders: HashMap<SortColumn, Arc<TableOrder>>,
    /// For each stored day (u16), its month and year index.
    month_of_day: Vec<u16>,
}

/// The groupings counted over a set of records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Grouping {
    Facet(Dim),
    Place,
    Leg,
    Year,
    Month,
}

#[inline]
fn grams(g: u32) -> Option<i64> {
    (g != crate::store::NO_QUANTITY).then_some(i64::from(g))
}

impl Engine {
    pub fn new(store: Arc<Store>) -> Self {
        // Month index since 1900-01 for every representable day, so timelines need no date maths.
        let mut month_of_day = Vec::with_capacity(1 << 16);
        let mut date = crate::date::PartialDate::from_day_number(crate::store::DAY_ZERO);
        for day in 0..(1u32 << 16) {
            if day > 0 {
                date =
                    crate::date::PartialDate::from_day_number(crate::store::DAY_ZERO + day as i32);
            }
            let m = (date.year() - 1900) * 12 + i32::from(date.month().unwrap_or(1)) - 1;
            month_of_day.push(m as u16);
        }
        Engine {
            store,
            dim_bits: HashMap::new(),
            facet_cache: HashMap::new(),
            timeline_cache: None,
            totals: HashMap::new(),
            orders: HashMap::new(),
            month_of_day,
        }
    }

    pub fn store(&self) -> &Arc<Store> {
        &self.store
    }

    /// Flows from origin to destination (the route's two ends as first reported) over a
    /// selection, heaviest first. Records without either end are counted under `None`.
    pub fn flows(&self, selection: &Bitset) -> Vec<FlowTotal> {
        let s = &self.store;
        let mut by_pair: HashMap<(u16, u16), Total> = HashMap::new();
        selection.for_each(|i| {
            by_pair
                .entry((s.origin[i], s.dest[i]))
                .or_default()
                .add(grams(s.kg[i]))
        });
        let mut flows: Vec<FlowTotal> = by_pair
            .into_iter()
            .map(|((o, d), total)| FlowTotal {
                origin: s.place(o),
                destination: s.place(d),
                total,
            })
            .collect();
        sort_heaviest_first(&mut flows, |f| f.total, |f| (f.origin, f.destination));
        flows
    }

    /// The records a filter selects, from the same per-dimension cache as [`Engine::summarise`].
    pub fn select(&mut self, filter: &Filter) -> Arc<Bitset> {
        let mut acc: Option<Bitset> = None;
        for &d in Dim::ALL.iter() {
            if let Some(b) = self.dim_bitset(d, filter) {
                match &mut acc {
                    None => acc = Some((*b).clone()),
                    Some(a) => a.and_with(&b),
                }
            }
        }
        Arc::new(acc.unwrap_or_else(|| Bitset::full(self.store.len())))
    }

    /// The journeys of the selected records that pass through `place` (a port: that port; a
    /// country: its first point in that country), the same journeys counted together, heaviest
    /// first.
    pub fn journeys_through(&self, selection: &Bitset, place: Place) -> Vec<JourneyTotal> {
        let s = &self.store;
        let is_here = |id: u16| match (s.place(id), place) {
            (Some(p), Place::Country(c)) => p.country() == c,
            (Some(p), q) => p == q,
            (None, _) => false,
        };
        let mut by_journey: HashMap<&[StoredStop], (usize, Total)> = HashMap::new();
        selection.for_each(|i| {
            let stops = s.stops_of(i);
            if let Some(here) = stops.iter().position(|st| is_here(st.place)) {
                by_journey
                    .entry(stops)
                    .or_insert((here, Total::default()))
                    .1
                    .add(grams(s.kg[i]));
            }
        });
        let mut out: Vec<JourneyTotal> = by_journey
            .into_iter()
            .map(|(stops, (here, total))| JourneyTotal {
                journey: s.journey_of_stops(stops),
                here,
                total,
            })
            .collect();
        sort_heaviest_first(
            &mut out,
            |j| j.total,
            |j| {
                j.journey
                    .stops
                    .iter()
                    .map(|st| st.place)
                    .collect::<Vec<_>>()
            },
        );
        out
    }

    /// Orders the records by a table column ahead of need (it takes a moment at a million).
    pub fn warm_order(&mut self, column: SortColumn) {
        let store = &self.store;
        self.orders
            .entry(column)
            .or_insert_with(|| Arc::new(store.order_by(column)));
    }

    /// Up to `len` selected records from position `offset` on, in the table order `sort`.
    pub fn page(&mut self, selection: &Bitset, sort: Sort, offset: usize, len: usize) -> Vec<u32> {
        let store = &self.store;
        let order = self
            .orders
            .entry(sort.column)
            .or_insert_with(|| Arc::new(store.order_by(sort.column)));
        order
            .iter(sort.descending)
            .filter(|&i| selection.contains(i as usize))
            .skip(offset)
            .take(len)
            .collect()
    }

    /// Evaluates `filter`, reusing whatever earlier calls computed that still holds.
    pub fn summarise(&mut self, filter: &Filter) -> Summary {
        let n = self.store.len();
        let bits: Vec<(Dim, Option<Arc<Bitset>>)> = Dim::ALL
            .iter()
            .map(|&d| (d, self.dim_bitset(d, filter)))
            .collect();
        let and_except = |skip: Option<Dim>| -> Arc<Bitset> {
            let mut active = bits
                .iter()
                .filter(|(d, b)| Some(*d) != skip && b.is_some())
                .map(|(_, b)| b.as_ref().unwrap());
            match active.next() {
                None => Arc::new(Bitset::full(n)),
                Some(first) => {
                    let mut acc = (**first).clone();
                    for b in active {
                        acc.and_with(b);
                    }
                    Arc::new(acc)
                }
            }
        };
        let selection = and_except(None);

        let mut facets = Vec::with_capacity(FACET_DIMS.len());
        for dim in FACET_DIMS {
            let key = filter.without(dim);
            let counts = match self.facet_cache.get(&dim) {
                Some((k, counts)) if *k == key => Arc::clone(counts),
                _ => {
                    let under = if filter.is_active(dim) {
                        and_except(Some(dim))
                    } else {
                        Arc::clone(&selection)
                    };
                    let counts = Arc::new(self.counts(Grouping::Facet(dim), &under));
                    self.facet_cache.insert(dim, (key, Arc::clone(&counts)));
                    counts
                }
            };
            // Which values are selected changes with the dimension's own filter: not cached.
            facets.push(self.facet_from_counts(dim, &counts, filter));
        }

        let timeline_key = filter.without(Dim::Date);
        let (years, months) = match &self.timeline_cache {
            Some((k, y, m)) if *k == timeline_key => (y.clone(), m.clone()),
            _ => {
                let under = if filter.is_active(Dim::Date) {
                    and_except(Some(Dim::Date))
                } else {
                    Arc::clone(&selection)
                };
                let years = nonzero(self.counts(Grouping::Year, &under), |i| 1900 + i as i32);
                let months = nonzero(self.counts(Grouping::Month, &under), |i| {
                    1900 * 12 + i as i32
                });
                self.timeline_cache = Some((timeline_key, years.clone(), months.clone()));
                (years, months)
            }
        };

        let place_counts = self.counts(Grouping::Place, &selection);
        let total = place_counts.iter().fold(Total::default(), |a, t| Total {
            count: a.count + t.count,
            grams: a.grams + t.grams,
            without_quantity: a.without_quantity + t.without_quantity,
        });
        let store = &self.store;
        let mut places: Vec<PlaceTotal> = place_counts
            .iter()
            .enumerate()
            .filter(|(_, t)| t.count > 0)
            .filter_map(|(id, t)| {
                store
                    .place(id as u16)
                    .map(|place| PlaceTotal { place, total: *t })
            })
            .collect();
        sort_heaviest_first(&mut places, |p| p.total, |p| p.place);
        let leg_counts = self.counts(Grouping::Leg, &selection);
        let store = &self.store;
        let mut legs: Vec<LegTotal> = leg_counts
            .iter()
            .enumerate()
            .filter(|(_, t)| t.count > 0)
            .filter_map(|(id, t)| {
                let (from, to, travelled) = store.legs[id];
                Some(LegTotal {
                    from: store.place(from)?,
                    to: store.place(to)?,
                    travelled,
                    total: *t,
                })
            })
            .collect();
        sort_heaviest_first(&mut legs, |l| l.total, LegTotal::key);

        Summary {
            selection,
            total,
            facets,
            places,
            legs,
            years,
            months,
        }
    }

    /// The set of records one dimension lets through, or `None` when it is not filtering.
    fn dim_bitset(&mut self, dim: Dim, filter: &Filter) -> Option<Arc<Bitset>> {
        if !filter.is_active(dim) {
            return None;
        }
        let key = filter.only(dim);
        if let Some((k, bits)) = self.dim_bits.get(&dim) {
            if *k == key {
                return bits.clone();
            }
        }
        let bits = Some(Arc::new(evaluate_dim(&self.store, dim, filter)));
        self.dim_bits.insert(dim, (key, bits.clone()));
        bits
    }

    /// Counts a grouping over `set`, or over its complement when that is smaller.
    fn counts(&mut self, grouping: Grouping, set: &Bitset) -> Counts {
        let n = self.store.len();
        let members = set.count();
        if members * 2 <= n {
            return count_over(&self.store, &self.month_of_day, grouping, set);
        }
        let rest = count_over(&self.store, &self.month_of_day, grouping, &set.complement());
        let store = &self.store;
        let month_of_day = &self.month_of_day;
        let totals = self
            .totals
            .entry(grouping)
            .or_insert_with(|| count_over(store, month_of_day, grouping, &Bitset::full(n)));
        totals.iter().zip(rest).map(|(t, r)| t.minus(r)).collect()
    }

    fn facet_from_counts(&self, dim: Dim, counts: &Counts, filter: &Filter) -> Facet {
        let s = &self.store;
        let value_of = |id: usize| -> Option<FacetValue> {
            Some(match dim {
                Dim::Country => FacetValue::Country(*s.countries.get(id)?),
                Dim::Port | Dim::Origin | Dim::Dest | Dim::Via => {
                    FacetValue::Place(s.place(id as u16)?)
                }
                Dim::Drug => FacetValue::Drug(*Drug::ALL.get(id)?),
                Dim::Cargo => FacetValue::Cargo(*CargoKind::ALL.get(id)?),
                Dim::Group => FacetValue::Group(s.groups.get(id).filter(|_| id > 0)?.clone()),
                _ => return None,
            })
        };
        let selected: Vec<FacetValue> = selected_values_of(dim, filter);
        let mut values: Vec<FacetCount> = counts
            .iter()
            .enumerate()
            .filter(|(_, t)| t.count > 0)
            .filter_map(|(id, t)| value_of(id).map(|v| (v, t.count)))
            .map(|(value, count)| FacetCount {
                selected: selected.iter().any(|s| same_value(s, &value)),
                value,
                count,
            })
            .collect();
        for v in selected {
            if !values.iter().any(|c| same_value(&c.value, &v)) {
                values.push(FacetCount {
                    value: v,
                    count: 0,
                    selected: true,
                });
            }
        }
        values.sort_by(|a, b| b.count.cmp(&a.count).then(a.value.cmp(&b.value)));
        Facet { dim, values }
    }
}

pub(crate) fn same_value(a: &FacetValue, b: &FacetValue) -> bool {
    match (a, b) {
        (FacetValue::Group(x), FacetValue::Group(y)) => crate::filter::same_group(x, y),
        _ => a == b,
    }
}

pub(crate) fn selected_values_of(dim: Dim, f: &Filter) -> Vec<FacetValue> {
    match dim {
        Dim::Country => f
            .countries
            .iter()
            .map(|&c| FacetValue::Country(c))
            .collect(),
        Dim::Port => f
            .ports
            .iter()
            .map(|&p| FacetValue::Place(Place::Port(p)))
            .collect(),
        Dim::Origin => f.origins.iter().map(|&p| FacetValue::Place(p)).collect(),
        Dim::Dest => f
            .destinations
            .iter()
            .map(|&p| FacetValue::Place(p))
            .collect(),
        Dim::Via => f.via.iter().map(|&p| FacetValue::Place(p)).collect(),
        Dim::Drug => f.drugs.iter().map(|&d| FacetValue::Drug(d)).collect(),
        Dim::Cargo => f.cargo.iter().map(|&k| FacetValue::Cargo(k)).collect(),
        Dim::Group => f
            .groups
            .iter()
            .map(|g| FacetValue::Group(g.clone()))
            .collect(),
        _ => Vec::new(),
    }
}

fn nonzero(counts: Counts, key: impl Fn(usize) -> i32) -> Vec<(i32, Total)> {
    counts
        .into_iter()
        .enumerate()
        .filter(|(_, t)| t.count > 0)
        .map(|(i, t)| (key(i), t))
        .collect()
}

/// The records one dimension of the filter lets through.
fn evaluate_dim(s: &Store, dim: Dim, f: &Filter) -> Bitset {
    let n = s.len();
    match dim {
        Dim::Date => {
            let (lo, hi) = f.day_range();
            let (lo, hi) = (day16(lo.max(i32::MIN / 2)), day16(hi.min(i32::MAX / 2)));
            Bitset::from_fn(n, |i| s.day_hi[i] >= lo && s.day_lo[i] <= hi)
        }
        Dim::Country => {
            let mut allowed = [false; 256];
            for (id, c) in s.countries.iter().enumerate() {
                allowed[id] = f.countries.contains(c);
            }
            Bitset::from_fn(n, |i| allowed[s.country[i] as usize])
        }
        Dim::Port => {
            let allowed = place_table(s, |p| matches!(p, Place::Port(l) if f.ports.contains(&l)));
            Bitset::from_fn(n, |i| allowed[s.port[i] as usize])
        }
        Dim::Origin => route_bits(s, &s.origin, &s.origin_extra, &f.origins),
        Dim::Dest => route_bits(s, &s.dest, &s.dest_extra, &f.destinations),
        Dim::Via => route_bits(s, &s.via, &s.via_extra, &f.via),
        Dim::Drug => {
            let allowed: Vec<bool> = Drug::ALL.iter().map(|d| f.drugs.contains(d)).collect();
            Bitset::from_fn(n, |i| allowed[s.drug[i] as usize])
        }
        Dim::Cargo => {
            let allowed: Vec<bool> = CargoKind::ALL.iter().map(|k| f.cargo.contains(k)).collect();
            Bitset::from_fn(n, |i| allowed[s.cargo[i] as usize])
        }
        Dim::Kg => {
            let r = f.kg.unwrap_or_default();
            let lo = r.min.map_or(0, crate::filter::grams);
            let hi = r.max.map_or(i64::MAX, crate::filter::grams);
            // A record without a quantity never matches a range.
            Bitset::from_fn(n, |i| {
                let g = s.kg[i];
                g != crate::store::NO_QUANTITY && (lo..=hi).contains(&i64::from(g))
            })
        }
        Dim::Q => text_bits(s, &f.q_words()),
        Dim::Group => {
            let wanted: Vec<String> = f.groups.iter().map(|g| g.to_lowercase()).collect();
            let allowed: Vec<bool> = s
                .groups
                .iter()
                .enumerate()
                .map(|(id, g)| id > 0 && wanted.contains(&g.to_lowercase()))
                .collect();
            let mut bits = codes_bits(n, &s.group, &allowed);
            for &(record, id) in &s.group_extra {
                if allowed[id as usize] {
                    bits.insert(record as usize);
                }
            }
            bits
        }
    }
}

fn codes_bits(n: usize, codes: &Codes, allowed: &[bool]) -> Bitset {
    match codes {
        Codes::Narrow(v) => Bitset::from_fn(n, |i| allowed[v[i] as usize]),
        Codes::Wide(v) => Bitset::from_fn(n, |i| allowed[v[i] as usize]),
    }
}

/// A lookup table over place ids (id 0, "none", is never allowed).
fn place_table(s: &Store, allow: impl Fn(Place) -> bool) -> Vec<bool> {
    s.places.iter().map(|p| p.is_some_and(&allow)).collect()
}

/// A route end matches a country code when it is that country or one of its ports.
fn route_bits(s: &Store, primary: &[u16], extras: &Extras, wanted: &[Place]) -> Bitset {
    let exact = place_table(s, |p| wanted.contains(&p));
    // The primary point matches through itself or its country; extras list countries explicitly.
    let through_country: Vec<bool> = (0..s.places.len())
        .map(|id| exact[id] || exact[s.place_country[id] as usize])
        .collect();
    let mut bits = Bitset::from_fn(s.len(), |i| {
        primary[i] != 0 && through_country[primary[i] as usize]
    });
    for &(record, id) in extras {
        if exact[id as usize] {
            bits.insert(record as usize);
        }
    }
    bits
}

/// Records where every query word begins a word of one of the searched fields.
fn text_bits(s: &Store, words: &[String]) -> Bitset {
    let words = &words[..words.len().min(32)];
    if words.is_empty() {
        return Bitset::full(s.len());
    }
    let all = if words.len() == 32 {
        u32::MAX
    } else {
        (1u32 << words.len()) - 1
    };
    let mask_of = |entry_words: &[String]| -> u32 {
        words.iter().enumerate().fold(0, |m, (k, q)| {
            if entry_words.iter().any(|w| w.starts_with(q.as_str())) {
                m | (1 << k)
            } else {
                m
            }
        })
    };
    let masks: Vec<Vec<u32>> = s
        .texts
        .iter()
        .map(|d| d.words.iter().map(|w| mask_of(w)).collect())
        .collect();
    let summary_masks: Option<Vec<u32>> = s
        .summary_words
        .as_ref()
        .map(|all| all.iter().map(|w| mask_of(w)).collect());
    Bitset::from_fn(s.len(), |i| {
        let mut m = summary_masks.as_ref().map_or(0, |sm| sm[i]);
        for (field, codes) in s.text.iter().enumerate() {
            m |= masks[field][codes.get(i) as usize];
        }
        m == all
    })
}

/// Counts one grouping over the members of `set`.
fn count_over(s: &Store, month_of_day: &[u16], grouping: Grouping, set: &Bitset) -> Counts {
    let kg = &s.kg;
    match grouping {
        Grouping::Facet(Dim::Country) => tally(256, set, |i| Some(s.country[i] as usize), kg),
        Grouping::Facet(Dim::Port) => tally(
            s.places.len(),
            set,
            |i| (s.port[i] != 0).then_some(s.port[i] as usize),
            kg,
        ),
        Grouping::Facet(Dim::Origin) => route_tally(s, &s.origin, &s.origin_extra, set),
        Grouping::Facet(Dim::Dest) => route_tally(s, &s.dest, &s.dest_extra, set),
        Grouping::Facet(Dim::Via) => route_tally(s, &s.via, &s.via_extra, set),
        Grouping::Facet(Dim::Drug) => tally(Drug::ALL.len(), set, |i| Some(s.drug[i] as usize), kg),
        Grouping::Facet(Dim::Cargo) => {
            tally(CargoKind::ALL.len(), set, |i| Some(s.cargo[i] as usize), kg)
        }
        Grouping::Facet(Dim::Group) => {
            let mut counts = tally(
                s.groups.len(),
                set,
                |i| Some(s.group.get(i) as usize).filter(|&g| g != 0),
                kg,
            );
            for &(record, id) in &s.group_extra {
                if set.contains(record as usize) {
                    counts[id as usize].add(grams(kg[record as usize]));
                }
            }
            counts
        }
        Grouping::Facet(_) => Vec::new(),
        Grouping::Place => tally(
            s.places.len(),
            set,
            |i| {
                Some(if s.port[i] != 0 {
                    s.port[i]
                } else {
                    s.country_place[s.country[i] as usize]
                } as usize)
            },
            kg,
        ),
        Grouping::Leg => {
            let mut counts = vec![Total::default(); s.legs.len()];
            set.for_each(|i| {
                let g = grams(kg[i]);
                for &id in s.leg_ids(i) {
                    counts[id as usize].add(g);
                }
            });
            counts
        }
        Grouping::Year => tally(
            201,
            set,
            |i| Some(month_of_day[s.day_lo[i] as usize] as usize / 12),
            kg,
        ),
        Grouping::Month => tally(
            201 * 12,
            set,
            |i| {
                // Only records known at least to the month have a month.
                (s.day_hi[i] - s.day_lo[i] <= 30)
                    .then(|| month_of_day[s.day_lo[i] as usize] as usize)
            },
            kg,
        ),
    }
}

#[inline]
fn tally(size: usize, set: &Bitset, key: impl Fn(usize) -> Option<usize>, kg: &[u32]) -> Counts {
    let mut counts = vec![Total::default(); size];
    set.for_each(|i| {
        if let Some(k) = key(i) {
            counts[k].add(grams(kg[i]));
        }
    });
    counts
}

/// Counts a route end under its point and, for a port, the port's country; extras once each.
fn route_tally(s: &Store, primary: &[u16], extras: &Extras, set: &Bitset) -> Counts {
    let mut counts = vec![Total::default(); s.places.len()];
    set.for_each(|i| {
        let p = primary[i] as usize;
        if p != 0 {
            let g = grams(s.kg[i]);
            counts[p].add(g);
            let c = s.place_country[p] as usize;
            if c != p {
                counts[c].add(g);
            }
        }
    });
    for &(record, id) in extras {
        if set.contains(record as usize) {
            counts[id as usize].add(grams(s.kg[record as usize]));
        }
    }
    counts
}
