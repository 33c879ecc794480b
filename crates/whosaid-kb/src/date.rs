//! Calendar dates (`YYYY-MM-DD`), as used for roles and `as_of`.

use std::fmt;
use std::str::FromStr;

/// A calendar date of the proleptic Gregorian calendar, years 1 to 9999.
///
/// Dates order chronologically. Parse one from `YYYY-MM-DD` with [`str::parse`]; the month
/// and the day are checked (`2025-02-30` is an error, `2024-02-29` is not).
///
/// ```
/// use whosaid_kb::Date;
/// let d: Date = "2025-01-20".parse().unwrap();
/// assert_eq!((d.year, d.month, d.day), (2025, 1, 20));
/// assert_eq!(d.to_string(), "2025-01-20");
/// assert!("2025-02-29".parse::<Date>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// Why a string is not a date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not of the shape `YYYY-MM-DD`.
    #[error("invalid date `{0}`: expected YYYY-MM-DD")]
    Format(String),
    /// Year 0000.
    #[error("invalid date `{0}`: the year must be 0001 to 9999")]
    Year(String),
    /// A month outside 01 to 12.
    #[error("invalid date `{text}`: the month must be 01 to 12")]
    Month { text: String },
    /// A day outside the month.
    #[error("invalid date `{text}`: {month_name} {year} has {days} days")]
    Day {
        text: String,
        month_name: &'static str,
        year: u16,
        days: u8,
    },
}

const MONTH_NAMES: [&str; 12] = [
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

fn is_leap(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// The date, or `None` when the month or the day does not exist.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if year == 0 || year > 9999 || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// The date `days` days after 1970-01-01 (negative: before), or `None` outside years
    /// 1 to 9999. The command line uses it to turn the system clock into today's date.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        // Howard Hinnant's civil_from_days.
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(
            u16::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Date, DateError> {
        let bytes = s.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(DateError::Format(s.to_owned()));
        }
        let num = |range: std::ops::Range<usize>| -> u16 {
            s[range]
                .bytes()
                .fold(0u16, |n, b| n * 10 + u16::from(b - b'0'))
        };
        let (year, month, day) = (num(0..4), num(5..7), num(8..10));
        if year == 0 {
            return Err(DateError::Year(s.to_owned()));
        }
        if !(1..=12).contains(&month) {
            return Err(DateError::Month { text: s.to_owned() });
        }
        // Both fit: month <= 12, day < 100.
        let (month, day) = (month as u8, day as u8);
        let days = days_in_month(year, month);
        if day == 0 || day > days {
            return Err(DateError::Day {
                text: s.to_owned(),
                month_name: MONTH_NAMES[usize::from(month - 1)],
                year,
                days,
            });
        }
        Ok(Date { year, month, day })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects() {
        let cases: &[(&str, Result<Date, &str>)] = &[
            (
                "2025-01-20",
                Ok(Date {
                    year: 2025,
                    month: 1,
                    day: 20,
                }),
            ),
            (
                "2024-02-29",
                Ok(Date {
                    year: 2024,
                    month: 2,
                    day: 29,
                }),
            ),
            (
                "2000-02-29",
                Ok(Date {
                    year: 2000,
                    month: 2,
                    day: 29,
                }),
            ),
            (
                "1900-02-29",
                Err("invalid date `1900-02-29`: February 1900 has 28 days"),
            ),
            (
                "2025-02-30",
                Err("invalid date `2025-02-30`: February 2025 has 28 days"),
            ),
            (
                "2025-04-31",
                Err("invalid date `2025-04-31`: April 2025 has 30 days"),
            ),
            (
                "2025-13-01",
                Err("invalid date `2025-13-01`: the month must be 01 to 12"),
            ),
            (
                "2025-00-01",
                Err("invalid date `2025-00-01`: the month must be 01 to 12"),
            ),
            (
                "2025-01-00",
                Err("invalid date `2025-01-00`: January 2025 has 31 days"),
            ),
            (
                "0000-01-01",
                Err("invalid date `0000-01-01`: the year must be 0001 to 9999"),
            ),
            (
                "yesterday",
                Err("invalid date `yesterday`: expected YYYY-MM-DD"),
            ),
            (
                "2025-1-20",
                Err("invalid date `2025-1-20`: expected YYYY-MM-DD"),
            ),
            (
                "2025/01/20",
                Err("invalid date `2025/01/20`: expected YYYY-MM-DD"),
            ),
            ("", Err("invalid date ``: expected YYYY-MM-DD")),
        ];
        for (text, want) in cases {
            let got = text.parse::<Date>().map_err(|e| e.to_string());
            assert_eq!(got, want.map_err(str::to_owned), "{text}");
        }
    }

    #[test]
    fn days_since_epoch() {
        let cases = [
            (0, "1970-01-01"),
            (-1, "1969-12-31"),
            (20_054, "2024-11-27"),
            (20_419, "2025-11-27"),
            (20_784, "2026-11-27"),
        ];
        for (days, want) in cases {
            let date = Date::from_days_since_epoch(days).unwrap();
            assert_eq!(date.to_string(), want, "{days}");
        }
    }

    #[test]
    fn orders_chronologically() {
        let a: Date = "2024-12-31".parse().unwrap();
        let b: Date = "2025-01-01".parse().unwrap();
        assert!(a < b);
    }
}
