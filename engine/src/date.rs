//! Dates known to the year, the month or the day, and never more precise than the source.

use std::fmt;

/// The years a date may have. The store keeps days since 1900-01-01 in a u16, which reaches
/// 2079-06-06, so every day of these years is stored exactly.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2078;

/// How much of a date the source gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A calendar date at the precision the source gave: `2022`, `2022-06` or `2022-06-14`.
///
/// A partial date stands for a whole period: `2022-06` is every day of June 2022.
/// ```
/// use portolan_engine::date::{PartialDate, Precision};
/// let d: PartialDate = "2022-06".parse().unwrap();
/// assert_eq!(d.precision(), Precision::Month);
/// assert_eq!(d.to_string(), "2022-06");
/// assert_eq!(d.last_day() - d.first_day(), 29);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    year: i32,
    /// 1-12, or 0 when only the year is known.
    month: u8,
    /// 1-31, or 0 when the day is not known.
    day: u8,
}

/// Why a date string was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("\"{0}\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")]
    Shape(String),
    #[error("\"{0}\" is not a day of the calendar")]
    NoSuchDay(String),
    #[error("year {0} is outside 1900-2078")]
    YearOutOfRange(i32),
}

/// Days since 1970-01-01 (negative before). Dates are compared and stored as these.
pub type DayNumber = i32;

impl PartialDate {
    pub fn year_only(year: i32) -> Self {
        PartialDate {
            year,
            month: 0,
            day: 0,
        }
    }

    /// A date known to the day; `None` if the day does not exist.
    pub fn ymd(year: i32, month: u8, day: u8) -> Option<Self> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(PartialDate { year, month, day })
    }

    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month (1-12) when known.
    pub fn month(&self) -> Option<u8> {
        (self.month != 0).then_some(self.month)
    }

    /// The day of the month when known.
    pub fn day(&self) -> Option<u8> {
        (self.day != 0).then_some(self.day)
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (0, _) => Precision::Year,
            (_, 0) => Precision::Month,
            _ => Precision::Day,
        }
    }

    /// The first day of the period this date stands for.
    pub fn first_day(&self) -> DayNumber {
        days_from_civil(self.year, self.month.max(1), self.day.max(1))
    }

    /// The last day of the period this date stands for.
    pub fn last_day(&self) -> DayNumber {
        let month = if self.month == 0 { 12 } else { self.month };
        let day = if self.day == 0 {
            days_in_month(self.year, month)
        } else {
            self.day
        };
        days_from_civil(self.year, month, day)
    }

    /// The date of a day number, known to the day.
    pub fn from_day_number(n: DayNumber) -> Self {
        let (year, month, day) = civil_from_days(n);
        PartialDate { year, month, day }
    }
}

impl std::str::FromStr for PartialDate {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, DateError> {
        let shape = || DateError::Shape(s.to_string());
        let parts: Vec<&str> = s.split('-').collect();
        let lengths_ok = match parts.as_slice() {
            [y] => y.len() == 4,
            [y, m] => y.len() == 4 && m.len() == 2,
            [y, m, d] => y.len() == 4 && m.len() == 2 && d.len() == 2,
            _ => false,
        };
        if !lengths_ok || !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
            return Err(shape());
        }
        let year: i32 = parts[0].parse().map_err(|_| shape())?;
        if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
            return Err(DateError::YearOutOfRange(year));
        }
        let month: u8 = parts
            .get(1)
            .map_or(Ok(0), |m| m.parse())
            .map_err(|_| shape())?;
        let day: u8 = parts
            .get(2)
            .map_or(Ok(0), |d| d.parse())
            .map_err(|_| shape())?;
        let no_such_day = || DateError::NoSuchDay(s.to_string());
        if parts.len() >= 2 && !(1..=12).contains(&month) {
            return Err(no_such_day());
        }
        if parts.len() == 3 && (day == 0 || day > days_in_month(year, month)) {
            return Err(no_such_day());
        }
        Ok(PartialDate { year, month, day })
    }
}

impl fmt::Display for PartialDate {
    /// Writes the date at its own precision, never more.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision() {
            Precision::Year => write!(f, "{:04}", self.year),
            Precision::Month => write!(f, "{:04}-{:02}", self.year, self.month),
            Precision::Day => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
        }
    }
}

impl serde::Serialize for PartialDate {
    /// As text at its own precision, like the data files.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Howard Hinnant's days-from-civil algorithm (proleptic Gregorian).
fn days_from_civil(year: i32, month: u8, day: u8) -> DayNumber {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(n: DayNumber) -> (i32, u8, u8) {
    let z = n + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i32::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        s.parse().unwrap()
    }

    #[test]
    fn keeps_the_precision_it_was_given() {
        for s in ["2022", "2022-06", "2022-06-14"] {
            assert_eq!(d(s).to_string(), s);
        }
        assert_eq!(d("2022").precision(), Precision::Year);
        assert_eq!(d("2022-06").day(), None);
    }

    #[test]
    fn a_partial_date_covers_its_whole_period() {
        assert_eq!(d("2020").last_day() - d("2020").first_day(), 365);
        assert_eq!(d("2021-02").last_day() - d("2021-02").first_day(), 27);
        assert_eq!(d("2024-02").last_day(), d("2024-02-29").first_day());
        assert_eq!(d("1970-01-01").first_day(), 0);
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        for s in [
            "",
            "22",
            "2022-6",
            "2022-13",
            "2022-02-30",
            "2023-02-29",
            "2022/06",
            "abcd",
            "2022-06-",
            "+202",
            "2022-00",
            "2022-01-00",
        ] {
            assert!(s.parse::<PartialDate>().is_err(), "{s}");
        }
        assert!(matches!(
            "1500".parse::<PartialDate>(),
            Err(DateError::YearOutOfRange(1500))
        ));
    }

    #[test]
    fn day_numbers_round_trip() {
        for n in [-1000, 0, 1, 11_000, 19_000, 20_000, 47_000] {
            assert_eq!(PartialDate::from_day_number(n).first_day(), n);
        }
    }
}
