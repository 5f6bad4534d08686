//! The link codec: a view's filter ⇄ the query string. Links are the product's API.
//!
//! Decoding never fails: whatever cannot be used is left out and reported as [`Ignored`], with
//! the reason. Encoding is canonical: one view, one URL (parameters in a fixed order, values
//! sorted, defaults left out).

use crate::codes::Country;
use crate::date::PartialDate;
use crate::filter::Filter;
use std::fmt;

/// Longest parameter value read; longer ones are ignored whole.
pub const MAX_VALUE_CHARS: usize = 1_000;
/// Most parameters read from one link.
pub const MAX_PARAMS: usize = 64;

/// Something in a link that was not used, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ignored {
    pub param: String,
    pub value: String,
    pub reason: String,
}

impl fmt::Display for Ignored {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown: String = self.value.chars().take(40).collect();
        let ellipsis = if shown.len() < self.value.len() {
            "…"
        } else {
            ""
        };
        if self.value.is_empty() {
            write!(f, "{}: {}", self.param, self.reason)
        } else {
            write!(f, "{}={shown}{ellipsis}: {}", self.param, self.reason)
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Decoded {
    pub filter: Filter,
    pub ignored: Vec<Ignored>,
}

/// Reads a query string (with or without its leading `?`).
///
/// ```
/// use portolan_engine::link::{decode, encode};
/// let d = decode("?from=2020&country=pe,EC&colour=red");
/// assert_eq!(encode(&d.filter), "from=2020&country=EC,PE");
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
            reason: format!(
                "has {} parameters; only the first {MAX_PARAMS} were read",
                pairs.len()
            ),
        });
    }
    for pair in pairs.into_iter().take(MAX_PARAMS) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = percent_decode(raw_key);
        let mut ignore = |value: &str, reason: String| {
            out.ignored.push(Ignored {
                param: key.clone(),
                value: value.to_string(),
                reason,
            })
        };
        if raw_value.chars().count() > MAX_VALUE_CHARS {
            ignore(
                "",
                format!("value longer than {MAX_VALUE_CHARS} characters"),
            );
            continue;
        }
        let values: Vec<String> = raw_value
            .split(',')
            .map(percent_decode)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .collect();
        let filter = &mut out.filter;
        match key.as_str() {
            "country" => {
                for v in values {
                    match Country::parse(&v) {
                        Some(c) => filter.countries.push(c),
                        None => ignore(&v, "not a two-letter country code".into()),
                    }
                }
            }
            "from" | "to" => {
                let slot = if key == "from" {
                    &mut filter.from
                } else {
                    &mut filter.to
                };
                match values.as_slice() {
                    [] => ignore("", "no date given".into()),
                    [one] => match one.parse::<PartialDate>() {
                        Ok(d) => *slot = Some(d),
                        Err(e) => ignore(one, e.to_string()),
                    },
                    _ => ignore(raw_value, "takes one date".into()),
                }
            }
            _ => ignore(raw_value, "unknown parameter".into()),
        }
    }
    out.filter = std::mem::take(&mut out.filter).normalised();
    if let (Some(from), Some(to)) = (out.filter.from, out.filter.to) {
        if to.last_day() < from.first_day() {
            out.ignored.push(Ignored {
                param: "to".into(),
                value: to.to_string(),
                reason: format!("is before from={from}, so it was left out"),
            });
            out.filter.to = None;
        }
    }
    out
}

/// The canonical query string of a filter, without the leading `?`; empty for no filter.
pub fn encode(filter: &Filter) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(d) = filter.from {
        parts.push(format!("from={d}"));
    }
    if let Some(d) = filter.to {
        parts.push(format!("to={d}"));
    }
    if !filter.countries.is_empty() {
        let mut codes: Vec<&str> = filter.countries.iter().map(Country::as_str).collect();
        codes.sort_unstable();
        codes.dedup();
        parts.push(format!("country={}", codes.join(",")));
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

/// Escapes everything but unreserved characters, so a value can hold `,`, `&` or `=`.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}
