//! Reading a gapline JSON document one record at a time.
//!
//! A document is first read as a tree of JSON values (serde_json's borrowed slices natively,
//! [`TextTree`]; the browser's parsed values in the widget: both implement [`JsonTree`]). Then
//! each record of its lists (`models`, `benchmarks`, `claims`, `events`) and each top-level
//! field is read on its own, field by field. The rules:
//!
//! 1. A text field may be text or `null` (none); a number field a number or `null`; a yes-or-no
//!    (`key`) and a score may be any value, a wrong one being a problem that keeps its record
//!    ([`RawFlag`], [`RawScore`]).
//! 2. A record with a field of the wrong type (`"released": 2023`, `"id": 7`), or that is not an
//!    object at all, becomes a placeholder ([`Untyped`]): the check reports it at that field,
//!    and leaves that record out. Every other record is kept.
//! 3. A top-level field or list of the wrong type (`"title": 5`, `"events": {}`) is a problem
//!    of its own ([`RawDataset::unread`]); the rest of the document is read.
//! 4. Fields gapline does not know are ignored. Only text that is not JSON, or JSON that is not
//!    an object, makes the whole document unreadable.
//!
//! The widget reads documents with this walk, not with serde: a walk of the browser's values
//! is a few hundred bytes of code where serde's deserializers for five record types were
//! kilobytes every reader downloads.

use super::benchmark_run::RawBenchmarkRun;
use super::claim::{RawClaim, RawGap};
use super::dataset::{RawDataset, RawModel};
use super::event::RawEvent;
use super::flag::RawFlag;
use super::json_position::line_column;
use super::problem::{Location, Problem, ProblemKind};
use super::raw_score::{Described, RawScore};
use super::stored_reading::{RawComparison, RawReading, RawSpans};
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// Why a value could not be read, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Untyped {
    /// What is wrong, e.g. "`released` is a number, expected text".
    pub message: String,
    /// The field inside the record, as a JSON pointer suffix (`released`, `scores/mmlu`);
    /// `None` for the record itself.
    pub field: Option<String>,
    /// Line and column (from 1) of the value in the document's text; `None` when the tree has
    /// no text (the browser's parsed values).
    pub at: Option<(u64, u64)>,
}

impl Untyped {
    /// The problem of a record (or top-level value) at `location` that could not be read: at
    /// the field that is wrong, with its line and column when they are known.
    pub(crate) fn problem(&self, location: Location, what: &'static str) -> Problem {
        let location = match location {
            Location::Json { pointer } => {
                let pointer = match &self.field {
                    Some(field) => format!("{pointer}/{field}"),
                    None => pointer,
                };
                match self.at {
                    Some((line, column)) => Location::JsonAt { line, column, pointer },
                    None => Location::Json { pointer },
                }
            }
            other => other,
        };
        Problem { location, kind: ProblemKind::Record { what, message: self.message.clone() } }
    }
}

/// A JSON value that is not looked into further: what a field holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Scalar {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string.
    Text(String),
    /// A list (its items are read with [`JsonTree::items`]).
    List,
    /// An object (its members are read with [`JsonTree::member`]).
    Object,
}

impl Scalar {
    /// What kind of value it is, for a message.
    pub fn kind(&self) -> &'static str {
        match self {
            Scalar::Null => "null",
            Scalar::Bool(_) => "true or false",
            Scalar::Number(_) => "a number",
            Scalar::Text(_) => "text",
            Scalar::List => "a list",
            Scalar::Object => "an object",
        }
    }
}

/// A parsed JSON value a document can be read from, record by record.
pub trait JsonTree: Sized {
    /// The member `key` of an object; `None` when it is absent (or this is not an object).
    fn member(&self, key: &str) -> Option<Self>;
    /// The items of a list; `None` when this is not a list.
    fn items(&self) -> Option<Vec<Self>>;
    /// The members of an object, each with its key; empty when this is not an object.
    fn entries(&self) -> Vec<(String, Self)>;
    /// The value itself.
    fn scalar(&self) -> Scalar;
    /// Line and column of the value in the document's text, when the tree knows them.
    fn at(&self) -> Option<(u64, u64)>;
}

/// Reads a document record by record (see the module docs).
pub fn read_document<V: JsonTree>(root: &V) -> RawDataset {
    let mut unread = Vec::new();
    let mut top = |key: &str| {
        let mut fields = Fields { record: root, error: None };
        let value = fields.text(key);
        if let Some(why) = fields.error {
            unread.push(why.problem(Location::Json { pointer: String::new() }, "field"));
        }
        value
    };
    let (title, source, source_url, licence, as_of) =
        (top("title"), top("source"), top("source_url"), top("licence"), top("as_of"));
    RawDataset {
        title,
        source,
        source_url,
        licence,
        as_of,
        models: list(root, "models", &mut unread, model),
        benchmarks: list(root, "benchmarks", &mut unread, benchmark_run),
        claims: list(root, "claims", &mut unread, claim),
        events: list(root, "events", &mut unread, event),
        unread,
    }
}

/// One claim read on its own (a line of a JSON-lines file), by the same rules as a claim of a
/// document's `claims` list.
pub fn read_claim<V: JsonTree>(value: &V) -> RawClaim {
    one(value, claim)
}

/// One record by `read`, or its placeholder.
fn one<V: JsonTree, T: Placeholder>(item: &V, read: fn(&mut Fields<'_, V>) -> T) -> T {
    let found = item.scalar();
    if found != Scalar::Object {
        let message = format!("the record is {}, expected an object", found.kind());
        return T::untyped(Untyped { message, field: None, at: item.at() });
    }
    let mut fields = Fields { record: item, error: None };
    let record = read(&mut fields);
    match fields.error {
        Some(why) => T::untyped(why),
        None => record,
    }
}

/// serde_json's message without its " at line L column C" (the location says it).
pub fn plain_message(message: &str) -> String {
    message.split(" at line ").next().unwrap_or(message).to_string()
}

/// The records of the list `key`, each read on its own by `read`; a record that is not an
/// object, or has a field of the wrong type, is a placeholder carrying why.
fn list<V: JsonTree, T>(
    root: &V,
    key: &str,
    unread: &mut Vec<Problem>,
    read: fn(&mut Fields<'_, V>) -> T,
) -> Vec<T>
where
    T: Placeholder,
{
    let Some(value) = root.member(key) else { return Vec::new() };
    let Some(items) = value.items() else {
        // `null` is an empty list; anything else is a problem, and the list is empty.
        let found = value.scalar();
        if found != Scalar::Null {
            let why = Untyped {
                message: format!("`{key}` is {}, expected a list", found.kind()),
                field: Some(key.to_string()),
                at: value.at(),
            };
            unread.push(why.problem(Location::Json { pointer: String::new() }, "list"));
        }
        return Vec::new();
    };
    items.iter().map(|item| one(item, read)).collect()
}

/// A record type that can stand for a record that could not be read.
trait Placeholder {
    fn untyped(why: Untyped) -> Self;
}

macro_rules! placeholder {
    ($($t:ty),*) => {$(
        impl Placeholder for $t {
            fn untyped(why: Untyped) -> Self {
                Self { unreadable: Some(why), ..Self::default() }
            }
        }
    )*};
}
placeholder!(RawModel, RawBenchmarkRun, RawClaim, RawEvent);

/// One record's fields being read; the first field of the wrong type is kept as the error.
struct Fields<'t, V> {
    record: &'t V,
    error: Option<Untyped>,
}

impl<V: JsonTree> Fields<'_, V> {
    fn fail(&mut self, field: &str, value: &V, found: &Scalar, expected: &str) {
        if self.error.is_none() {
            self.error = Some(Untyped {
                message: format!("`{field}` is {}, expected {expected}", found.kind()),
                field: Some(field.to_string()),
                at: value.at(),
            });
        }
    }

    /// A text field: text, or absent or `null` for none.
    fn text(&mut self, key: &str) -> Option<String> {
        let value = self.record.member(key)?;
        match value.scalar() {
            Scalar::Text(t) => Some(t),
            Scalar::Null => None,
            other => {
                self.fail(key, &value, &other, "text");
                None
            }
        }
    }

    /// A number field of `object`: a number, or absent or `null` for none. `field` names it in
    /// the record (`score`, `gap_months/min`).
    fn number_of(&mut self, object: &V, key: &str, field: &str) -> Option<f64> {
        let value = object.member(key)?;
        match value.scalar() {
            Scalar::Number(n) => Some(n),
            Scalar::Null => None,
            other => {
                self.fail(field, &value, &other, "a number");
                None
            }
        }
    }

    /// A model's scores: an object of any values, each read by [`RawScore`]'s rule.
    fn scores(&mut self) -> BTreeMap<String, RawScore> {
        let Some(value) = self.record.member("scores") else { return BTreeMap::new() };
        match value.scalar() {
            Scalar::Object => value
                .entries()
                .into_iter()
                .map(|(benchmark, v)| {
                    let score = match v.scalar() {
                        Scalar::Number(n) => RawScore::Number(n),
                        Scalar::Text(_) => RawScore::Invalid(Described::Text),
                        Scalar::Null => RawScore::Invalid(Described::Null),
                        Scalar::Bool(_) => RawScore::Invalid(Described::Bool),
                        Scalar::List => RawScore::Invalid(Described::List),
                        Scalar::Object => RawScore::Invalid(Described::Object),
                    };
                    (benchmark, score)
                })
                .collect(),
            Scalar::Null => BTreeMap::new(),
            other => {
                self.fail("scores", &value, &other, "an object");
                BTreeMap::new()
            }
        }
    }

    /// A yes-or-no: any value, a wrong one described ([`RawFlag`]); `null` is none.
    fn flag(&mut self, key: &str) -> Option<RawFlag> {
        Some(match self.record.member(key)?.scalar() {
            Scalar::Null => return None,
            Scalar::Bool(b) => RawFlag::Bool(b),
            Scalar::Text(t) => RawFlag::invalid_text(&t),
            // Whole numbers are written back; the widget has no float formatting.
            Scalar::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => {
                RawFlag::Invalid(format!("{}", n as i64))
            }
            other => RawFlag::Invalid(other.kind().to_string()),
        })
    }

    /// A claim's gap: `{"min": …, "max": …}`, or absent or `null` for none.
    fn gap(&mut self) -> Option<RawGap> {
        let value = self.record.member("gap_months")?;
        match value.scalar() {
            Scalar::Object => Some(RawGap {
                min: self.number_of(&value, "min", "gap_months/min"),
                max: self.number_of(&value, "max", "gap_months/max"),
            }),
            Scalar::Null => None,
            other => {
                self.fail("gap_months", &value, &other, "an object");
                None
            }
        }
    }
}

impl<V: JsonTree> Fields<'_, V> {
    /// A claim's stored reading: an object, or absent or `null` for none. A field of the wrong
    /// type is named by its path (`reading/spans/gap`).
    fn reading(&mut self) -> Option<RawReading> {
        let value = self.record.member("reading")?;
        match value.scalar() {
            Scalar::Object => {}
            Scalar::Null => return None,
            other => {
                self.fail("reading", &value, &other, "an object");
                return None;
            }
        }
        let mut inner = Fields { record: &value, error: None };
        let first = inner.comparison();
        let more = match value.member("more") {
            Some(list) => match list.items() {
                Some(items) => items
                    .iter()
                    .map(|item| {
                        let mut one = Fields { record: item, error: None };
                        let c = one.comparison();
                        if let Some(why) = one.error {
                            inner.error.get_or_insert(why);
                        }
                        c
                    })
                    .collect(),
                None => {
                    inner.fail("more", &list, &list.scalar(), "a list");
                    Vec::new()
                }
            },
            None => Vec::new(),
        };
        let reviewed = match value.member("reviewed") {
            Some(v) => match v.scalar() {
                Scalar::Bool(b) => Some(b),
                Scalar::Null => None,
                other => {
                    inner.fail("reviewed", &v, &other, "true or false");
                    None
                }
            },
            None => None,
        };
        let reading = RawReading {
            first,
            more,
            read_from: inner.text("read_from"),
            parser: inner.text("parser"),
            reviewed,
        };
        if let Some(mut why) = inner.error {
            // Placed from the claim (`/claims/3/reading/relation`); the message names the field.
            why.field = Some(format!("reading/{}", why.field.unwrap_or_default()));
            self.error.get_or_insert(why);
        }
        Some(reading)
    }

    /// One comparison of a stored reading.
    fn comparison(&mut self) -> RawComparison {
        let record = self.record;
        let spans = record.member("spans").map(|spans| {
            let mut span = |key: &str| {
                let v = spans.member(key)?;
                let numbers: Option<Vec<f64>> = v.items().map(|items| {
                    items
                        .iter()
                        .filter_map(|n| match n.scalar() {
                            Scalar::Number(x) => Some(x),
                            _ => None,
                        })
                        .collect()
                });
                if numbers.is_none() && v.scalar() != Scalar::Null {
                    self.fail(&format!("spans/{key}"), &v, &v.scalar(), "a list [start, end]");
                }
                numbers
            };
            RawSpans { relation: span("relation"), gap: span("gap"), reference: span("reference") }
        });
        RawComparison {
            relation: self.text("relation"),
            gap_months: self.gap(),
            reference_model: self.text("reference_model"),
            reference: self.text("reference"),
            modality: self.text("modality"),
            spans,
        }
    }
}

fn model<V: JsonTree>(f: &mut Fields<'_, V>) -> RawModel {
    RawModel {
        id: f.text("id"),
        name: f.text("name"),
        organization: f.text("organization"),
        region: f.text("region"),
        modality: f.text("modality"),
        released: f.text("released"),
        date_precision: f.text("date_precision"),
        scores: f.scores(),
        source_url: f.text("source_url"),
        notes: f.text("notes"),
        key: f.flag("key"),
        open_weights: f.flag("open_weights"),
        available_in_china: f.flag("available_in_china"),
        unreadable: None,
    }
}

fn benchmark_run<V: JsonTree>(f: &mut Fields<'_, V>) -> RawBenchmarkRun {
    let record = f.record;
    RawBenchmarkRun {
        benchmark: f.text("benchmark"),
        model: f.text("model"),
        model_name: f.text("model_name"),
        organization: f.text("organization"),
        region: f.text("region"),
        released: f.text("released"),
        score: f.number_of(record, "score", "score"),
        source_url: f.text("source_url"),
        evaluator: f.text("evaluator"),
        setting: f.text("setting"),
        unit: f.text("unit"),
        unreadable: None,
    }
}

fn claim<V: JsonTree>(f: &mut Fields<'_, V>) -> RawClaim {
    RawClaim {
        id: f.text("id"),
        speaker: f.text("speaker"),
        affiliation: f.text("affiliation"),
        said_on: f.text("said_on"),
        venue: f.text("venue"),
        source_url: f.text("source_url"),
        text: f.text("text"),
        text_zh: f.text("text_zh"),
        reference_model: f.text("reference_model"),
        relation: f.text("relation"),
        gap_months: f.gap(),
        modality: f.text("modality"),
        reading: f.reading(),
        unreadable: None,
    }
}

fn event<V: JsonTree>(f: &mut Fields<'_, V>) -> RawEvent {
    RawEvent {
        id: f.text("id"),
        date: f.text("date"),
        date_precision: f.text("date_precision"),
        region: f.text("region"),
        kind: f.text("kind"),
        title: f.text("title"),
        title_zh: f.text("title_zh"),
        description: f.text("description"),
        source_url: f.text("source_url"),
        notes: f.text("notes"),
        unreadable: None,
    }
}

/// A value of a JSON text, read natively: serde_json's borrowed slice of it, so a wrong value
/// is placed in the whole document.
#[derive(Clone)]
pub struct TextTree<'a> {
    /// The whole document (for positions).
    text: &'a str,
    /// This value's slice of it.
    value: &'a str,
    /// An object's members, found once (a record is asked for each of its fields).
    members: Option<BTreeMap<String, &'a RawValue>>,
}

impl<'a> TextTree<'a> {
    /// The tree of a whole document, or serde_json's error when it is not a JSON object.
    pub fn parse(text: &'a str) -> Result<Self, serde_json::Error> {
        let members: BTreeMap<String, &RawValue> = serde_json::from_str(text)?;
        Ok(TextTree { text, value: text, members: Some(members) })
    }

    fn child(&self, value: &'a RawValue) -> Self {
        let value = value.get();
        let members = value.starts_with('{').then(|| serde_json::from_str(value).ok()).flatten();
        TextTree { text: self.text, value, members }
    }
}

impl JsonTree for TextTree<'_> {
    fn member(&self, key: &str) -> Option<Self> {
        self.members.as_ref()?.get(key).map(|v| self.child(v))
    }

    fn items(&self) -> Option<Vec<Self>> {
        let items: Vec<&RawValue> = serde_json::from_str(self.value).ok()?;
        Some(items.into_iter().map(|v| self.child(v)).collect())
    }

    fn entries(&self) -> Vec<(String, Self)> {
        self.members.iter().flatten().map(|(k, v)| (k.clone(), self.child(v))).collect()
    }

    fn scalar(&self) -> Scalar {
        match self.value.as_bytes().first() {
            Some(b'{') => Scalar::Object,
            Some(b'[') => Scalar::List,
            Some(b'"') => Scalar::Text(serde_json::from_str(self.value).unwrap_or_default()),
            Some(b'n') => Scalar::Null,
            Some(b't') => Scalar::Bool(true),
            Some(b'f') => Scalar::Bool(false),
            // A number too large for a float (1e400) is infinite, as the browser reads it.
            _ => Scalar::Number(serde_json::from_str(self.value).unwrap_or(f64::INFINITY)),
        }
    }

    fn at(&self) -> Option<(u64, u64)> {
        let start = (self.value.as_ptr() as usize).checked_sub(self.text.as_ptr() as usize)?;
        Some(line_column(self.text, start))
    }
}

/// Reads a whole document natively, or serde_json's error when the text is not a JSON object.
pub fn read_text(text: &str) -> Result<RawDataset, serde_json::Error> {
    Ok(read_document(&TextTree::parse(text)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_are_read_the_way_serde_reads_them_when_their_types_are_right() {
        let text = r#"{"title": "T", "as_of": null, "extra": [1, {"a": 2}],
          "models": [{"id": "a", "name": "A", "region": "US", "released": "2023-03", "scores": {"mmlu": 86.4, "x": 7}, "key": true, "source_url": "https://a.example", "unknown": {"deep": [1]}}],
          "benchmarks": [{"benchmark": "B", "model": "a", "score": 50.5, "released": "2023", "source_url": "https://b.example"}],
          "claims": [{"id": "c", "speaker": "S", "said_on": "2024", "text": "t", "source_url": "https://c.example", "gap_months": {"min": 12, "max": null}}],
          "events": [{"id": "e", "date": "2023-10-17", "kind": "chip", "title": "E", "region": "US", "source_url": "https://e.example"}]}"#;
        let walked = read_text(text).expect("JSON");
        let serde: RawDataset = serde_json::from_str(text).expect("serde reads it too");
        assert_eq!(format!("{walked:?}"), format!("{serde:?}"));
        assert_eq!(walked.unread, []);
    }

    #[test]
    fn a_field_of_the_wrong_type_is_placed_at_that_field() {
        let text = "{\"models\": [\n  {\"id\": \"a\", \"released\": 2023},\n  {\"id\": \"b\", \"gap\": 1}\n]}";
        let raw = read_text(text).expect("JSON");
        let why = raw.models[0].unreadable.clone().expect("the first is unreadable");
        assert_eq!(why.message, "`released` is a number, expected text");
        assert_eq!((why.field.as_deref(), why.at), (Some("released"), Some((2, 27))));
        assert_eq!(raw.models[1].unreadable, None, "an unknown field is ignored");
    }
}
