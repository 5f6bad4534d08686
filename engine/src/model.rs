//! The typed records: seizures, ports and ports' reported aggregate figures.

use crate::codes::{Country, Locode};
use crate::date::PartialDate;
use crate::filter::Place;
use serde::Serialize;

/// Where a seizure happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LocationType {
    Port,
    AtSea,
    Inland,
    Airport,
    Other,
}

impl LocationType {
    pub const ALL: [LocationType; 5] = [
        LocationType::Port,
        LocationType::AtSea,
        LocationType::Inland,
        LocationType::Airport,
        LocationType::Other,
    ];

    /// The code used in the data files.
    pub fn code(self) -> &'static str {
        match self {
            LocationType::Port => "port",
            LocationType::AtSea => "at_sea",
            LocationType::Inland => "inland",
            LocationType::Airport => "airport",
            LocationType::Other => "other",
        }
    }

    pub fn from_code(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.code() == s)
    }
}

/// The form of the drug as the source names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Drug {
    #[serde(rename = "cocaine")]
    Cocaine,
    #[serde(rename = "cocaine base")]
    CocaineBase,
    #[serde(rename = "cocaine hydrochloride")]
    CocaineHydrochloride,
    #[serde(rename = "cocaine paste")]
    CocainePaste,
}

impl Drug {
    pub const ALL: [Drug; 4] = [
        Drug::Cocaine,
        Drug::CocaineBase,
        Drug::CocaineHydrochloride,
        Drug::CocainePaste,
    ];

    /// The code used in the data files and in links.
    pub fn code(self) -> &'static str {
        match self {
            Drug::Cocaine => "cocaine",
            Drug::CocaineBase => "cocaine base",
            Drug::CocaineHydrochloride => "cocaine hydrochloride",
            Drug::CocainePaste => "cocaine paste",
        }
    }

    pub fn from_code(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.code() == s)
    }
}

/// Where a record's information comes from.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Citation {
    /// Always an `http` or `https` URL (checked on load).
    pub url: String,
    /// Empty when the source is cited by address and publisher only.
    pub title: String,
    pub publisher: String,
    pub date: Option<PartialDate>,
}

impl Citation {
    /// The words a link to the source shows: its title, or its address when it has none.
    pub fn label(&self) -> &str {
        if self.title.is_empty() {
            &self.url
        } else {
            &self.title
        }
    }
}

/// One end of a route as the source gave it: countries, the place in words, and resolved ports.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct RouteEnd {
    pub countries: Vec<Country>,
    /// The wording of the source ("Antwerp", "Europe").
    pub place: String,
    pub ports: Vec<Locode>,
}

impl RouteEnd {
    pub fn is_empty(&self) -> bool {
        self.countries.is_empty() && self.place.is_empty() && self.ports.is_empty()
    }
}

/// One seizure event (or one container of a multi-container event), with its citation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Seizure {
    pub id: String,
    pub date: PartialDate,
    /// Where it was seized.
    pub country: Country,
    pub place: String,
    pub port: Option<Locode>,
    pub location_type: LocationType,
    pub drug: Drug,
    /// `None` when the source gives no quantity: never filled in.
    pub quantity_kg: Option<f64>,
    pub quantity_as_reported: String,
    pub concealment: String,
    pub cargo: String,
    pub vessel: String,
    pub origin: RouteEnd,
    /// Transit places in order, as worded by the source.
    pub transit: Vec<String>,
    pub transit_ports: Vec<Locode>,
    /// Every transit the source names, in its order: a port, or a country where only that is
    /// named. May name the place of seizure and places after it (the whole planned trip).
    pub transit_points: Vec<Place>,
    pub destination: RouteEnd,
    pub groups: Vec<String>,
    pub agencies: Vec<String>,
    pub summary: String,
    pub source: Citation,
    /// A known problem with the record, shown next to it.
    pub caveat: String,
    pub summary_es: String,
    pub concealment_es: String,
    pub cargo_es: String,
}

/// A port, keyed by its UN/LOCODE.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Port {
    pub locode: Locode,
    pub name: String,
    pub country: Country,
    pub lat: f64,
    pub lon: f64,
    pub coord_source: String,
    pub note: String,
}

/// An aggregate figure reported for a port or country over a period. Never a seizure event.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PortStat {
    /// The port as the source names it.
    pub port: String,
    pub locode: Option<Locode>,
    pub countries: Vec<Country>,
    pub period_start: PartialDate,
    /// `None` for an open period ("since 2010, to the date of the source").
    pub period_end: Option<PartialDate>,
    pub quantity_kg: f64,
    pub quantity_as_reported: String,
    /// What is counted, in words: figures are not like-for-like.
    pub metric: String,
    pub source: Citation,
}
