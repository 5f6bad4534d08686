//! Text for people: dates at their precision, quantities, routes. Pure, so it is tested natively.

use crate::codes::Country;
use crate::date::{PartialDate, Precision};
use crate::model::{RouteEnd, Seizure};

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date in words at exactly its precision: "17 January 2001", "January 2001" or "2001".
///
/// ```
/// use portolan_engine::display::date_en;
/// assert_eq!(date_en("2022-06".parse().unwrap()), "June 2022");
/// ```
pub fn date_en(d: PartialDate) -> String {
    let month = |m: u8| MONTHS_EN[usize::from(m.clamp(1, 12)) - 1];
    match (d.precision(), d.month(), d.day()) {
        (Precision::Day, Some(m), Some(day)) => format!("{day} {} {}", month(m), d.year()),
        (Precision::Month, Some(m), _) => format!("{} {}", month(m), d.year()),
        _ => d.year().to_string(),
    }
}

/// What the precision means for a reader, for dates not known to the day.
pub fn precision_note_en(d: PartialDate) -> Option<&'static str> {
    match d.precision() {
        Precision::Day => None,
        Precision::Month => Some("day not reported"),
        Precision::Year => Some("only the year is reported"),
    }
}

/// Thousands separated with commas; up to one decimal below 100 kg, none above.
///
/// ```
/// use portolan_engine::display::kg_en;
/// assert_eq!(kg_en(1234567.4), "1,234,567 kg");
/// assert_eq!(kg_en(12.34), "12.3 kg");
/// ```
pub fn kg_en(kg: f64) -> String {
    let text = if kg < 100.0 && kg.fract() != 0.0 {
        format!("{kg:.1}")
    } else {
        format!("{kg:.0}")
    };
    match text.split_once('.') {
        Some((int, frac)) => format!("{}.{frac} kg", group_thousands(int)),
        None => format!("{} kg", group_thousands(&text)),
    }
}

/// "1234567" → "1,234,567" (digits only).
fn group_thousands(digits: &str) -> String {
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    grouped
}

/// A count with its noun: "1 seizure", "27 seizures", "1,204 seizures".
pub fn count_en(n: usize, one: &str, many: &str) -> String {
    let noun = if n == 1 { one } else { many };
    format!("{} {noun}", group_thousands(&n.to_string()))
}

/// The name of a cargo kind for people.
pub fn cargo_en(kind: crate::filter::CargoKind) -> &'static str {
    use crate::filter::CargoKind::*;
    match kind {
        Bananas => "Bananas",
        OtherFruitVegetables => "Other fruit and vegetables",
        Coffee => "Coffee",
        Cocoa => "Cocoa",
        Sugar => "Sugar",
        OtherFood => "Other food",
        MeatFish => "Meat and fish",
        WoodPaper => "Wood and paper",
        MetalsMinerals => "Metals and minerals",
        VehiclesMachinery => "Vehicles and machinery",
        OtherGoods => "Other goods",
        NotReported => "No cargo reported",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_never_gain_precision() {
        assert_eq!(date_en("2001-01-17".parse().unwrap()), "17 January 2001");
        assert_eq!(date_en("2004-12".parse().unwrap()), "December 2004");
        assert_eq!(date_en("2012".parse().unwrap()), "2012");
        assert_eq!(
            precision_note_en("2012".parse().unwrap()),
            Some("only the year is reported")
        );
    }

    #[test]
    fn quantities_read_naturally() {
        assert_eq!(kg_en(0.0), "0 kg");
        assert_eq!(kg_en(999.0), "999 kg");
        assert_eq!(kg_en(1000.0), "1,000 kg");
        assert_eq!(kg_en(0.5), "0.5 kg");
        assert_eq!(count_en(1, "seizure", "seizures"), "1 seizure");
        assert_eq!(count_en(12345, "seizure", "seizures"), "12,345 seizures");
    }
}

/// The languages of the interface.
pub use crate::link::Lang;

const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// A date in words at exactly its precision, in the reader's language.
///
/// ```
/// use portolan_engine::display::{date, Lang};
/// assert_eq!(date("2001-01-17".parse().unwrap(), Lang::Es), "17 de enero de 2001");
/// assert_eq!(date("2004-12".parse().unwrap(), Lang::Es), "diciembre de 2004");
/// ```
pub fn date(d: PartialDate, lang: Lang) -> String {
    match lang {
        Lang::En => date_en(d),
        Lang::Es => {
            let month = |m: u8| MONTHS_ES[usize::from(m.clamp(1, 12)) - 1];
            match (d.precision(), d.month(), d.day()) {
                (Precision::Day, Some(m), Some(day)) => {
                    format!("{day} de {} de {}", month(m), d.year())
                }
                (Precision::Month, Some(m), _) => format!("{} de {}", month(m), d.year()),
                _ => d.year().to_string(),
            }
        }
    }
}

pub fn precision_note(d: PartialDate, lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::En => precision_note_en(d),
        Lang::Es => match d.precision() {
            Precision::Day => None,
            Precision::Month => Some("día no informado"),
            Precision::Year => Some("solo se informa el año"),
        },
    }
}

/// Kilograms with the language's separators: "1,234 kg" or "1.234 kg", "12.3 kg" or "12,3 kg".
///
/// ```
/// use portolan_engine::display::{kg, Lang};
/// assert_eq!(kg(1234567.0, Lang::Es), "1.234.567 kg");
/// assert_eq!(kg(12.34, Lang::Es), "12,3 kg");
/// ```
pub fn kg(value: f64, lang: Lang) -> String {
    let english = kg_en(value);
    match lang {
        Lang::En => english,
        Lang::Es => english
            .chars()
            .map(|c| match c {
                ',' => '.',
                '.' => ',',
                other => other,
            })
            .collect(),
    }
}

/// A count with its noun (already in the reader's language), thousands separated.
pub fn count(n: usize, one: &str, many: &str, lang: Lang) -> String {
    let english = count_en(n, one, many);
    match lang {
        Lang::En => english,
        Lang::Es => english.replacen(',', ".", usize::MAX),
    }
}

/// A country's name in the reader's language, or its code when the name is not known.
pub fn country(c: Country, lang: Lang) -> String {
    match (c.names(), lang) {
        (Some((en, _)), Lang::En) => en.to_string(),
        (Some((_, es)), Lang::Es) => es.to_string(),
        (None, _) => c.as_str().to_string(),
    }
}

pub fn countries(cs: &[Country], lang: Lang) -> String {
    cs.iter()
        .map(|c| country(*c, lang))
        .collect::<Vec<_>>()
        .join(" / ")
}

pub fn cargo(kind: crate::filter::CargoKind, lang: Lang) -> &'static str {
    use crate::filter::CargoKind::*;
    match lang {
        Lang::En => cargo_en(kind),
        Lang::Es => match kind {
            Bananas => "Bananos",
            OtherFruitVegetables => "Otras frutas y hortalizas",
            Coffee => "Café",
            Cocoa => "Cacao",
            Sugar => "Azúcar",
            OtherFood => "Otros alimentos",
            MeatFish => "Carne y pescado",
            WoodPaper => "Madera y papel",
            MetalsMinerals => "Metales y minerales",
            VehiclesMachinery => "Vehículos y maquinaria",
            OtherGoods => "Otras mercancías",
            NotReported => "Carga no informada",
        },
    }
}

/// The drug form in the reader's language.
pub fn drug(d: crate::model::Drug, lang: Lang) -> &'static str {
    use crate::model::Drug::*;
    match (lang, d) {
        (Lang::En, d) => d.code(),
        (Lang::Es, Cocaine) => "cocaína",
        (Lang::Es, CocaineBase) => "base de cocaína",
        (Lang::Es, CocaineHydrochloride) => "clorhidrato de cocaína",
        (Lang::Es, CocainePaste) => "pasta de cocaína",
    }
}

/// The kind of place where a seizure happened, in the reader's language.
pub fn location_type(t: crate::model::LocationType, lang: Lang) -> &'static str {
    use crate::model::LocationType::*;
    match (lang, t) {
        (Lang::En, Port) => "port",
        (Lang::En, AtSea) => "at sea",
        (Lang::En, Inland) => "inland",
        (Lang::En, Airport) => "airport",
        (Lang::En, Other) => "other",
        (Lang::Es, Port) => "puerto",
        (Lang::Es, AtSea) => "en el mar",
        (Lang::Es, Inland) => "en tierra",
        (Lang::Es, Airport) => "aeropuerto",
        (Lang::Es, Other) => "otro",
    }
}

/// Spanish names of ports that Spanish writes its own way; other ports keep the data's name.
const PORT_NAMES_ES: &[(&str, &str)] = &[
    ("AEJEA", "Jebel Ali"),
    ("BEANR", "Amberes"),
    ("BEGNE", "Gante"),
    ("CNSHA", "Shanghái"),
    ("DEHAM", "Hamburgo"),
    ("DKCPH", "Copenhague"),
    ("DZALG", "Argel"),
    ("ESVLC", "Valencia"),
    ("FRLEH", "El Havre"),
    ("FRMRS", "Marsella"),
    ("GBLON", "Londres"),
    ("GRPIR", "El Pireo"),
    ("GRSKG", "Salónica"),
    ("ITGOA", "Génova"),
    ("ITNAP", "Nápoles"),
    ("LBKYE", "Trípoli (Líbano)"),
    ("LYBEN", "Bengasi"),
    ("MAPTM", "Tánger Med"),
    ("NLAMS", "Ámsterdam"),
    ("NLRTM", "Róterdam"),
    ("RULED", "San Petersburgo"),
    ("RUNVS", "Novorosíisk"),
    ("SAJED", "Yeda"),
    ("SEGOT", "Gotemburgo"),
    ("SGSIN", "Singapur"),
    ("TRIST", "Estambul"),
    ("TTPOS", "Puerto España"),
    ("USNYC", "Nueva York"),
    ("USPHL", "Filadelfia"),
    ("VISTT", "Santo Tomás"),
    ("ZACPT", "Ciudad del Cabo"),
];

/// A port's name in the reader's language: the data's (local) name, or the name Spanish uses
/// for well-known ports ("Amberes" for Antwerpen).
pub fn port_name(port: &crate::model::Port, lang: Lang) -> String {
    let code = port.locode.as_str();
    match lang {
        Lang::Es => PORT_NAMES_ES
            .iter()
            .find(|(c, _)| *c == code)
            .map_or_else(|| port.name.clone(), |(_, n)| (*n).to_string()),
        Lang::En => port.name.clone(),
    }
}

/// The route as reported, in the reader's language.
pub fn route(s: &Seizure, lang: Lang) -> Option<String> {
    let end = |e: &RouteEnd| {
        let names = countries(&e.countries, lang);
        match (e.place.is_empty(), names.is_empty()) {
            (true, true) => None,
            (true, false) => Some(names),
            (false, true) => Some(e.place.clone()),
            (false, false) => Some(format!("{} ({names})", e.place)),
        }
    };
    let (origin, destination) = (end(&s.origin), end(&s.destination));
    if origin.is_none() && destination.is_none() && s.transit.is_empty() {
        return None;
    }
    let (unknown_origin, unknown_destination, via) = match lang {
        Lang::En => ("origin not reported", "destination not reported", "via"),
        Lang::Es => ("origen no informado", "destino no informado", "vía"),
    };
    let mut parts = vec![origin.unwrap_or_else(|| unknown_origin.into())];
    if !s.transit.is_empty() {
        parts.push(format!("{via} {}", s.transit.join(", ")));
    }
    parts.push(destination.unwrap_or_else(|| unknown_destination.into()));
    Some(parts.join(" → "))
}

#[cfg(test)]
mod spanish {
    use super::*;

    #[test]
    fn well_known_ports_have_their_spanish_names() {
        // Regression: the Spanish page said "Antwerpen (Bélgica)".
        let ports = crate::dataset::Dataset::bundled().ports;
        let antwerp = ports.iter().find(|p| p.locode.as_str() == "BEANR").unwrap();
        assert_eq!(port_name(antwerp, Lang::Es), "Amberes");
        assert_eq!(port_name(antwerp, Lang::En), "Antwerpen");
        let callao = ports.iter().find(|p| p.locode.as_str() == "PECLL").unwrap();
        assert_eq!(port_name(callao, Lang::Es), "Callao");
        // Every Spanish name is for a port of the data, listed once, in code order.
        assert!(PORT_NAMES_ES.windows(2).all(|w| w[0].0 < w[1].0));
        for (code, _) in PORT_NAMES_ES {
            assert!(ports.iter().any(|p| p.locode.as_str() == *code), "{code}");
        }
    }

    #[test]
    fn spanish_formats() {
        assert_eq!(date("2012".parse().unwrap(), Lang::Es), "2012");
        assert_eq!(
            count(12345, "incautación", "incautaciones", Lang::Es),
            "12.345 incautaciones"
        );
        assert_eq!(
            country(Country::parse("NL").unwrap(), Lang::Es),
            "Países Bajos"
        );
        assert_eq!(kg(0.5, Lang::Es), "0,5 kg");
    }
}
