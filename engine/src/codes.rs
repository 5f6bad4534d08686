//! Country codes (ISO 3166-1 alpha-2) and port codes (UN/LOCODE), checked for shape.

use serde::{Serialize, Serializer};
use std::fmt;

/// An ISO 3166-1 alpha-2 country code such as `PE`, always two upper-case ASCII letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Country([u8; 2]);

/// A UN/LOCODE such as `PECLL`: the country's two letters, then three letters or digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Locode([u8; 5]);

impl Country {
    /// Accepts exactly two ASCII letters, in either case.
    pub fn parse(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        (b.len() == 2 && b.iter().all(u8::is_ascii_alphabetic))
            .then(|| Country([b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase()]))
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII letters are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// The English and Spanish names where known (every code in the bundled data is).
    pub fn names(&self) -> Option<(&'static str, &'static str)> {
        COUNTRY_NAMES
            .binary_search_by(|(code, _, _)| code.as_bytes().cmp(&self.0[..]))
            .ok()
            .map(|i| (COUNTRY_NAMES[i].1, COUNTRY_NAMES[i].2))
    }

    /// Every country whose names are known.
    pub fn all_named() -> impl Iterator<Item = Country> {
        COUNTRY_NAMES
            .iter()
            .filter_map(|(code, _, _)| Country::parse(code))
    }

    /// The English name, or the code itself when the name is not known.
    pub fn name_en(&self) -> String {
        self.names()
            .map_or_else(|| self.as_str().to_string(), |n| n.0.to_string())
    }
}

impl Locode {
    /// Accepts two letters then three letters or digits, in either case.
    pub fn parse(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        (b.len() == 5
            && b[..2].iter().all(u8::is_ascii_alphabetic)
            && b[2..].iter().all(u8::is_ascii_alphanumeric))
        .then(|| {
            let mut code = [0u8; 5];
            for (slot, byte) in code.iter_mut().zip(b) {
                *slot = byte.to_ascii_uppercase();
            }
            Locode(code)
        })
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("?????")
    }

    /// The country a UN/LOCODE belongs to: its first two letters.
    pub fn country(&self) -> Country {
        Country([self.0[0], self.0[1]])
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Locode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Country {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Serialize for Locode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Code, English name, Spanish name; sorted by code for binary search.
const COUNTRY_NAMES: &[(&str, &str, &str)] = &[
    ("AE", "United Arab Emirates", "Emiratos Árabes Unidos"),
    ("AL", "Albania", "Albania"),
    ("AM", "Armenia", "Armenia"),
    ("AO", "Angola", "Angola"),
    ("AR", "Argentina", "Argentina"),
    ("AU", "Australia", "Australia"),
    ("AW", "Aruba", "Aruba"),
    ("BA", "Bosnia and Herzegovina", "Bosnia y Herzegovina"),
    ("BD", "Bangladesh", "Bangladés"),
    ("BE", "Belgium", "Bélgica"),
    ("BF", "Burkina Faso", "Burkina Faso"),
    ("BG", "Bulgaria", "Bulgaria"),
    ("BJ", "Benin", "Benín"),
    ("BO", "Bolivia", "Bolivia"),
    ("BR", "Brazil", "Brasil"),
    ("BS", "Bahamas", "Bahamas"),
    ("BZ", "Belize", "Belice"),
    ("CA", "Canada", "Canadá"),
    ("CH", "Switzerland", "Suiza"),
    ("CI", "Côte d'Ivoire", "Costa de Marfil"),
    ("CK", "Cook Islands", "Islas Cook"),
    ("CL", "Chile", "Chile"),
    ("CM", "Cameroon", "Camerún"),
    ("CN", "China", "China"),
    ("CO", "Colombia", "Colombia"),
    ("CR", "Costa Rica", "Costa Rica"),
    ("CU", "Cuba", "Cuba"),
    ("CV", "Cabo Verde", "Cabo Verde"),
    ("CW", "Curaçao", "Curazao"),
    ("CY", "Cyprus", "Chipre"),
    ("DE", "Germany", "Alemania"),
    ("DK", "Denmark", "Dinamarca"),
    ("DO", "Dominican Republic", "República Dominicana"),
    ("DZ", "Algeria", "Argelia"),
    ("EC", "Ecuador", "Ecuador"),
    ("EE", "Estonia", "Estonia"),
    ("EG", "Egypt", "Egipto"),
    ("ES", "Spain", "España"),
    ("FI", "Finland", "Finlandia"),
    ("FJ", "Fiji", "Fiyi"),
    ("FR", "France", "Francia"),
    ("GA", "Gabon", "Gabón"),
    ("GB", "United Kingdom", "Reino Unido"),
    ("GE", "Georgia", "Georgia"),
    ("GF", "French Guiana", "Guayana Francesa"),
    ("GH", "Ghana", "Ghana"),
    ("GM", "Gambia", "Gambia"),
    ("GN", "Guinea", "Guinea"),
    ("GP", "Guadeloupe", "Guadalupe"),
    ("GR", "Greece", "Grecia"),
    ("GT", "Guatemala", "Guatemala"),
    ("GW", "Guinea-Bissau", "Guinea-Bisáu"),
    ("GY", "Guyana", "Guyana"),
    ("HK", "Hong Kong", "Hong Kong"),
    ("HN", "Honduras", "Honduras"),
    ("HR", "Croatia", "Croacia"),
    ("HT", "Haiti", "Haití"),
    ("HU", "Hungary", "Hungría"),
    ("ID", "Indonesia", "Indonesia"),
    ("IE", "Ireland", "Irlanda"),
    ("IL", "Israel", "Israel"),
    ("IN", "India", "India"),
    ("IQ", "Iraq", "Irak"),
    ("IT", "Italy", "Italia"),
    ("JM", "Jamaica", "Jamaica"),
    ("JO", "Jordan", "Jordania"),
    ("JP", "Japan", "Japón"),
    ("KE", "Kenya", "Kenia"),
    ("KH", "Cambodia", "Camboya"),
    ("KR", "South Korea", "Corea del Sur"),
    ("LB", "Lebanon", "Líbano"),
    ("LK", "Sri Lanka", "Sri Lanka"),
    ("LR", "Liberia", "Liberia"),
    ("LT", "Lithuania", "Lituania"),
    ("LU", "Luxembourg", "Luxemburgo"),
    ("LV", "Latvia", "Letonia"),
    ("LY", "Libya", "Libia"),
    ("MA", "Morocco", "Marruecos"),
    ("ME", "Montenegro", "Montenegro"),
    ("ML", "Mali", "Malí"),
    ("MQ", "Martinique", "Martinica"),
    ("MR", "Mauritania", "Mauritania"),
    ("MT", "Malta", "Malta"),
    ("MX", "Mexico", "México"),
    ("MY", "Malaysia", "Malasia"),
    ("MZ", "Mozambique", "Mozambique"),
    ("NA", "Namibia", "Namibia"),
    ("NC", "New Caledonia", "Nueva Caledonia"),
    ("NG", "Nigeria", "Nigeria"),
    ("NI", "Nicaragua", "Nicaragua"),
    ("NL", "Netherlands", "Países Bajos"),
    ("NO", "Norway", "Noruega"),
    ("NZ", "New Zealand", "Nueva Zelanda"),
    ("OM", "Oman", "Omán"),
    ("PA", "Panama", "Panamá"),
    ("PE", "Peru", "Perú"),
    ("PF", "French Polynesia", "Polinesia Francesa"),
    ("PH", "Philippines", "Filipinas"),
    ("PL", "Poland", "Polonia"),
    ("PR", "Puerto Rico", "Puerto Rico"),
    ("PT", "Portugal", "Portugal"),
    ("PY", "Paraguay", "Paraguay"),
    ("RE", "Réunion", "Reunión"),
    ("RO", "Romania", "Rumania"),
    ("RU", "Russia", "Rusia"),
    ("SA", "Saudi Arabia", "Arabia Saudita"),
    ("SB", "Solomon Islands", "Islas Salomón"),
    ("SE", "Sweden", "Suecia"),
    ("SG", "Singapore", "Singapur"),
    ("SI", "Slovenia", "Eslovenia"),
    ("SL", "Sierra Leone", "Sierra Leona"),
    ("SN", "Senegal", "Senegal"),
    ("SR", "Suriname", "Surinam"),
    ("SV", "El Salvador", "El Salvador"),
    ("SX", "Sint Maarten", "San Martín (Países Bajos)"),
    ("SY", "Syria", "Siria"),
    ("TG", "Togo", "Togo"),
    ("TN", "Tunisia", "Túnez"),
    ("TO", "Tonga", "Tonga"),
    ("TR", "Türkiye", "Turquía"),
    ("TT", "Trinidad and Tobago", "Trinidad y Tobago"),
    ("UA", "Ukraine", "Ucrania"),
    ("UG", "Uganda", "Uganda"),
    ("US", "United States", "Estados Unidos"),
    ("UY", "Uruguay", "Uruguay"),
    ("UZ", "Uzbekistan", "Uzbekistán"),
    (
        "VC",
        "Saint Vincent and the Grenadines",
        "San Vicente y las Granadinas",
    ),
    ("VE", "Venezuela", "Venezuela"),
    ("VG", "British Virgin Islands", "Islas Vírgenes Británicas"),
    ("VI", "US Virgin Islands", "Islas Vírgenes de EE. UU."),
    ("VN", "Vietnam", "Vietnam"),
    ("VU", "Vanuatu", "Vanuatu"),
    ("XK", "Kosovo", "Kosovo"),
    ("ZA", "South Africa", "Sudáfrica"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_table_is_sorted_for_binary_search() {
        assert!(COUNTRY_NAMES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn parses_and_normalises_codes() {
        assert_eq!(Country::parse("pe").unwrap().as_str(), "PE");
        assert_eq!(Country::parse("PE").unwrap().name_en(), "Peru");
        assert_eq!(Country::parse("QQ").unwrap().name_en(), "QQ");
        for bad in ["", "P", "PER", "P1", "é"] {
            assert!(Country::parse(bad).is_none(), "{bad}");
        }
        let l = Locode::parse("becll").unwrap();
        assert_eq!(l.as_str(), "BECLL");
        assert_eq!(l.country().as_str(), "BE");
        for bad in ["", "BEAN", "BEANRX", "1EANR", "BE-NR"] {
            assert!(Locode::parse(bad).is_none(), "{bad}");
        }
    }
}
