//! What a reader asks for, and which seizures match it.
//!
//! Semantics (also in the README, "Links"):
//! - Values of one parameter are OR-ed; different parameters are AND-ed.
//! - `country`: where the seizure happened.
//! - `from` / `to`: inclusive bounds at any precision: `from=2020` starts on 2020-01-01 and
//!   `to=2021-06` ends on 2021-06-30. A record dated only to a month or a year stands for that whole
//!   period and matches when any day of it lies within the bounds: a seizure "in 2021" matches
//!   `from=2021-06`, because it may have happened then. No record is lost for being imprecise;
//!   its date is always shown at its own precision.

use crate::codes::Country;
use crate::date::{DayNumber, PartialDate};
use crate::model::Seizure;

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filter {
    /// Seizure countries, sorted and without repeats; empty means any.
    pub countries: Vec<Country>,
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
}

impl Filter {
    /// Sorts and de-duplicates multi-valued parameters so that one view has one form.
    pub fn normalised(mut self) -> Self {
        self.countries.sort();
        self.countries.dedup();
        self
    }

    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// The inclusive day range the date bounds allow.
    fn day_range(&self) -> (DayNumber, DayNumber) {
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

    pub fn matches(&self, s: &Seizure) -> bool {
        self.country_matches(s.country) && self.date_matches(s.date)
    }

    /// Toggles one seizure country in or out of the filter.
    pub fn toggle_country(&self, c: Country) -> Self {
        let mut next = self.clone();
        match next.countries.binary_search(&c) {
            Ok(i) => {
                next.countries.remove(i);
            }
            Err(i) => next.countries.insert(i, c),
        }
        next
    }
}

/// The seizures a filter selects, newest first, with their totals.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    /// Indices into the dataset's seizures.
    pub indices: Vec<u32>,
    /// Sum of the known quantities.
    pub kg: f64,
    /// How many selected records give no quantity (they are counted, never given a weight).
    pub without_quantity: usize,
}

impl Selection {
    pub fn count(&self) -> usize {
        self.indices.len()
    }
}

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
    sel.indices.sort_by(|&a, &b| {
        let (a, b) = (&seizures[a as usize], &seizures[b as usize]);
        b.date
            .first_day()
            .cmp(&a.date.first_day())
            .then(b.date.precision().cmp(&a.date.precision()))
            .then(a.id.cmp(&b.id))
    });
    sel
}

/// Seizures per country under every filter except `country` (crossfilter semantics), most first.
/// Countries the filter selects are always listed, with 0 if nothing else matches.
pub fn country_counts(seizures: &[Seizure], filter: &Filter) -> Vec<(Country, usize)> {
    let mut counts = std::collections::BTreeMap::new();
    for c in &filter.countries {
        counts.insert(*c, 0);
    }
    for s in seizures.iter().filter(|s| filter.date_matches(s.date)) {
        *counts.entry(s.country).or_insert(0) += 1;
    }
    let mut out: Vec<(Country, usize)> = counts.into_iter().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}
