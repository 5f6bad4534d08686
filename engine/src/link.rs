//! The link codec: a whole view ⇄ its query string. Links are the product's API.
//!
//! Decoding never fails: whatever cannot be used is left out and reported as [`Ignored`], with
//! the reason. Encoding is canonical: one view, one URL (parameters in the order of the README's
//! table, values sorted, defaults left out).

use crate::codes::{Country, Locode};
use crate::date::PartialDate;
use crate::filter::{CargoKind, Filter, KgRange, Place};
use crate::model::Drug;
use crate::reason::Reason;
use std::fmt;

/// Longest raw parameter value read; longer ones are ignored whole.
pub const MAX_VALUE_CHARS: usize = 4_000;
/// Most parameters read from one link.
pub const MAX_PARAMS: usize = 64;
/// Most values one parameter may hold (the UI never offers more).
pub const MAX_VALUES: usize = 20;
/// Longest free-text query and group name.
pub const MAX_TEXT_CHARS: usize = 100;
/// Most generated records `synthetic` asks for.
pub const MAX_SYNTHETIC: u32 = 1_000_000;
/// Longest link the UI will make, so that links survive mail, chat and citation managers.
pub const MAX_LINK_CHARS: usize = 2_000;

/// Every parameter a link may hold, in canonical order (the README's table).
pub const PARAMS: [&str; 19] = [
    "view",
    "from",
    "to",
    "country",
    "port",
    "origin",
    "dest",
    "via",
    "drug",
    "cargo",
    "kg",
    "q",
    "group",
    "sel",
    "sort",
    "embed",
    "lang",
    "synthetic",
    "data",
];

/// Which screen is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Map,
    Table,
    Routes,
    /// The profile of the one port in `port`.
    Port,
    About,
}

impl View {
    pub const ALL: [View; 5] = [
        View::Map,
        View::Table,
        View::Routes,
        View::Port,
        View::About,
    ];

    pub fn code(self) -> &'static str {
        match self {
            View::Map => "map",
            View::Table => "table",
            View::Routes => "routes",
            View::Port => "port",
            View::About => "about",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Es,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    pub fn from_code(s: &str) -> Option<Lang> {
        match s.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }
}

/// The seizures table's columns that can be sorted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SortColumn {
    Date,
    Place,
    Kg,
    Origin,
    Destination,
    Concealment,
}

impl SortColumn {
    pub const ALL: [SortColumn; 6] = [
        SortColumn::Date,
        SortColumn::Place,
        SortColumn::Kg,
        SortColumn::Origin,
        SortColumn::Destination,
        SortColumn::Concealment,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SortColumn::Date => "date",
            SortColumn::Place => "place",
            SortColumn::Kg => "kg",
            SortColumn::Origin => "origin",
            SortColumn::Destination => "destination",
            SortColumn::Concealment => "concealment",
        }
    }
}

/// A table order; the default is newest first (`-date`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Sort {
    pub column: SortColumn,
    pub descending: bool,
}

impl Default for Sort {
    fn default() -> Self {
        Sort {
            column: SortColumn::Date,
            descending: true,
        }
    }
}

impl fmt::Display for Sort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.descending { "-" } else { "" };
        write!(f, "{sign}{}", self.column.code())
    }
}

/// Everything a link says.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Link {
    pub view: View,
    pub filter: Filter,
    /// The open record's id.
    pub sel: Option<String>,
    pub sort: Sort,
    pub embed: bool,
    /// Set only when the reader chose a language; otherwise the browser's is used.
    pub lang: Option<Lang>,
    /// Generated records instead of the real data (benchmark and demo mode).
    pub synthetic: Option<u32>,
    /// The view is of a file the reader loaded in this tab (`data=local`): it cannot be shared.
    pub data_local: bool,
}

/// Something in a link that was not used, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ignored {
    pub param: String,
    pub value: String,
    pub reason: Reason,
}

impl Ignored {
    /// `param=value: reason`, the reason in the reader's language and the value as written.
    pub fn text(&self, lang: Lang) -> String {
        let shown: String = self.value.chars().take(40).collect();
        let ellipsis = if shown.len() < self.value.len() {
            "…"
        } else {
            ""
        };
        let reason = self.reason.text(lang);
        if self.value.is_empty() {
            format!("{}: {reason}", self.param)
        } else {
            format!("{}={shown}{ellipsis}: {reason}", self.param)
        }
    }
}

impl fmt::Display for Ignored {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Decoded {
    pub link: Link,
    pub ignored: Vec<Ignored>,
}

/// Reads a query string (with or without its leading `?`).
///
/// ```
/// use portolan_engine::link::{decode, encode};
/// let d = decode("?from=2020&country=pe,EC&colour=red");
/// assert_eq!(encode(&d.link), "from=2020&country=EC,PE");
/// assert_eq!(d.ignored[0].param, "colour");
/// ```
pub fn decode(query: &str) -> Decoded {
    let mut out = Decoded::default();
    let query = query.strip_prefix('?').unwrap_or(query);
    let pairs: Vec<&str> = query.split('&').filter(|p| !p.is_empty()).collect();
    if pairs.len() > MAX_PARAMS {
        out.ignored.push(Ignored {
            param: "(link)".into(),
            value: String::new(),
            reason: Reason::TooManyParams(pairs.len(), MAX_PARAMS),
        });
    }
    for pair in pairs.into_iter().take(MAX_PARAMS) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = percent_decode(raw_key);
        let mut reader = ParamReader {
            key: &key,
            ignored: &mut out.ignored,
        };
        if !PARAMS.contains(&key.as_str()) {
            reader.ignore(raw_value, Reason::UnknownParameter);
            continue;
        }
        if raw_value.chars().count() > MAX_VALUE_CHARS {
            reader.ignore("", Reason::ValueTooLong(MAX_VALUE_CHARS));
            continue;
        }
        if percent_decode(raw_value).trim().is_empty() {
            reader.ignore("", Reason::NoValue);
            continue;
        }
        // Commas separate values, except in free text.
        let values: Vec<String> = if key == "q" {
            Vec::new()
        } else {
            let all = raw_value
                .split(',')
                .map(|v| percent_decode(v).trim().to_string())
                .filter(|v| !v.is_empty())
                .collect();
            reader.at_most(all, MAX_VALUES)
        };
        let link = &mut out.link;
        let f = &mut link.filter;
        match key.as_str() {
            "view" => {
                if let Some(v) = reader.one(&values) {
                    match View::ALL
                        .into_iter()
                        .find(|w| w.code() == v.to_ascii_lowercase())
                    {
                        Some(view) => link.view = view,
                        None => reader.ignore(&v, Reason::NotView),
                    }
                }
            }
            "from" | "to" => {
                if let Some(v) = reader.one(&values) {
                    match v.parse::<PartialDate>() {
                        Ok(d) if key == "from" => f.from = Some(d),
                        Ok(d) => f.to = Some(d),
                        Err(e) => reader.ignore(&v, e.into()),
                    }
                }
            }
            "country" => reader.each(
                values,
                &mut f.countries,
                Country::parse,
                Reason::NotCountryCode,
            ),
            "port" => reader.each(values, &mut f.ports, Locode::parse, Reason::NotPortCode),
            "origin" | "dest" | "via" => {
                let slot = match key.as_str() {
                    "origin" => &mut f.origins,
                    "dest" => &mut f.destinations,
                    _ => &mut f.via,
                };
                reader.each(values, slot, Place::parse, Reason::NotPlaceCode);
            }
            "drug" => reader.each(
                values,
                &mut f.drugs,
                |v| Drug::from_code(&v.to_lowercase()),
                Reason::NotDrug,
            ),
            "cargo" => reader.each(
                values,
                &mut f.cargo,
                |v| CargoKind::from_code(&v.to_lowercase()),
                Reason::NotCargo,
            ),
            "kg" => {
                if let Some(v) = reader.one(&values) {
                    match parse_kg(&v) {
                        Ok(r) => f.kg = Some(r),
                        Err(reason) => reader.ignore(&v, reason),
                    }
                }
            }
            "q" => {
                let text = percent_decode(raw_value);
                if text.chars().count() > MAX_TEXT_CHARS {
                    reader.ignore(&text, Reason::TooLong(MAX_TEXT_CHARS));
                } else {
                    f.q = Some(text);
                }
            }
            "group" => {
                for v in values {
                    if v.chars().count() > MAX_TEXT_CHARS {
                        reader.ignore(&v, Reason::TooLong(MAX_TEXT_CHARS));
                    } else {
                        f.groups.push(v);
                    }
                }
            }
            "sel" => {
                if let Some(v) = reader.one(&values) {
                    if is_record_id(&v) {
                        link.sel = Some(v);
                    } else {
                        reader.ignore(&v, Reason::NotRecordId);
                    }
                }
            }
            "sort" => {
                if let Some(v) = reader.one(&values) {
                    match parse_sort(&v) {
                        Some(s) => link.sort = s,
                        None => reader.ignore(&v, Reason::NotSort),
                    }
                }
            }
            "embed" => match reader.one(&values).as_deref() {
                Some("1") => link.embed = true,
                Some("0") => link.embed = false,
                Some(v) => reader.ignore(v, Reason::NotFlag),
                None => {}
            },
            "lang" => {
                if let Some(v) = reader.one(&values) {
                    match Lang::from_code(&v) {
                        Some(l) => link.lang = Some(l),
                        None => reader.ignore(&v, Reason::NotLang),
                    }
                }
            }
            "synthetic" => {
                if let Some(v) = reader.one(&values) {
                    match v.parse::<u32>() {
                        Ok(n) if (1..=MAX_SYNTHETIC).contains(&n) => link.synthetic = Some(n),
                        _ => reader.ignore(&v, Reason::SyntheticRange(MAX_SYNTHETIC)),
                    }
                }
            }
            "data" => match reader.one(&values).as_deref() {
                Some("local") => link.data_local = true,
                Some(v) => reader.ignore(v, Reason::OnlyLocal),
                None => {}
            },
            _ => {}
        }
    }
    out.link.filter = std::mem::take(&mut out.link.filter).normalised();
    let f = &mut out.link.filter;
    if let (Some(from), Some(to)) = (f.from, f.to) {
        if to.last_day() < from.first_day() {
            out.ignored.push(Ignored {
                param: "to".into(),
                value: to.to_string(),
                reason: Reason::ToBeforeFrom(from.to_string()),
            });
            f.to = None;
        }
    }
    if out.link.view == View::Port && f.ports.len() != 1 {
        out.ignored.push(Ignored {
            param: "view".into(),
            value: "port".into(),
            reason: Reason::ProfileNeedsOnePort,
        });
        out.link.view = View::Map;
    }
    out
}

impl Decoded {
    /// Leaves out well-formed codes that name nothing known: a country code with no known country,
    /// a UN/LOCODE that is not a port of the data. Each is reported like any other ignored value.
    pub fn drop_unknown_codes(
        &mut self,
        known_country: impl Fn(Country) -> bool,
        known_port: impl Fn(Locode) -> bool,
    ) {
        let f = &mut self.link.filter;
        let ignored = &mut self.ignored;
        let mut keep_place = |param: &str, p: &Place| {
            let known = match p {
                Place::Country(c) => known_country(*c),
                Place::Port(l) => known_port(*l),
            };
            if !known {
                let reason = match p {
                    Place::Country(_) => Reason::UnknownCountry,
                    Place::Port(_) => Reason::UnknownPort,
                };
                ignored.push(Ignored {
                    param: param.into(),
                    value: p.to_string(),
                    reason,
                });
            }
            known
        };
        f.countries
            .retain(|&c| keep_place("country", &Place::Country(c)));
        f.ports.retain(|&l| keep_place("port", &Place::Port(l)));
        f.origins.retain(|p| keep_place("origin", p));
        f.destinations.retain(|p| keep_place("dest", p));
        f.via.retain(|p| keep_place("via", p));
        if self.link.view == View::Port && f.ports.len() != 1 {
            self.link.view = View::Map;
        }
    }
}

/// Reads one parameter's values, noting what it ignores.
struct ParamReader<'a> {
    key: &'a str,
    ignored: &'a mut Vec<Ignored>,
}

impl ParamReader<'_> {
    fn ignore(&mut self, value: &str, reason: Reason) {
        self.ignored.push(Ignored {
            param: self.key.to_string(),
            value: value.to_string(),
            reason,
        });
    }

    fn at_most(&mut self, mut values: Vec<String>, n: usize) -> Vec<String> {
        if values.len() > n {
            let dropped = values.split_off(n);
            self.ignore(&dropped.join(","), Reason::TooManyValues(n));
        }
        values
    }

    /// The single value of a one-valued parameter.
    fn one(&mut self, values: &[String]) -> Option<String> {
        match values {
            [] => {
                self.ignore("", Reason::NoValue);
                None
            }
            [v] => Some(v.clone()),
            _ => {
                self.ignore(&values.join(","), Reason::TakesOneValue);
                None
            }
        }
    }

    fn each<T>(
        &mut self,
        values: Vec<String>,
        into: &mut Vec<T>,
        parse: impl Fn(&str) -> Option<T>,
        why: Reason,
    ) {
        for v in values {
            match parse(&v) {
                Some(t) => into.push(t),
                None => self.ignore(&v, why.clone()),
            }
        }
    }
}

/// Record ids as the data allows them: letters, digits, `-`, `_`, `.`; at most 200 characters.
pub fn is_record_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 200
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
}

fn parse_kg(s: &str) -> Result<KgRange, Reason> {
    let Some((lo, hi)) = s.split_once('-') else {
        return Err(Reason::KgShape);
    };
    let num = |t: &str| -> Result<Option<f64>, Reason> {
        if t.is_empty() {
            return Ok(None);
        }
        match t.parse::<f64>() {
            Ok(n)
                if n.is_finite()
                    && n >= 0.0
                    && t.bytes().all(|b| b.is_ascii_digit() || b == b'.') =>
            {
                Ok(Some(n))
            }
            _ => Err(Reason::NotKg(t.to_string())),
        }
    };
    let range = KgRange {
        min: num(lo)?,
        max: num(hi)?,
    };
    match (range.min, range.max) {
        (None, None) => Err(Reason::KgEmpty),
        (Some(a), Some(b)) if a > b => Err(Reason::KgBackwards(a.to_string(), b.to_string())),
        _ => Ok(range),
    }
}

fn parse_sort(s: &str) -> Option<Sort> {
    let (descending, name) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let column = SortColumn::ALL
        .into_iter()
        .find(|c| c.code() == name.to_ascii_lowercase())?;
    Some(Sort { column, descending })
}

/// The shortest text for a number of kilograms: `1000`, `0.5`.
fn kg_text(n: f64) -> String {
    let s = format!("{n}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// The canonical query string of a view, without the leading `?`; empty for the default view.
pub fn encode(link: &Link) -> String {
    let f = &link.filter;
    let mut parts: Vec<String> = Vec::new();
    let mut list = |name: &str, values: Vec<String>| {
        if !values.is_empty() {
            let encoded: Vec<String> = values.iter().map(|v| percent_encode(v)).collect();
            parts.push(format!("{name}={}", encoded.join(",")));
        }
    };
    let strings = |v: &[Place]| v.iter().map(ToString::to_string).collect::<Vec<_>>();
    if link.view != View::Map {
        list("view", vec![link.view.code().into()]);
    }
    list("from", f.from.iter().map(ToString::to_string).collect());
    list("to", f.to.iter().map(ToString::to_string).collect());
    list(
        "country",
        f.countries.iter().map(ToString::to_string).collect(),
    );
    list("port", f.ports.iter().map(ToString::to_string).collect());
    list("origin", strings(&f.origins));
    list("dest", strings(&f.destinations));
    list("via", strings(&f.via));
    list(
        "drug",
        f.drugs.iter().map(|d| d.code().to_string()).collect(),
    );
    list(
        "cargo",
        f.cargo.iter().map(|c| c.code().to_string()).collect(),
    );
    if let Some(r) = f.kg {
        let side = |v: Option<f64>| v.map(kg_text).unwrap_or_default();
        list("kg", vec![format!("{}-{}", side(r.min), side(r.max))]);
    }
    // One value: its commas are escaped like any other character.
    list("q", f.q.iter().cloned().collect());
    list("group", f.groups.clone());
    list("sel", link.sel.iter().cloned().collect());
    if link.sort != Sort::default() {
        list("sort", vec![link.sort.to_string()]);
    }
    if link.embed {
        list("embed", vec!["1".into()]);
    }
    list(
        "lang",
        link.lang.iter().map(|l| l.code().to_string()).collect(),
    );
    list(
        "synthetic",
        link.synthetic.iter().map(ToString::to_string).collect(),
    );
    if link.data_local {
        list("data", vec!["local".into()]);
    }
    parts.join("&")
}

/// Decodes `%XX` escapes and `+` as space; malformed escapes are kept as written and invalid
/// UTF-8 becomes U+FFFD, so any input yields some text.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Escapes everything but unreserved characters, so a value can hold `,`, `&` or `=`;
/// spaces become `+`, which reads better in a link.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else if b == b' ' {
            out.push('+');
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}
