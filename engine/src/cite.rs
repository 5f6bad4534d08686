//! A citation of the view: the filters in words, the dataset's version and date, the link, and
//! the sources behind the records in view.

use crate::codes::Locode;
use crate::dataset::Meta;
use crate::display::{cargo, count, country, date, drug, kg};
use crate::filter::{Filter, Place};
use crate::link::Lang;
use crate::model::Seizure;

/// The connecting words of a description, per language.
struct Words {
    or: &'static str,
    seized_in: &'static str,
    at_port: &'static str,
    from_to: (&'static str, &'static str),
    from: &'static str,
    up_to: &'static str,
    coming_from: &'static str,
    via: &'static str,
    bound_for: &'static str,
    cargo: &'static str,
    kg_between: (&'static str, &'static str),
    at_least: &'static str,
    at_most: &'static str,
    mentioning: (&'static str, &'static str),
    naming: &'static str,
    everything: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::En => Words {
            or: "or",
            seized_in: "seized in",
            at_port: "at the port of",
            from_to: ("from", "to"),
            from: "from",
            up_to: "up to",
            coming_from: "coming from",
            via: "via",
            bound_for: "bound for",
            cargo: "cargo:",
            kg_between: ("", "to"),
            at_least: "at least",
            at_most: "at most",
            mentioning: ("mentioning “", "”"),
            naming: "naming",
            everything: "all seizures",
        },
        Lang::Es => Words {
            or: "o",
            seized_in: "incautadas en",
            at_port: "en el puerto de",
            from_to: ("de", "a"),
            from: "desde",
            up_to: "hasta",
            coming_from: "procedentes de",
            via: "vía",
            bound_for: "con destino a",
            cargo: "carga:",
            kg_between: ("de", "a"),
            at_least: "al menos",
            at_most: "como máximo",
            mentioning: ("que mencionan «", "»"),
            naming: "que nombran a",
            everything: "todas las incautaciones",
        },
    }
}

/// The filter in words, in the reader's language.
///
/// ```
/// use portolan_engine::{cite::describe, link::{decode, Lang}};
/// let f = decode("country=PE,EC&from=2020&dest=NL").link.filter;
/// assert_eq!(describe(&f, Lang::En, &|l| l.to_string()), "seized in Ecuador or Peru; from 2020; bound for Netherlands");
/// ```
pub fn describe(f: &Filter, lang: Lang, port_name: &dyn Fn(Locode) -> String) -> String {
    let w = words(lang);
    let either = |items: Vec<String>| match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        n => format!("{} {} {}", items[..n - 1].join(", "), w.or, items[n - 1]),
    };
    let place = |p: &Place| match p {
        Place::Country(c) => country(*c, lang),
        Place::Port(l) => port_name(*l),
    };
    let places = |v: &[Place]| either(v.iter().map(place).collect());
    let mut parts = Vec::new();
    if !f.countries.is_empty() {
        parts.push(format!(
            "{} {}",
            w.seized_in,
            either(f.countries.iter().map(|c| country(*c, lang)).collect())
        ));
    }
    if !f.ports.is_empty() {
        parts.push(format!(
            "{} {}",
            w.at_port,
            either(f.ports.iter().map(|l| port_name(*l)).collect())
        ));
    }
    match (f.from, f.to) {
        (Some(a), Some(b)) => parts.push(format!(
            "{} {} {} {}",
            w.from_to.0,
            date(a, lang),
            w.from_to.1,
            date(b, lang)
        )),
        (Some(a), None) => parts.push(format!("{} {}", w.from, date(a, lang))),
        (None, Some(b)) => parts.push(format!("{} {}", w.up_to, date(b, lang))),
        (None, None) => {}
    }
    for (label, list) in [
        (w.coming_from, &f.origins),
        (w.via, &f.via),
        (w.bound_for, &f.destinations),
    ] {
        if !list.is_empty() {
            parts.push(format!("{label} {}", places(list)));
        }
    }
    if !f.drugs.is_empty() {
        parts.push(either(
            f.drugs.iter().map(|d| drug(*d, lang).to_string()).collect(),
        ));
    }
    if !f.cargo.is_empty() {
        parts.push(format!(
            "{} {}",
            w.cargo,
            either(
                f.cargo
                    .iter()
                    .map(|k| cargo(*k, lang).to_lowercase())
                    .collect()
            )
        ));
    }
    if let Some(r) = f.kg {
        parts.push(match (r.min, r.max) {
            (Some(a), Some(b)) => format!(
                "{} {} {} {}",
                w.kg_between.0,
                kg(a, lang),
                w.kg_between.1,
                kg(b, lang)
            )
            .trim()
            .to_string(),
            (Some(a), None) => format!("{} {}", w.at_least, kg(a, lang)),
            (None, Some(b)) => format!("{} {}", w.at_most, kg(b, lang)),
            (None, None) => String::new(),
        });
    }
    if let Some(q) = &f.q {
        parts.push(format!("{}{q}{}", w.mentioning.0, w.mentioning.1));
    }
    if !f.groups.is_empty() {
        parts.push(format!("{} {}", w.naming, either(f.groups.clone())));
    }
    if parts.is_empty() {
        w.everything.into()
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

/// The publishers behind some records, each once, in alphabetical order.
pub fn publishers(records: &[Seizure]) -> Vec<&str> {
    let mut names: Vec<&str> = records
        .iter()
        .map(|s| s.source.publisher.as_str())
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// A ready citation of the view in the reader's language.
pub fn citation(c: &ViewCitation<'_>, lang: Lang, port_name: &dyn Fn(Locode) -> String) -> String {
    let publishers = publishers(c.records);
    let shown = publishers
        .iter()
        .take(12)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    let more = publishers.len().saturating_sub(12);
    let what = describe(c.filter, lang, port_name);
    let (version, as_of) = (&c.meta.version, date(c.meta.as_of, lang));
    match lang {
        Lang::En => format!(
            "Portolan, “Maritime cocaine seizures: {what}” ({}, {}), dataset version {version} (data as of {as_of}). {} Accessed {}. Based on reports by {shown}{}.",
            count(c.count, "seizure", "seizures", lang),
            kg(c.kg, lang),
            c.url,
            c.today,
            if more > 0 { format!(" and {more} other publishers") } else { String::new() },
        ),
        Lang::Es => format!(
            "Portolan, «Incautaciones marítimas de cocaína: {what}» ({}, {}), versión de los datos {version} (datos a {as_of}). {} Consultado el {}. Basado en informes de {shown}{}.",
            count(c.count, "incautación", "incautaciones", lang),
            kg(c.kg, lang),
            c.url,
            c.today,
            if more > 0 { format!(" y otros {more} editores") } else { String::new() },
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::decode;

    #[test]
    fn the_filter_reads_in_spanish() {
        let f = decode("country=PE,EC&from=2020-06&dest=NL&kg=1000-")
            .link
            .filter;
        assert_eq!(
            describe(&f, Lang::Es, &|l| l.to_string()),
            "incautadas en Ecuador o Perú; desde junio de 2020; con destino a Países Bajos; al menos 1.000 kg"
        );
        let f = decode("kg=10-20&q=banana").link.filter;
        assert_eq!(
            describe(&f, Lang::En, &|l| l.to_string()),
            "10 kg to 20 kg; mentioning “banana”"
        );
    }

    #[test]
    fn a_citation_names_the_view_the_version_the_link_and_the_publishers() {
        let ds = crate::dataset::Dataset::bundled();
        let f = decode("country=PE&from=2015").link.filter;
        let records: Vec<Seizure> = ds
            .seizures
            .iter()
            .filter(|s| f.matches(s))
            .cloned()
            .collect();
        let all = publishers(&records);
        assert!(all.len() > 12, "enough publishers to need the count");
        let url = "https://example.org/portolan/?from=2015&country=PE";
        let c = ViewCitation {
            meta: &ds.meta,
            filter: &f,
            url,
            count: records.len(),
            kg: 1234.0,
            records: &records,
            today: "2026-12-05",
        };
        let en = citation(&c, Lang::En, &|l| l.to_string());
        assert!(en.contains(&ds.meta.version) && en.contains(url), "{en}");
        assert!(
            en.contains("seized in Peru") && en.contains("from 2015"),
            "{en}"
        );
        assert!(en.contains(&format!("{} seizures", records.len())), "{en}");
        // Twelve publishers by name, in alphabetical order, the others counted.
        assert!(all.iter().take(12).all(|p| en.contains(p)), "{en}");
        assert!(!en.contains(all[12]), "{en}");
        assert!(
            en.contains(&format!("and {} other publishers", all.len() - 12)),
            "{en}"
        );
        let es = citation(&c, Lang::Es, &|l| l.to_string());
        assert!(
            es.contains("incautadas en Perú")
                && es.contains(&format!("y otros {} editores", all.len() - 12)),
            "{es}"
        );
    }
}
