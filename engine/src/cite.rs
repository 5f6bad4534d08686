//! A citation of the view: the filters in words, the dataset's version and date, the link, and
//! the sources behind the records in view.

use crate::codes::Locode;
use crate::dataset::Meta;
use crate::display::{cargo_en, count_en, date_en, kg_en};
use crate::filter::{Filter, Place};
use crate::model::Seizure;

fn place_en(p: &Place, port_name: &dyn Fn(Locode) -> String) -> String {
    match p {
        Place::Country(c) => c.name_en(),
        Place::Port(l) => port_name(*l),
    }
}

fn or_list(items: Vec<String>) -> String {
    match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        n => format!("{} or {}", items[..n - 1].join(", "), items[n - 1]),
    }
}

/// The filter in words: "seized in Peru or Ecuador, from 2020, bound for the Netherlands".
///
/// ```
/// use portolan_engine::{cite::describe_en, link::decode};
/// let f = decode("country=PE,EC&from=2020&dest=NL").link.filter;
/// assert_eq!(describe_en(&f, &|l| l.to_string()), "seized in Ecuador or Peru; from 2020; bound for Netherlands");
/// ```
pub fn describe_en(f: &Filter, port_name: &dyn Fn(Locode) -> String) -> String {
    let places = |v: &[Place]| or_list(v.iter().map(|p| place_en(p, port_name)).collect());
    let mut parts = Vec::new();
    if !f.countries.is_empty() {
        parts.push(format!(
            "seized in {}",
            or_list(f.countries.iter().map(|c| c.name_en()).collect())
        ));
    }
    if !f.ports.is_empty() {
        parts.push(format!(
            "at the port of {}",
            or_list(f.ports.iter().map(|l| port_name(*l)).collect())
        ));
    }
    match (f.from, f.to) {
        (Some(a), Some(b)) => parts.push(format!("from {} to {}", date_en(a), date_en(b))),
        (Some(a), None) => parts.push(format!("from {}", date_en(a))),
        (None, Some(b)) => parts.push(format!("up to {}", date_en(b))),
        (None, None) => {}
    }
    if !f.origins.is_empty() {
        parts.push(format!("coming from {}", places(&f.origins)));
    }
    if !f.via.is_empty() {
        parts.push(format!("via {}", places(&f.via)));
    }
    if !f.destinations.is_empty() {
        parts.push(format!("bound for {}", places(&f.destinations)));
    }
    if !f.drugs.is_empty() {
        parts.push(or_list(
            f.drugs.iter().map(|d| d.code().to_string()).collect(),
        ));
    }
    if !f.cargo.is_empty() {
        parts.push(format!(
            "cargo: {}",
            or_list(
                f.cargo
                    .iter()
                    .map(|k| cargo_en(*k).to_lowercase())
                    .collect()
            )
        ));
    }
    if let Some(r) = f.kg {
        parts.push(match (r.min, r.max) {
            (Some(a), Some(b)) => format!("{} to {}", kg_en(a), kg_en(b)),
            (Some(a), None) => format!("at least {}", kg_en(a)),
            (None, Some(b)) => format!("at most {}", kg_en(b)),
            (None, None) => String::new(),
        });
    }
    if let Some(q) = &f.q {
        parts.push(format!("mentioning “{q}”"));
    }
    if !f.groups.is_empty() {
        parts.push(format!("naming {}", or_list(f.groups.clone())));
    }
    if parts.is_empty() {
        "all seizures".into()
    } else {
        parts.join("; ")
    }
}

/// What a citation of a view is made of.
pub struct ViewCitation<'a> {
    pub meta: &'a Meta,
    pub filter: &'a Filter,
    /// The view's link.
    pub url: &'a str,
    pub count: usize,
    pub kg: f64,
    /// The records in view: their publishers are named.
    pub records: &'a [Seizure],
    /// The day it is made, `YYYY-MM-DD`.
    pub today: &'a str,
}

/// A ready citation of the view.
pub fn citation_en(c: &ViewCitation<'_>, port_name: &dyn Fn(Locode) -> String) -> String {
    let mut publishers: Vec<&str> = c
        .records
        .iter()
        .map(|s| s.source.publisher.as_str())
        .collect();
    publishers.sort_unstable();
    publishers.dedup();
    let shown: Vec<&str> = publishers.iter().take(12).copied().collect();
    let more = publishers.len().saturating_sub(shown.len());
    format!(
        "Portolan, “Maritime cocaine seizures: {}” ({}, {}), dataset version {} (data as of {}). {} Accessed {}. Based on reports by {}{}.",
        describe_en(c.filter, port_name),
        count_en(c.count, "seizure", "seizures"),
        kg_en(c.kg),
        c.meta.version,
        date_en(c.meta.as_of),
        c.url,
        c.today,
        shown.join(", "),
        if more > 0 { format!(" and {more} other publishers") } else { String::new() },
    )
}

/// The filter in words, in the reader's language.
pub fn describe(
    f: &Filter,
    lang: crate::link::Lang,
    port_name: &dyn Fn(Locode) -> String,
) -> String {
    use crate::display::{cargo, country, date, drug, kg};
    use crate::link::Lang;
    if lang == Lang::En {
        return describe_en(f, port_name);
    }
    let o_list = |items: Vec<String>| match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        n => format!("{} o {}", items[..n - 1].join(", "), items[n - 1]),
    };
    let place = |p: &Place| match p {
        Place::Country(c) => country(*c, lang),
        Place::Port(l) => port_name(*l),
    };
    let places = |v: &[Place]| o_list(v.iter().map(place).collect());
    let mut parts = Vec::new();
    if !f.countries.is_empty() {
        parts.push(format!(
            "incautadas en {}",
            o_list(f.countries.iter().map(|c| country(*c, lang)).collect())
        ));
    }
    if !f.ports.is_empty() {
        parts.push(format!(
            "en el puerto de {}",
            o_list(f.ports.iter().map(|l| port_name(*l)).collect())
        ));
    }
    match (f.from, f.to) {
        (Some(a), Some(b)) => parts.push(format!("de {} a {}", date(a, lang), date(b, lang))),
        (Some(a), None) => parts.push(format!("desde {}", date(a, lang))),
        (None, Some(b)) => parts.push(format!("hasta {}", date(b, lang))),
        (None, None) => {}
    }
    if !f.origins.is_empty() {
        parts.push(format!("procedentes de {}", places(&f.origins)));
    }
    if !f.via.is_empty() {
        parts.push(format!("vía {}", places(&f.via)));
    }
    if !f.destinations.is_empty() {
        parts.push(format!("con destino a {}", places(&f.destinations)));
    }
    if !f.drugs.is_empty() {
        parts.push(o_list(
            f.drugs.iter().map(|d| drug(*d, lang).to_string()).collect(),
        ));
    }
    if !f.cargo.is_empty() {
        parts.push(format!(
            "carga: {}",
            o_list(
                f.cargo
                    .iter()
                    .map(|k| cargo(*k, lang).to_lowercase())
                    .collect()
            )
        ));
    }
    if let Some(r) = f.kg {
        parts.push(match (r.min, r.max) {
            (Some(a), Some(b)) => format!("de {} a {}", kg(a, lang), kg(b, lang)),
            (Some(a), None) => format!("al menos {}", kg(a, lang)),
            (None, Some(b)) => format!("como máximo {}", kg(b, lang)),
            (None, None) => String::new(),
        });
    }
    if let Some(q) = &f.q {
        parts.push(format!("que mencionan «{q}»"));
    }
    if !f.groups.is_empty() {
        parts.push(format!("que nombran a {}", o_list(f.groups.clone())));
    }
    if parts.is_empty() {
        "todas las incautaciones".into()
    } else {
        parts.join("; ")
    }
}

/// A ready citation of the view in the reader's language.
pub fn citation(
    c: &ViewCitation<'_>,
    lang: crate::link::Lang,
    port_name: &dyn Fn(Locode) -> String,
) -> String {
    use crate::display::{count, date, kg};
    use crate::link::Lang;
    if lang == Lang::En {
        return citation_en(c, port_name);
    }
    let mut publishers: Vec<&str> = c
        .records
        .iter()
        .map(|s| s.source.publisher.as_str())
        .collect();
    publishers.sort_unstable();
    publishers.dedup();
    let shown: Vec<&str> = publishers.iter().take(12).copied().collect();
    let more = publishers.len().saturating_sub(shown.len());
    format!(
        "Portolan, «Incautaciones marítimas de cocaína: {}» ({}, {}), versión de los datos {} (datos a {}). {} Consultado el {}. Basado en informes de {}{}.",
        describe(c.filter, lang, port_name),
        count(c.count, "incautación", "incautaciones", lang),
        kg(c.kg, lang),
        c.meta.version,
        date(c.meta.as_of, lang),
        c.url,
        c.today,
        shown.join(", "),
        if more > 0 { format!(" y otros {more} editores") } else { String::new() },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::{decode, Lang};

    #[test]
    fn the_filter_reads_in_spanish() {
        let f = decode("country=PE,EC&from=2020-06&dest=NL&kg=1000-")
            .link
            .filter;
        assert_eq!(
            describe(&f, Lang::Es, &|l| l.to_string()),
            "incautadas en Ecuador o Perú; desde junio de 2020; con destino a Países Bajos; al menos 1.000 kg"
        );
    }
}
