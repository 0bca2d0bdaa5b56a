//! Problems found while reading data: what is wrong, where, and how to fix it.
//!
//! Readers collect every problem instead of stopping at the first, and keep every record that
//! has none, so one bad row never hides the good ones.

use super::date::DateError;
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
    /// A value in a JSON document, as a JSON pointer (RFC 6901), e.g. `/models/3/released`.
    Json {
        /// The pointer; empty for the whole document.
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
            Location::Json { pointer } if pointer.is_empty() => f.write_str("the document"),
            Location::Json { pointer } => write!(f, "`{pointer}`"),
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
    /// A second model with an id already used; the first one is kept.
    DuplicateId(String),
    /// A file that cannot be read as a table at all.
    Csv(String),
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemKind::Missing { field } => {
                write!(f, "`{field}` is missing: every model needs one")
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
            ProblemKind::DuplicateId(id) => {
                write!(
                    f,
                    "the id `{id}` is used twice: give each model its own id (the first is kept)"
                )
            }
            ProblemKind::Csv(message) => write!(f, "cannot read the table: {message}"),
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

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.kind)
    }
}
