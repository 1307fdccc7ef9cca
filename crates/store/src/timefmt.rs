//! Timestamp text format shared by every table.
//!
//! Stored timestamps are UTC RFC 3339 with exactly six fractional digits,
//! `YYYY-MM-DDTHH:MM:SS.ffffffZ`, so that string order equals time order in
//! both SQLite and PostgreSQL and the hashed text is reproducible.

use time::{Date, Duration, OffsetDateTime, UtcOffset, format_description::well_known::Rfc3339};

use crate::StoreError;

/// Formats `t` (converted to UTC, truncated to microseconds) in the stored format.
pub fn format(t: OffsetDateTime) -> String {
    let t = t.to_offset(UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:06}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
        t.microsecond()
    )
}

/// Current time in the stored format.
pub fn now() -> String {
    format(OffsetDateTime::now_utc())
}

/// Parses a stored timestamp.
pub fn parse(s: &str) -> Result<OffsetDateTime, StoreError> {
    OffsetDateTime::parse(s, &Rfc3339)
        .map_err(|e| StoreError::Corrupt(format!("bad timestamp {s:?}: {e}")))
}

/// Which end of a range a user-supplied date bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// Inclusive lower bound: a bare date means that day's 00:00:00Z.
    Since,
    /// Exclusive upper bound: a bare date means the following midnight,
    /// so `until=2026-01-31` includes all of the 31st.
    Until,
}

/// Parses RFC 3339 (`2026-01-31T12:00:00Z`) or a date (`2026-01-31`) into
/// the stored format.
pub fn parse_bound(s: &str, bound: Bound) -> Result<String, StoreError> {
    if let Ok(t) = OffsetDateTime::parse(s, &Rfc3339) {
        return Ok(format(t));
    }
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    let date = Date::parse(s, &fmt)
        .map_err(|_| StoreError::Invalid(format!("not RFC 3339 or YYYY-MM-DD: {s:?}")))?;
    let mut t = date.midnight().assume_utc();
    if bound == Bound::Until {
        // The last representable day has no following midnight: "until then" is everything.
        t = t
            .checked_add(Duration::days(1))
            .unwrap_or(time::PrimitiveDateTime::MAX.assume_utc());
    }
    Ok(format(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_day_is_a_bound_too() {
        let until = parse_bound("9999-12-31", Bound::Until).unwrap();
        assert!(
            until > parse_bound("9999-12-31", Bound::Since).unwrap(),
            "{until}"
        );
    }

    #[test]
    fn fixed_width_and_round_trip() {
        let t = OffsetDateTime::parse("2026-03-04T05:06:07.123456789+02:00", &Rfc3339).unwrap();
        let s = format(t);
        assert_eq!(s, "2026-03-04T03:06:07.123456Z");
        assert_eq!(format(parse(&s).unwrap()), s);
    }

    #[test]
    fn dates_as_bounds() {
        assert_eq!(
            parse_bound("2026-01-31", Bound::Since).unwrap(),
            "2026-01-31T00:00:00.000000Z"
        );
        assert_eq!(
            parse_bound("2026-01-31", Bound::Until).unwrap(),
            "2026-02-01T00:00:00.000000Z"
        );
        assert!(parse_bound("yesterday", Bound::Since).is_err());
    }
}
