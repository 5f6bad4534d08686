//! Why something a reader gave — a cell, a row, a file, a value in a link — was not used: one
//! typed reason per case, written out in English (`Display`) and in Spanish ([`Reason::text`]).
//! Values from the input are echoed as given and never translated.

use crate::date::DateError;
use crate::link::Lang;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Reason {
    // A reader's file as a whole.
    #[error("the file is {size_mb} MB; files up to {max_mb} MB can be read")]
    FileTooBig { size_mb: usize, max_mb: usize },
    #[error("the file is empty")]
    EmptyFile,
    #[error("this is not a text file (a spreadsheet such as .xlsx?): save it as “CSV UTF-8” and load that")]
    NotText,
    #[error("the file is not UTF-8 text (the first unreadable byte is at position {0}): save it as “CSV UTF-8”")]
    NotUtf8(usize),
    #[error("not readable as JSON: {0}")]
    NotJson(String),
    #[error("the JSON must be a list of records: [ {{…}}, {{…}} ]")]
    JsonNotList,
    #[error("the header could not be read: {0}")]
    HeaderUnreadable(String),
    #[error("required columns missing: {missing} (found: {found})")]
    MissingColumns { missing: String, found: String },
    #[error("the browser could not read the file")]
    BrowserCouldNotRead,
    #[error("no row could be used")]
    NoUsableRow,
    #[error("too many records for one view: {0}")]
    Capacity(String),
    // A row or a cell.
    #[error("not readable as CSV: {0}")]
    NotCsv(String),
    #[error("has {cells} cells, the header has {header}")]
    CellCount { cells: usize, header: usize },
    #[error("is required")]
    Required,
    #[error("is longer than {0} characters")]
    TooLong(usize),
    #[error("{0}")]
    Date(DateError),
    #[error("\"{0}\" is not a two-letter country code")]
    NotCountry(String),
    #[error("\"{0}\" is not a UN/LOCODE (two letters, then three letters or digits)")]
    NotLocode(String),
    #[error("{0} is not in ports.csv")]
    PortNotListed(String),
    #[error("{value} is outside {min} to {max}")]
    OutOfRange {
        value: String,
        min: String,
        max: String,
    },
    #[error("\"{0}\" is not a number")]
    NotNumber(String),
    #[error("{0} is negative")]
    Negative(String),
    #[error("\"{0}\" is not a number of kilograms")]
    NotKg(String),
    #[error("{0} kg is more than any one seizure (at most 4,000,000 kg)")]
    TooHeavy(String),
    #[error("\"{value}\" is not one of: {expected}")]
    NotOneOf { value: String, expected: String },
    #[error("\"{0}\" is not an http or https address")]
    NotWebUrl(String),
    #[error("use only letters, digits, '-', '_' and '.'")]
    BadId,
    #[error("\"{0}\" appears twice")]
    Duplicate(String),
    #[error("{country} is not the country of {port}")]
    WrongCountry { country: String, port: String },
    #[error("{end} is before period_start {start}")]
    PeriodBackwards { end: String, start: String },
    // A value in a link (the value itself is shown beside the reason).
    #[error("has {0} parameters; only the first {1} were read")]
    TooManyParams(usize, usize),
    #[error("unknown parameter")]
    UnknownParameter,
    #[error("value longer than {0} characters")]
    ValueTooLong(usize),
    #[error("no value given")]
    NoValue,
    #[error("takes one value")]
    TakesOneValue,
    #[error("more than {0} values; the first {0} were used")]
    TooManyValues(usize),
    #[error("not a view (map, table, routes, port, about)")]
    NotView,
    #[error("not a two-letter country code")]
    NotCountryCode,
    #[error("not a UN/LOCODE (like PECLL)")]
    NotPortCode,
    #[error("not a country code (PE) or UN/LOCODE (PECLL)")]
    NotPlaceCode,
    #[error("not a drug form (cocaine, cocaine base, cocaine hydrochloride, cocaine paste)")]
    NotDrug,
    #[error("not a cargo kind")]
    NotCargo,
    #[error("must be a range min-max, either side open (1000-, -500, 100-2000)")]
    KgShape,
    #[error("names neither a minimum nor a maximum")]
    KgEmpty,
    #[error("minimum {0} is above maximum {1}")]
    KgBackwards(String, String),
    #[error("not a record id")]
    NotRecordId,
    #[error(
        "not a column (date, place, kg, origin, destination, concealment), with - for descending"
    )]
    NotSort,
    #[error("must be 1 or 0")]
    NotFlag,
    #[error("not a language here (en, es)")]
    NotLang,
    #[error("must be a whole number from 1 to {0}")]
    SyntheticRange(u32),
    #[error("the only value is local")]
    OnlyLocal,
    #[error("is before from={0}, so it was left out")]
    ToBeforeFrom(String),
    #[error("a port profile needs exactly one port=…; showing the map")]
    ProfileNeedsOnePort,
    #[error("unknown country: no country with this code in the data")]
    UnknownCountry,
    #[error("unknown port: not in the data's port list")]
    UnknownPort,
}

fn date_es(e: &DateError) -> String {
    match e {
        DateError::Shape(v) => {
            format!("\"{v}\" no es una fecha de la forma AAAA, AAAA-MM o AAAA-MM-DD")
        }
        DateError::NoSuchDay(v) => format!("\"{v}\" no es un día del calendario"),
        DateError::YearOutOfRange(y) => format!(
            "el año {y} está fuera de {}-{}",
            crate::date::FIRST_YEAR,
            crate::date::LAST_YEAR
        ),
    }
}

impl Reason {
    /// The reason in the reader's language.
    pub fn text(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        use Reason::*;
        match self {
            FileTooBig { size_mb, max_mb } => format!("el archivo tiene {size_mb} MB; se pueden leer archivos de hasta {max_mb} MB"),
            EmptyFile => "el archivo está vacío".into(),
            NotText => "no es un archivo de texto (¿una hoja de cálculo .xlsx?): guárdelo como «CSV UTF-8» y cargue ese".into(),
            NotUtf8(at) => format!("el archivo no es texto UTF-8 (el primer byte ilegible está en la posición {at}): guárdelo como «CSV UTF-8»"),
            NotJson(e) => format!("no se puede leer como JSON: {e}"),
            JsonNotList => "el JSON debe ser una lista de registros: [ {…}, {…} ]".into(),
            HeaderUnreadable(e) => format!("no se pudo leer la cabecera: {e}"),
            MissingColumns { missing, found } => format!("faltan columnas obligatorias: {missing} (encontradas: {found})"),
            BrowserCouldNotRead => "el navegador no pudo leer el archivo".into(),
            NoUsableRow => "no se pudo usar ninguna fila".into(),
            Capacity(e) => format!("demasiados registros para una vista: {e}"),
            NotCsv(e) => format!("no se puede leer como CSV: {e}"),
            CellCount { cells, header } => format!("tiene {cells} celdas, la cabecera tiene {header}"),
            Required => "es obligatorio".into(),
            TooLong(n) => format!("tiene más de {n} caracteres"),
            Date(e) => date_es(e),
            NotCountry(v) => format!("\"{v}\" no es un código de país de dos letras"),
            NotLocode(v) => format!("\"{v}\" no es un UN/LOCODE (dos letras y luego tres letras o cifras)"),
            PortNotListed(v) => format!("{v} no está en ports.csv"),
            OutOfRange { value, min, max } => format!("{value} está fuera de {min} a {max}"),
            NotNumber(v) => format!("\"{v}\" no es un número"),
            Negative(v) => format!("{v} es negativo"),
            NotKg(v) => format!("\"{v}\" no es un número de kilogramos"),
            TooHeavy(v) => format!("{v} kg es más que cualquier incautación (como máximo 4.000.000 kg)"),
            NotOneOf { value, expected } => format!("\"{value}\" no es uno de: {expected}"),
            NotWebUrl(v) => format!("\"{v}\" no es una dirección http o https"),
            BadId => "use solo letras, cifras, '-', '_' y '.'".into(),
            Duplicate(v) => format!("\"{v}\" aparece dos veces"),
            WrongCountry { country, port } => format!("{country} no es el país de {port}"),
            PeriodBackwards { end, start } => format!("{end} es anterior a period_start {start}"),
            TooManyParams(n, max) => format!("tiene {n} parámetros; solo se leyeron los primeros {max}"),
            UnknownParameter => "parámetro desconocido".into(),
            ValueTooLong(n) => format!("valor de más de {n} caracteres"),
            NoValue => "sin valor".into(),
            TakesOneValue => "admite un solo valor".into(),
            TooManyValues(n) => format!("más de {n} valores; se usaron los primeros {n}"),
            NotView => "no es una vista (map, table, routes, port, about)".into(),
            NotCountryCode => "no es un código de país de dos letras".into(),
            NotPortCode => "no es un UN/LOCODE (como PECLL)".into(),
            NotPlaceCode => "no es un código de país (PE) ni un UN/LOCODE (PECLL)".into(),
            NotDrug => "no es una forma de la droga (cocaine, cocaine base, cocaine hydrochloride, cocaine paste)".into(),
            NotCargo => "no es un tipo de carga".into(),
            KgShape => "debe ser un rango mín-máx, con un lado abierto si se quiere (1000-, -500, 100-2000)".into(),
            KgEmpty => "no indica ni mínimo ni máximo".into(),
            KgBackwards(a, b) => format!("el mínimo {a} es mayor que el máximo {b}"),
            NotRecordId => "no es un identificador de registro".into(),
            NotSort => "no es una columna (date, place, kg, origin, destination, concealment), con - para orden descendente".into(),
            NotFlag => "debe ser 1 o 0".into(),
            NotLang => "no es un idioma disponible (en, es)".into(),
            SyntheticRange(max) => format!("debe ser un número entero de 1 a {max}"),
            OnlyLocal => "el único valor es local".into(),
            ToBeforeFrom(from) => format!("es anterior a from={from}, así que se dejó fuera"),
            ProfileNeedsOnePort => "un perfil de puerto necesita exactamente un port=…; se muestra el mapa".into(),
            UnknownCountry => "país desconocido: ningún país con este código en los datos".into(),
            UnknownPort => "puerto desconocido: no está en la lista de puertos de los datos".into(),
        }
    }
}

impl From<DateError> for Reason {
    fn from(e: DateError) -> Self {
        Reason::Date(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn echoed_values_are_never_translated() {
        // Regression: "row " → "fila " was replaced inside values too ("Narrow" → "Narfila").
        let r = Reason::NotCountry("Narrow row ".into());
        assert_eq!(
            r.text(Lang::Es),
            "\"Narrow row \" no es un código de país de dos letras"
        );
        let d = Reason::Date(DateError::Shape("the file is empty".into()));
        assert!(d
            .text(Lang::Es)
            .starts_with("\"the file is empty\" no es una fecha"));
    }

    #[test]
    fn english_is_the_display() {
        assert_eq!(Reason::Required.text(Lang::En), "is required");
        assert_eq!(
            Reason::TooManyValues(40).to_string(),
            "more than 40 values; the first 40 were used"
        );
    }
}
