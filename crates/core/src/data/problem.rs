//! Problems found while reading data: what is wrong, where, and how to fix it.
//!
//! Readers collect every problem instead of stopping at the first, and keep every record that
//! has none, so one bad row never hides the good ones.

use super::date::{DateError, PartialDate};
use super::source_url::UrlError;
use std::fmt;

/// Where a problem is. Rows count as a spreadsheet shows them: the header is row 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A cell (or a whole row when `column` is `None`) of a CSV file.
    Csv {
        /// Row number as a spreadsheet shows it (header = 1).
        row: u64,
        /// Header text of the column, as written in the file.
        column: Option<String>,
    },
    /// A position in a text file, both counted from 1 (columns in characters).
    Text {
        /// Line number.
        line: u64,
        /// Column number.
        column: u64,
    },
    /// A value in a JSON document, as a JSON pointer (RFC 6901), e.g. `/models/3/released`.
    Json {
        /// The pointer; empty for the whole document.
        pointer: String,
    },
    /// A value in a file of JSON lines (one document per line): the line, from 1, and the
    /// pointer inside that line's document (empty for the whole line).
    JsonLine {
        /// Line number.
        line: u64,
        /// The pointer.
        pointer: String,
    },
    /// A value in a JSON file: where it starts in the text, and its JSON pointer.
    JsonAt {
        /// Line number, from 1.
        line: u64,
        /// Column number in characters, from 1.
        column: u64,
        /// The pointer.
        pointer: String,
    },
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Csv { row, column: Some(column) } => {
                write!(f, "row {row}, column `{column}`")
            }
            Location::Csv { row, column: None } => write!(f, "row {row}"),
            Location::Text { line, column } => write!(f, "line {line}, column {column}"),
            Location::Json { pointer } if pointer.is_empty() => f.write_str("the document"),
            Location::Json { pointer } => write!(f, "`{pointer}`"),
            Location::JsonAt { line, column, pointer } => {
                write!(f, "line {line}, column {column} (`{pointer}`)")
            }
            Location::JsonLine { line, pointer } if pointer.is_empty() => write!(f, "line {line}"),
            Location::JsonLine { line, pointer } => write!(f, "line {line} (`{pointer}`)"),
        }
    }
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// A required field is absent or empty.
    Missing {
        /// The field's name in the gapline format.
        field: &'static str,
    },
    /// A date that cannot be read.
    Date(DateError),
    /// A `date_precision` word that is not day, month, quarter or year.
    Precision(String),
    /// A region that is not a two-letter code.
    Region(String),
    /// A source that is not an http(s) link.
    Url(UrlError),
    /// A score that is not a finite number.
    Score(String),
    /// A score outside 0–100 (percentages) — fractions such as Epoch's 0.35 are inside.
    ScoreRange(String),
    /// A second model with an id already used; the first one is kept.
    DuplicateId(String),
    /// A file that cannot be read as a table at all.
    Csv(String),
    /// Bytes that are not UTF-8 text.
    Encoding,
    /// A claim names a model id that the dataset does not have.
    UnknownModel(String),
    /// A release after the dataset's as-of date.
    AfterAsOf {
        /// The release date.
        date: PartialDate,
        /// The dataset's as-of date.
        as_of: PartialDate,
    },
    /// An event dated outside the span of the data's models (the rule is in
    /// [`event`](super::event)): far from any model, it is most likely a wrong date.
    OutsideSpan {
        /// The event's date.
        date: PartialDate,
        /// The first day an event may have: 5 years before the first model's release.
        from: PartialDate,
        /// The last day an event may have: 2 years after the last model's release.
        to: PartialDate,
    },
    /// A document that is not gapline JSON (serde_json's message, which ends with where).
    Json(String),
    /// A word that is not one of a field's allowed values.
    Choice {
        /// The value found.
        value: String,
        /// The allowed values, as a list for the reader.
        allowed: &'static str,
    },
    /// A gap in months that cannot be: negative, not finite, or a maximum below the minimum.
    Gap(String),
    /// A claim's stored reading that cannot be used ([`stored_reading`](super::stored_reading)):
    /// what is wrong and how to write it.
    Reading(String),
    /// A record (or top-level field) of a JSON document whose value has the wrong type or
    /// shape, so it cannot be read at all (`"released": 2023`, `"id": 7`); the other records
    /// are kept.
    Record {
        /// What it is: `model`, `benchmark run`, `claim`, `event`, `field` or `list`.
        what: &'static str,
        /// The deserializer's message.
        message: String,
    },
    /// One of a model's scores that cannot be read: that score is left out, the model kept.
    ModelScore {
        /// The value found, as written (or described: `null`, `a list`).
        value: String,
        /// A number, but outside 0–100.
        out_of_range: bool,
    },
    /// A spreadsheet row with no id column whose name has no letter or digit to make an id of.
    IdFromName(String),
    /// A chip whose maker's home is not known and whose row names no country.
    Maker(String),
    /// A yes-or-no field (a model's `key`) that is neither. The only kind that does not by
    /// itself leave its record out ([`ProblemKind::keeps_record`]): the record is kept with the
    /// field false.
    Flag {
        /// The field's name in the gapline format.
        field: &'static str,
        /// The value found: a cell's text, or a JSON value described (`"yes"`, `1`, `a list`).
        value: String,
        /// What may be written instead, for the reader.
        allowed: &'static str,
    },
}

impl ProblemKind {
    /// Is the record kept despite this problem (when it has no other)? For a wrong yes-or-no
    /// ([`ProblemKind::Flag`]: kept with the field false) and a model's score that cannot be
    /// read ([`ProblemKind::ModelScore`]: kept without that score). Every other problem leaves
    /// its record out.
    pub fn keeps_record(&self) -> bool {
        matches!(self, ProblemKind::Flag { .. } | ProblemKind::ModelScore { .. })
    }
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemKind::Missing { field } => {
                write!(f, "`{field}` is missing: every entry needs one")
            }
            ProblemKind::Date(e) => e.fmt(f),
            ProblemKind::Precision(word) => {
                write!(f, "`{word}` is not a date precision: write day, month, quarter or year")
            }
            ProblemKind::Region(text) => {
                write!(
                    f,
                    "`{text}` is not a region: use a two-letter ISO 3166 code such as US or CN, or a country name"
                )
            }
            ProblemKind::Url(e) => e.fmt(f),
            ProblemKind::Score(text) => {
                write!(f, "`{text}` is not a score: write a number such as 86.4")
            }
            ProblemKind::ScoreRange(text) => {
                write!(f, "`{text}` is out of range: scores are between 0 and 100")
            }
            ProblemKind::DuplicateId(id) => {
                write!(
                    f,
                    "the id `{id}` is used twice: give each its own id (the first is kept)"
                )
            }
            ProblemKind::Csv(message) => write!(f, "cannot read the table: {message}"),
            ProblemKind::Json(message) => {
                // serde_json appends " at line L column C"; the location already says it.
                let message = message.split(" at line ").next().unwrap_or(message);
                write!(f, "not a gapline JSON dataset: {message}")
            }
            ProblemKind::UnknownModel(id) => write!(
                f,
                "no model has the id `{id}`: use the id of a model in `models`, or add the model"
            ),
            ProblemKind::AfterAsOf { date, as_of } => write!(
                f,
                "{date} is after the data's as-of date ({as_of}): correct the date or move `as_of` later"
            ),
            ProblemKind::OutsideSpan { date, from, to } => write!(
                f,
                "{date} is far outside the data's span: events may be dated from {from} to {to} (5 years before the first model to 2 years after the last); correct the date"
            ),
            ProblemKind::Choice { value, allowed } => {
                write!(f, "`{value}` is not allowed here: write one of {allowed}")
            }
            ProblemKind::Gap(what) => write!(
                f,
                "{what}: write months as {{\"min\": 18, \"max\": 24}} (min 0 or more, max at least min or null)"
            ),
            ProblemKind::Reading(what) => write!(
                f,
                "{what} (or remove `reading` to have the claim read from its text)"
            ),
            ProblemKind::Record { what, message } => write!(
                f,
                "this {what} cannot be read ({message}); give each field the type the format asks for (see schema/gapline.schema.json); the other records are kept"
            ),
            ProblemKind::ModelScore { value, out_of_range: false } => write!(
                f,
                "`{value}` is not a score: write a number such as 86.4 (the model is kept without this score)"
            ),
            ProblemKind::ModelScore { value, out_of_range: true } => write!(
                f,
                "`{value}` is out of range: scores are between 0 and 100 (the model is kept without this score)"
            ),
            ProblemKind::IdFromName(name) => write!(
                f,
                "`{name}` has no letter or digit to make an id from: add an `id` column, or write the name with letters or digits"
            ),
            ProblemKind::Flag { field, value, allowed } => write!(
                f,
                "`{value}` is not a yes or no: write {allowed} (the model is kept, with `{field}` {})",
                // `key` defaults to false; the other flags to not stated.
                if *field == "key" { "false" } else { "not stated" }
            ),
            ProblemKind::Maker(maker) => write!(
                f,
                "the home of the maker `{maker}` is not known: add a `Country` column with a two-letter code such as US or CN"
            ),
            ProblemKind::Encoding => f.write_str(
                "the file is not UTF-8 text: save it as \"CSV UTF-8\" (Excel) or export as CSV (Google Sheets)",
            ),
        }
    }
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Where it is.
    pub location: Location,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl Problem {
    /// How many distinct records `problems` left out: the records they are about, not counting
    /// problems that keep their record ([`ProblemKind::keeps_record`]).
    pub fn records(problems: &[Problem]) -> usize {
        let mut records: Vec<String> = problems
            .iter()
            .filter(|p| !p.kind.keeps_record())
            .filter_map(Problem::record)
            .collect();
        records.sort();
        records.dedup();
        records.len()
    }

    /// The record a problem belongs to (`row 5`, `/models/3`), or `None` for the whole file.
    pub fn record(&self) -> Option<String> {
        let record_of = |pointer: &str| pointer.split('/').take(3).collect::<Vec<_>>().join("/");
        match &self.location {
            Location::Csv { row, .. } => Some(format!("row {row}")),
            Location::Json { pointer } | Location::JsonAt { pointer, .. } => {
                Some(record_of(pointer)).filter(|r| r.matches('/').count() == 2)
            }
            Location::JsonLine { line, .. } => Some(format!("line {line}")),
            Location::Text { .. } => None,
        }
    }

    /// What `problems` cost, for a command's last word on standard error: "2 records left out,
    /// 1 value left out" (a value: a score or a flag of a record that was kept, a top-level
    /// field, or a whole file that could not be read); `None` when they cost nothing, which is
    /// only when there are none.
    pub fn loss(problems: &[Problem]) -> Option<String> {
        if problems.is_empty() {
            return None;
        }
        let records = Problem::records(problems);
        let values =
            problems.iter().filter(|p| p.kind.keeps_record() || p.record().is_none()).count();
        let count = |n: usize, one: &str, many: &str| match n {
            1 => format!("1 {one} left out"),
            n => format!("{n} {many} left out"),
        };
        Some(match (records, values) {
            (r, 0) => count(r, "record", "records"),
            (0, v) => count(v, "value", "values"),
            (r, v) => format!("{}, {}", count(r, "record", "records"), count(v, "value", "values")),
        })
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.kind)
    }
}

/// The text of a file, or where its first non-UTF-8 byte is (line and column of the character
/// after the last good one). A leading byte-order mark is removed.
pub fn decode_utf8(bytes: &[u8]) -> Result<&str, Problem> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let good = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or("");
        let line = good.matches('\n').count() as u64 + 1;
        let column = good.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u64 + 1;
        Problem { location: Location::Text { line, column }, kind: ProblemKind::Encoding }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_finds_the_first_bad_byte_and_drops_a_bom() {
        assert_eq!(decode_utf8(b"\xef\xbb\xbfname\n"), Ok("name\n"));
        let err = decode_utf8(b"name,date\nGPT-4,2023\xe9-03\n").expect_err("latin-1 byte");
        assert_eq!(
            err.to_string(),
            "line 2, column 11: the file is not UTF-8 text: save it as \"CSV UTF-8\" (Excel) or export as CSV (Google Sheets)"
        );
    }
}
