//! Reading the CSV files into typed records. Every problem is returned with its row, column and
//! reason; good rows are kept, bad rows are left out whole (a record is never half-filled), and
//! nothing here panics on any input.

use crate::codes::{Country, Locode};
use crate::date::PartialDate;
use crate::filter::Place;
use crate::link::Lang;
use crate::model::{Citation, Drug, LocationType, Port, PortStat, RouteEnd, Seizure};
use crate::reason::Reason;
use std::collections::{HashMap, HashSet};
use std::fmt;

/// Longest text accepted in one cell. Longer cells are refused rather than truncated.
pub const MAX_FIELD_CHARS: usize = 10_000;

/// One thing wrong with an input file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Spreadsheet row number: the header is row 1, the first record row 2. 0 for the whole file.
    pub row: usize,
    /// The column concerned, when there is one.
    pub column: Option<String>,
    pub reason: Reason,
}

impl Problem {
    /// Where and what, in the reader's language ("row 5, column date: …").
    pub fn text(&self, lang: Lang) -> String {
        let (row, column) = match lang {
            Lang::En => ("row", "column"),
            Lang::Es => ("fila", "columna"),
        };
        let reason = self.reason.text(lang);
        match (self.row, &self.column) {
            (0, None) => reason,
            (0, Some(c)) => format!("{column} {c}: {reason}"),
            (r, None) => format!("{row} {r}: {reason}"),
            (r, Some(c)) => format!("{row} {r}, {column} {c}: {reason}"),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// What a loader returns: the good records and every problem found.
#[derive(Clone, Debug)]
pub struct Loaded<T> {
    pub records: Vec<T>,
    pub problems: Vec<Problem>,
    /// Rows read, good and bad, header excluded.
    pub rows_read: usize,
}

pub const SEIZURE_COLUMNS: &[&str] = &[
    "id",
    "date",
    "country",
    "place",
    "port",
    "location_type",
    "drug",
    "quantity_kg",
    "quantity_as_reported",
    "concealment",
    "cargo",
    "vessel",
    "origin_country",
    "origin_port",
    "origin_locode",
    "transit",
    "transit_locodes",
    "destination_country",
    "destination_port",
    "destination_locodes",
    "transit_points",
    "groups",
    "agencies",
    "summary",
    "source_url",
    "source_title",
    "source_publisher",
    "source_date",
    "caveat",
    "summary_es",
    "concealment_es",
    "cargo_es",
];

/// Columns a seizure file must have; the others may be absent and then read as empty.
pub const SEIZURE_REQUIRED: &[&str] = &[
    "id",
    "date",
    "country",
    "place",
    "location_type",
    "drug",
    "summary",
    "source_url",
    "source_publisher",
];

pub const PORT_COLUMNS: &[&str] = &[
    "locode",
    "name",
    "country",
    "lat",
    "lon",
    "coord_source",
    "note",
];
const PORT_REQUIRED: &[&str] = &["locode", "name", "country", "lat", "lon", "coord_source"];

pub const PORT_STAT_COLUMNS: &[&str] = &[
    "port",
    "locode",
    "country",
    "period_start",
    "period_end",
    "quantity_kg",
    "quantity_as_reported",
    "metric",
    "source_url",
    "source_title",
    "source_publisher",
    "source_date",
];
const PORT_STAT_REQUIRED: &[&str] = &[
    "port",
    "period_start",
    "quantity_kg",
    "metric",
    "source_url",
    "source_publisher",
];

/// Reads `ports.csv`.
pub fn load_ports(text: &str) -> Loaded<Port> {
    let mut seen = HashSet::new();
    read_rows(
        text,
        PORT_COLUMNS,
        PORT_REQUIRED,
        None,
        Box::new(move |row| {
            let locode = row.locode("locode");
            let country = row.country("country");
            let lat = row.number_in("lat", -90.0, 90.0);
            let lon = row.number_in("lon", -180.0, 180.0);
            if let (Some(l), Some(c)) = (locode, country) {
                if l.country() != c {
                    row.problem(
                        "country",
                        Reason::WrongCountry {
                            country: c.to_string(),
                            port: l.to_string(),
                        },
                    );
                }
                if !seen.insert(l) {
                    row.problem("locode", Reason::Duplicate(l.to_string()));
                }
            }
            Some(Port {
                locode: locode?,
                name: row.required("name")?,
                country: country?,
                lat: lat?,
                lon: lon?,
                coord_source: row.text("coord_source"),
                note: row.text("note"),
            })
        }),
    )
}

/// Reads `seizures.csv`, resolving every UN/LOCODE against `ports`.
pub fn load_seizures(text: &str, ports: &[Port]) -> Loaded<Seizure> {
    let mut rows = seizure_rows(text.as_bytes().to_vec(), ports);
    rows.step(usize::MAX);
    rows.finish()
}

/// A seizure file to be read a number of rows at a time (see [`Rows::step`]).
pub fn seizure_rows(bytes: Vec<u8>, ports: &[Port]) -> Rows<Seizure> {
    let known: HashSet<Locode> = ports.iter().map(|p| p.locode).collect();
    let mut seen_ids = HashSet::new();
    Rows::new(
        bytes,
        SEIZURE_COLUMNS,
        SEIZURE_REQUIRED,
        Some(known),
        Box::new(move |row| {
            let id = row.required("id");
            if let Some(id) = &id {
                if !id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
                {
                    row.problem("id", Reason::BadId);
                } else if !seen_ids.insert(id.clone()) {
                    row.problem("id", Reason::Duplicate(id.clone()));
                }
            }
            // Every field is read before any is required, so that a row reports all its problems.
            let date = row.date("date");
            let country = row.country("country");
            let place = row.required("place");
            let location_type = row.parsed(
                "location_type",
                LocationType::from_code,
                "port, at_sea, inland, airport or other",
            );
            let drug = row.parsed(
                "drug",
                Drug::from_code,
                "cocaine, cocaine base, cocaine hydrochloride or cocaine paste",
            );
            let quantity_kg = row.optional_quantity("quantity_kg");
            let summary = row.required("summary");
            let source = row.citation();
            let transit_ports = row.locodes("transit_locodes");
            let transit_points = row.places("transit_points");
            Some(Seizure {
                port: row.optional_locode("port"),
                quantity_as_reported: row.text("quantity_as_reported"),
                concealment: row.text("concealment"),
                cargo: row.text("cargo"),
                vessel: row.text("vessel"),
                origin: RouteEnd {
                    countries: row.countries("origin_country"),
                    place: row.text("origin_port"),
                    ports: row.locodes("origin_locode"),
                },
                transit: row.list("transit"),
                transit_ports: transit_ports.clone(),
                // Files without the column (older exports, readers' files) fall back to the ports.
                transit_points: if transit_points.is_empty() {
                    transit_ports.into_iter().map(Place::Port).collect()
                } else {
                    transit_points
                },
                destination: RouteEnd {
                    countries: row.countries("destination_country"),
                    place: row.text("destination_port"),
                    ports: row.locodes("destination_locodes"),
                },
                groups: row.list("groups"),
                agencies: row.list("agencies"),
                caveat: row.text("caveat"),
                summary_es: row.text("summary_es"),
                concealment_es: row.text("concealment_es"),
                cargo_es: row.text("cargo_es"),
                id: id?,
                date: date?,
                country: country?,
                place: place?,
                location_type: location_type?,
                drug: drug?,
                quantity_kg: quantity_kg?,
                summary: summary?,
                source: source?,
            })
        }),
    )
}

/// Reads `port_stats.csv`.
pub fn load_port_stats(text: &str, ports: &[Port]) -> Loaded<PortStat> {
    let known: HashSet<Locode> = ports.iter().map(|p| p.locode).collect();
    read_rows(
        text,
        PORT_STAT_COLUMNS,
        PORT_STAT_REQUIRED,
        Some(known),
        Box::new(move |row| {
            let start = row.date("period_start");
            // An empty end is an open period: "since 2010, to the date of the source".
            let end = row.optional_date("period_end");
            if let (Some(s), Some(Some(e))) = (start, end) {
                if e.last_day() < s.first_day() {
                    row.problem(
                        "period_end",
                        Reason::PeriodBackwards {
                            end: e.to_string(),
                            start: s.to_string(),
                        },
                    );
                }
            }
            let quantity = row.optional_quantity("quantity_kg");
            if quantity == Some(None) {
                row.problem("quantity_kg", Reason::Required);
            }
            let source = row.citation();
            Some(PortStat {
                port: row.required("port")?,
                locode: row.optional_locode("locode"),
                countries: row.countries("country"),
                period_start: start?,
                period_end: end?,
                quantity_kg: quantity.flatten()?,
                quantity_as_reported: row.text("quantity_as_reported"),
                metric: row.required("metric")?,
                source: source?,
            })
        }),
    )
}

/// Reads a CSV file whose header names its columns, handing each record to `build`.
/// A record is kept only if `build` returns it and no problem was noted on its row.
fn read_rows<T>(
    text: &str,
    columns: &'static [&'static str],
    required: &[&str],
    known_ports: Option<HashSet<Locode>>,
    build: RowBuilder<T>,
) -> Loaded<T> {
    let mut rows = Rows::new(
        text.as_bytes().to_vec(),
        columns,
        required,
        known_ports,
        build,
    );
    rows.step(usize::MAX);
    rows.finish()
}

/// Turns one row into a record, noting problems on the row.
type RowBuilder<T> = Box<dyn FnMut(&mut Row<'_>) -> Option<T>>;

/// A file being read a number of rows at a time, so that a page can show progress and stay
/// responsive while a large file loads.
pub struct Rows<T> {
    reader: csv::Reader<std::io::Cursor<Vec<u8>>>,
    header_len: usize,
    index: HashMap<&'static str, usize>,
    known: Option<HashSet<Locode>>,
    build: RowBuilder<T>,
    out: Loaded<T>,
    finished: bool,
    total_bytes: usize,
}

impl<T> Rows<T> {
    fn new(
        bytes: Vec<u8>,
        columns: &'static [&'static str],
        required: &[&str],
        known: Option<HashSet<Locode>>,
        build: RowBuilder<T>,
    ) -> Self {
        let total_bytes = bytes.len();
        let skip_bom = if bytes.starts_with(b"\xef\xbb\xbf") {
            3
        } else {
            0
        };
        let mut cursor = std::io::Cursor::new(bytes);
        cursor.set_position(skip_bom);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(cursor);
        let mut rows = Rows {
            header_len: 0,
            index: HashMap::new(),
            known,
            build,
            out: Loaded {
                records: Vec::new(),
                problems: Vec::new(),
                rows_read: 0,
            },
            finished: true,
            total_bytes,
            reader: csv::ReaderBuilder::new().from_reader(std::io::Cursor::new(Vec::new())),
        };
        let mut header = csv::StringRecord::new();
        match reader.read_record(&mut header) {
            Ok(true) => {}
            Ok(false) => {
                rows.out.problems.push(file_problem(Reason::EmptyFile));
                return rows;
            }
            Err(e) => {
                rows.out
                    .problems
                    .push(file_problem(Reason::HeaderUnreadable(e.to_string())));
                return rows;
            }
        }
        let header: Vec<String> = header.iter().map(|c| c.trim().to_string()).collect();
        let missing: Vec<&str> = required
            .iter()
            .copied()
            .filter(|c| !header.iter().any(|h| h == c))
            .collect();
        if !missing.is_empty() {
            let found: Vec<String> = header
                .iter()
                .take(40)
                .map(|h| h.chars().take(40).collect())
                .collect();
            rows.out.problems.push(file_problem(Reason::MissingColumns {
                missing: missing.join(", "),
                found: found.join(", "),
            }));
            return rows;
        }
        rows.index = columns
            .iter()
            .filter_map(|c| header.iter().position(|h| h == c).map(|i| (*c, i)))
            .collect();
        rows.header_len = header.len();
        rows.reader = reader;
        rows.finished = false;
        rows
    }

    /// Reads up to `max_rows` more rows; true once the whole file is read.
    pub fn step(&mut self, max_rows: usize) -> bool {
        let mut record = csv::StringRecord::new();
        let mut n = 0;
        while !self.finished && n < max_rows {
            n += 1;
            let row_number = self.out.rows_read + 2;
            match self.reader.read_record(&mut record) {
                Ok(false) => self.finished = true,
                Err(e) => {
                    self.out.rows_read += 1;
                    self.out.problems.push(Problem {
                        row: row_number,
                        column: None,
                        reason: Reason::NotCsv(e.to_string()),
                    });
                    // An unreadable stretch (bad quoting) cannot be resynchronised reliably.
                    if !matches!(e.kind(), csv::ErrorKind::Utf8 { .. }) {
                        self.finished = true;
                    }
                }
                Ok(true) => {
                    self.out.rows_read += 1;
                    if record.len() != self.header_len {
                        self.out.problems.push(Problem {
                            row: row_number,
                            column: None,
                            reason: Reason::CellCount {
                                cells: record.len(),
                                header: self.header_len,
                            },
                        });
                        continue;
                    }
                    let mut row = Row {
                        number: row_number,
                        cells: &record,
                        index: &self.index,
                        problems: Vec::new(),
                        known: self.known.as_ref(),
                    };
                    let built = (self.build)(&mut row);
                    if row.problems.is_empty() {
                        self.out.records.extend(built);
                    } else {
                        self.out.problems.append(&mut row.problems);
                    }
                }
            }
        }
        self.finished
    }

    /// Bytes read so far and in all.
    pub fn progress(&self) -> (usize, usize) {
        let read = if self.finished {
            self.total_bytes
        } else {
            self.reader.position().byte() as usize
        };
        (read.min(self.total_bytes), self.total_bytes)
    }

    pub fn finish(self) -> Loaded<T> {
        self.out
    }
}

fn file_problem(reason: Reason) -> Problem {
    Problem {
        row: 0,
        column: None,
        reason,
    }
}

/// One record being read, collecting its problems.
struct Row<'a> {
    number: usize,
    cells: &'a csv::StringRecord,
    index: &'a HashMap<&'a str, usize>,
    problems: Vec<Problem>,
    /// Ports UN/LOCODEs must resolve to.
    known: Option<&'a HashSet<Locode>>,
}

impl Row<'_> {
    fn problem(&mut self, column: &str, reason: Reason) {
        self.problems.push(Problem {
            row: self.number,
            column: Some(column.to_string()),
            reason,
        });
    }

    /// The trimmed cell, empty when the column is absent; over-long cells are refused.
    fn raw(&mut self, column: &str) -> &str {
        let cell = self
            .index
            .get(column)
            .and_then(|&i| self.cells.get(i))
            .unwrap_or("")
            .trim();
        if cell.chars().count() > MAX_FIELD_CHARS {
            self.problem(column, Reason::TooLong(MAX_FIELD_CHARS));
            return "";
        }
        // An apostrophe before a formula sign is how exports (ours, and spreadsheets') keep a
        // cell from running as a formula: read the cell as it was.
        match cell.strip_prefix('\'') {
            Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
            _ => cell,
        }
    }

    fn text(&mut self, column: &str) -> String {
        self.raw(column).to_string()
    }

    /// The cell, or a "required" problem when empty.
    fn required(&mut self, column: &str) -> Option<String> {
        let v = self.text(column);
        let already_refused = self
            .problems
            .iter()
            .any(|p| p.column.as_deref() == Some(column));
        if v.is_empty() {
            if !already_refused {
                self.problem(column, Reason::Required);
            }
            None
        } else {
            Some(v)
        }
    }

    /// A `;`-separated list of texts.
    fn list(&mut self, column: &str) -> Vec<String> {
        self.raw(column)
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect()
    }

    fn date(&mut self, column: &str) -> Option<PartialDate> {
        let v = self.required(column)?;
        v.parse()
            .map_err(|e: crate::date::DateError| self.problem(column, e.into()))
            .ok()
    }

    /// `Some(None)` for an empty cell, `None` when the cell is not a date (a problem is noted).
    fn optional_date(&mut self, column: &str) -> Option<Option<PartialDate>> {
        let v = self.text(column);
        if v.is_empty() {
            return Some(None);
        }
        v.parse()
            .map(Some)
            .map_err(|e: crate::date::DateError| self.problem(column, e.into()))
            .ok()
    }

    fn country(&mut self, column: &str) -> Option<Country> {
        let v = self.required(column)?;
        let c = Country::parse(&v);
        if c.is_none() {
            self.problem(column, Reason::NotCountry(v.clone()));
        }
        c
    }

    fn countries(&mut self, column: &str) -> Vec<Country> {
        let mut out = Vec::new();
        for item in self.list(column) {
            match Country::parse(&item) {
                Some(c) => out.push(c),
                None => self.problem(column, Reason::NotCountry(item)),
            }
        }
        out
    }

    fn resolve(&mut self, column: &str, v: &str) -> Option<Locode> {
        let Some(code) = Locode::parse(v) else {
            self.problem(column, Reason::NotLocode(v.to_string()));
            return None;
        };
        if self.known.is_some_and(|k| !k.contains(&code)) {
            self.problem(column, Reason::PortNotListed(code.to_string()));
            return None;
        }
        Some(code)
    }

    fn locode(&mut self, column: &str) -> Option<Locode> {
        let v = self.required(column)?;
        self.resolve(column, &v)
    }

    fn optional_locode(&mut self, column: &str) -> Option<Locode> {
        let v = self.text(column);
        if v.is_empty() {
            None
        } else {
            self.resolve(column, &v)
        }
    }

    fn locodes(&mut self, column: &str) -> Vec<Locode> {
        self.list(column)
            .into_iter()
            .filter_map(|v| self.resolve(column, &v))
            .collect()
    }

    /// `;`-separated places: two letters for a country, a UN/LOCODE (known) for a port.
    fn places(&mut self, column: &str) -> Vec<Place> {
        let mut out = Vec::new();
        for item in self.list(column) {
            let place = if item.len() == 2 {
                let c = Country::parse(&item);
                if c.is_none() {
                    self.problem(column, Reason::NotCountry(item.clone()));
                }
                c.map(Place::Country)
            } else {
                self.resolve(column, &item).map(Place::Port)
            };
            out.extend(place);
        }
        out
    }

    /// A required number within bounds.
    fn number_in(&mut self, column: &str, min: f64, max: f64) -> Option<f64> {
        let v = self.required(column)?;
        match v.parse::<f64>().ok().filter(|n| n.is_finite()) {
            Some(n) if (min..=max).contains(&n) => Some(n),
            Some(n) => {
                self.problem(
                    column,
                    Reason::OutOfRange {
                        value: n.to_string(),
                        min: min.to_string(),
                        max: max.to_string(),
                    },
                );
                None
            }
            None => {
                self.problem(column, Reason::NotNumber(v));
                None
            }
        }
    }

    /// Kilograms: `Some(None)` when the cell is empty (no quantity given), `None` when invalid.
    fn optional_quantity(&mut self, column: &str) -> Option<Option<f64>> {
        let v = self.text(column);
        if v.is_empty() {
            return Some(None);
        }
        match v.parse::<f64>() {
            Ok(n) if n.is_finite() && n > crate::filter::MAX_KG => {
                self.problem(column, Reason::TooHeavy(v));
                None
            }
            Ok(n) if n.is_finite() && n >= 0.0 => Some(Some(n)),
            Ok(n) if n < 0.0 => {
                self.problem(column, Reason::Negative(v));
                None
            }
            _ => {
                self.problem(column, Reason::NotKg(v));
                None
            }
        }
    }

    fn parsed<T: Copy>(
        &mut self,
        column: &str,
        parse: fn(&str) -> Option<T>,
        expected: &str,
    ) -> Option<T> {
        let v = self.required(column)?;
        let t = parse(&v);
        if t.is_none() {
            self.problem(
                column,
                Reason::NotOneOf {
                    value: v,
                    expected: expected.to_string(),
                },
            );
        }
        t
    }

    fn citation(&mut self) -> Option<Citation> {
        let url = self.required("source_url");
        if let Some(u) = &url {
            if !is_web_url(u) {
                self.problem("source_url", Reason::NotWebUrl(u.clone()));
            }
        }
        let date = self.optional_date("source_date").flatten();
        Some(Citation {
            url: url?,
            // Some sources are cited by address and publisher only: no title is invented.
            title: self.text("source_title"),
            publisher: self.required("source_publisher")?,
            date,
        })
    }
}

/// Only absolute `http:` and `https:` URLs are ever rendered as links.
pub fn is_web_url(s: &str) -> bool {
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && s.len() > lower.find("//").unwrap_or(0) + 2
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}
