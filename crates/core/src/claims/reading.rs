//! A stored claim's reading: its text parsed, then corrected by the fields given by hand.
//!
//! # Rules
//!
//! 1. The English `text` is parsed; when it cannot be read and there is a `text_zh`, that is.
//! 2. Fields given in the claim replace what was read, each on its own: `relation`,
//!    `gap_months`, `modality`, `reference_model` (a model of the dataset). A claim whose text
//!    cannot be read is still drawn when its fields say enough; which fields were given is kept,
//!    so a reader can be told what the text said and what an editor decided.
//! 3. With neither a reading nor fields, the claim has relation `unspecified` and the parse
//!    error says why.
//! 4. **Several comparisons.** A text that makes several ([`comparisons`](super::comparisons):
//!    "neared GPT-3.5, but a 1.5-year gap from GPT-4") has one reading per comparison
//!    ([`read_claim_all`]): the first is [`read_claim`]'s, with the fields given by hand; the
//!    others are the further comparisons of the same text (`text`, or `text_zh` when that is
//!    the one read), as the parser read them: the fields given by hand are about the first.
//! 5. **A stored reading** ([`stored_reading`](crate::data::stored_reading)) is drawn as it is:
//!    no parsing, its comparisons in its order, the fields given by hand still applied to the
//!    first. Each reading says where it comes from ([`Origin`]): parsed now, stored, or
//!    stored and reviewed by a person.

#[cfg(feature = "parser")]
use super::comparisons::parse_all_with;
use super::modality::Domain;
#[cfg(feature = "parser")]
use super::parse::parse_with;
use super::parse::{ParseError, ParsedClaim, Party};
use super::quantity::{Hedge, Months};
use super::relation::Relation;
use super::resolve::Resolver;
use crate::data::claim::Claim;
use crate::data::claim::GapMonths;
use crate::data::dataset::Dataset;
use crate::data::model::Model;
use crate::data::region::Region;
use crate::data::stored_reading::{Spans, StoredComparison, StoredReading};
use crate::lang::Lang;

/// What a claim says, as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// The relation from China's side.
    pub relation: Relation,
    /// The gap in months; `None` when no duration is stated.
    pub gap_months: Months,
    /// The reference (a model of the dataset, or a region).
    pub reference: Party,
    /// `text`, `video`, `chips` or `general`.
    pub modality: Domain,
    /// Hedges read on the gap (none when the gap was given by hand).
    pub hedges: Vec<Hedge>,
    /// Which text was read (`text` or `text_zh`) and the character span of the gap in it.
    pub gap_span: Option<(&'static str, (usize, usize))>,
    /// The fields given by hand that replaced the parser's reading.
    pub overridden: Vec<&'static str>,
    /// Why the text could not be read, if it could not.
    pub error: Option<ParseError>,
    /// The parser's warnings.
    pub warnings: Vec<String>,
    /// Where the reading comes from: parsed now, or stored with the claim (reviewed or not).
    pub origin: Origin,
}

/// Where a reading comes from (rule 5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Read from the text now, by the parser: nobody has seen it.
    Parsed,
    /// Stored with the claim, not confirmed by a person.
    Stored,
    /// Stored with the claim and confirmed by a person (`reviewed: true`).
    Reviewed,
}

impl Origin {
    /// Whether a person confirmed the reading.
    pub fn reviewed(self) -> bool {
        self == Origin::Reviewed
    }
}

/// A number of months as a reader says it: "18 months", "2 years", "1.5 years" (whole or half
/// years from a year up), 18个月 / 2年 / 1.5年.
fn duration(months: f64, lang: Lang) -> String {
    let years = months / 12.0;
    let in_years = months >= 12.0 && (years * 2.0).fract() == 0.0;
    // One decimal by integer arithmetic: float formatting would cost the widget KiBs of code.
    let n = crate::scene::svg::num;
    match (lang, in_years) {
        (Lang::En, true) => format!("{} year{}", n(years), if years == 1.0 { "" } else { "s" }),
        (Lang::En, false) => format!("{} month{}", n(months), if months == 1.0 { "" } else { "s" }),
        (Lang::Zh, true) => format!("{}年", n(years)),
        (Lang::Zh, false) => format!("{}个月", n(months)),
    }
}

impl Reading {
    /// The gap as a reader says it: "18 months", "1–2 years", "at least 2 years", "up to 6
    /// months"; `None` when no duration is stated.
    pub fn gap_text(&self, lang: Lang) -> Option<String> {
        let (min, max) = self.gap_months?;
        let zh = lang == Lang::Zh;
        Some(match max {
            None if zh => format!("至少{}", duration(min, lang)),
            None => format!("at least {}", duration(min, lang)),
            Some(max) if min == 0.0 && max > 0.0 && zh => format!("最多{}", duration(max, lang)),
            Some(max) if min == 0.0 && max > 0.0 => format!("up to {}", duration(max, lang)),
            Some(max) if max == min => duration(min, lang),
            Some(max) => {
                // "1–2 years" when both ends are in the same unit, else "6 months–2 years".
                let (a, b) = (duration(min, lang), duration(max, lang));
                let unit = |s: &str| {
                    s.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.').to_string()
                };
                let one_unit = unit(&a).trim_end_matches('s') == unit(&b).trim_end_matches('s');
                let first = if one_unit { a[..a.len() - unit(&a).len()].to_string() } else { a };
                format!("{first}–{b}")
            }
        })
    }

    /// One sentence of what the claim says, from China's side: "behind GPT-4 by 18 months",
    /// "on par with the US", "close to GPT-3.5" ("close to GPT-4, 3 months behind" when a
    /// duration is stated); 落后GPT-4 18个月, 与美国持平, 接近GPT-3.5 (接近GPT-4，差距3个月).
    pub fn summary(&self, lang: Lang) -> String {
        let reference = match (&self.reference.model_id, self.reference.region, lang) {
            (Some(_), _, _) => self.reference.text.clone(),
            (None, Some(r), Lang::En) if r == Region::US => "the US".into(),
            (None, Some(r), Lang::Zh) if r == Region::US => "美国".into(),
            (None, Some(r), _) => r.code().to_string(),
            (None, None, Lang::En) => "the reference".into(),
            (None, None, Lang::Zh) => "对方".into(),
        };
        let gap = self.gap_text(lang);
        match (lang, self.relation, gap) {
            (Lang::En, Relation::Behind, Some(g)) => format!("behind {reference} by {g}"),
            (Lang::En, Relation::Behind, None) => format!("behind {reference}"),
            (Lang::En, Relation::Ahead, Some(g)) => format!("ahead of {reference} by {g}"),
            (Lang::En, Relation::Ahead, None) => format!("ahead of {reference}"),
            (Lang::En, Relation::Parity, _) => format!("on par with {reference}"),
            (Lang::En, Relation::Near, None) => format!("close to {reference}"),
            (Lang::En, Relation::Near, Some(g)) => format!("close to {reference}, {g} behind"),
            (Lang::En, Relation::SmallerThan, _) => "a smaller gap than elsewhere".into(),
            (Lang::En, Relation::LargerThan, _) => "a larger gap than elsewhere".into(),
            (Lang::En, Relation::Unspecified, _) => "no relation stated".into(),
            // A space between Latin and a number ("GPT-4 1.5年"), as Chinese typesetting does.
            (Lang::Zh, Relation::Behind | Relation::Ahead, Some(g))
                if reference.ends_with(|c: char| c.is_ascii_alphanumeric()) =>
            {
                let verb = if self.relation == Relation::Behind { "落后" } else { "领先" };
                format!("{verb}{reference} {g}")
            }
            (Lang::Zh, Relation::Behind, Some(g)) => format!("落后{reference}{g}"),
            (Lang::Zh, Relation::Behind, None) => format!("落后于{reference}"),
            (Lang::Zh, Relation::Ahead, Some(g)) => format!("领先{reference}{g}"),
            (Lang::Zh, Relation::Ahead, None) => format!("领先于{reference}"),
            (Lang::Zh, Relation::Parity, _) => format!("与{reference}持平"),
            (Lang::Zh, Relation::Near, None) => format!("接近{reference}"),
            (Lang::Zh, Relation::Near, Some(g)) => format!("接近{reference}，差距{g}"),
            (Lang::Zh, Relation::SmallerThan, _) => "差距比其他领域小".into(),
            (Lang::Zh, Relation::LargerThan, _) => "差距比其他领域大".into(),
            (Lang::Zh, Relation::Unspecified, _) => "未说明关系".into(),
        }
    }
}

impl Reading {
    /// A reading of `field` (`text` or `text_zh`) as the parser read it, with no field given
    /// by hand.
    pub fn from_parsed(p: &ParsedClaim, field: &'static str) -> Reading {
        Reading {
            relation: p.relation,
            gap_months: p.gap_months,
            reference: p.reference.clone(),
            modality: Domain::from_name(p.modality).unwrap_or(Domain::General),
            hedges: p.hedges.clone(),
            gap_span: p.gap_span.map(|s| (field, s)),
            overridden: Vec::new(),
            error: None,
            warnings: p.warnings.clone(),
            origin: Origin::Parsed,
        }
    }

    /// A comparison of a claim's stored reading, as it is; `field` is the text its spans are in.
    fn from_stored(
        c: &StoredComparison,
        data: &Dataset,
        field: &'static str,
        origin: Origin,
    ) -> Reading {
        let reference = match model(data, c.reference_model.as_deref()) {
            Some(m) => Party {
                text: c.reference.clone().unwrap_or_else(|| m.name.clone()),
                ..Party::of_model(m)
            },
            None => Party {
                text: c.reference.clone().unwrap_or_default(),
                region: Some(Region::US),
                model_id: None,
            },
        };
        Reading {
            relation: c.relation,
            gap_months: c.gap_months.map(|g| (g.min, g.max)),
            reference,
            modality: c.modality,
            hedges: Vec::new(),
            gap_span: c.spans.gap.map(|s| (field, s)),
            overridden: Vec::new(),
            error: None,
            warnings: Vec::new(),
            origin,
        }
    }
}

/// Reads a claim (rules 1–3, 5); `names` resolves model names, `data` the given reference model.
pub fn read_claim(claim: &Claim, data: &Dataset, names: Option<&Resolver<'_>>) -> Reading {
    if let Some(stored) = &claim.reading {
        return stored_readings(claim, stored, data).swap_remove(0);
    }
    let (field, parsed) = read_text(claim, |text| parse_one(text, names));
    first_reading(claim, data, field, parsed.as_ref().map(|all| &all[0]))
}

/// The first comparison of `text`, as a list of one.
#[cfg(feature = "parser")]
fn parse_one(text: &str, names: Option<&Resolver<'_>>) -> Result<Vec<ParsedClaim>, ParseError> {
    parse_with(text, names).map(|p| vec![p])
}

/// Every comparison of `text`.
#[cfg(feature = "parser")]
fn parse_all(text: &str, names: Option<&Resolver<'_>>) -> Result<Vec<ParsedClaim>, ParseError> {
    parse_all_with(text, names)
}

/// A build without the parser (the widget readers load) reads only stored readings: it hands a
/// claim that has none to the authoring build first ([`needs_parser`]), so this is what a
/// claim is read as only when that was not possible.
#[cfg(not(feature = "parser"))]
fn parse_one(text: &str, _: Option<&Resolver<'_>>) -> Result<Vec<ParsedClaim>, ParseError> {
    Err(ParseError {
        message: "this build reads only stored readings: give the claim a reading (gapline read), or load the authoring build".into(),
        span: (0, text.chars().count()),
        choices: Vec::new(),
    })
}

#[cfg(not(feature = "parser"))]
use parse_one as parse_all;

/// True when drawing `claim` needs the parser: it has no stored reading, so its text is read.
/// The widget readers load is built without the parser and hands such claims to the authoring
/// build.
pub fn needs_parser(claim: &Claim) -> bool {
    claim.reading.is_none()
}

/// A stored reading's comparisons (rule 5), the fields given by hand applied to the first.
fn stored_readings(claim: &Claim, stored: &StoredReading, data: &Dataset) -> Vec<Reading> {
    let field = if stored.read_from == "text_zh" { "text_zh" } else { "text" };
    let origin = if stored.reviewed { Origin::Reviewed } else { Origin::Stored };
    let mut all: Vec<Reading> = std::iter::once(&stored.first)
        .chain(&stored.more)
        .map(|c| Reading::from_stored(c, data, field, origin))
        .collect();
    let first = &mut all[0];
    if let Some(r) = claim.relation {
        first.relation = r;
        first.overridden.push("relation");
    }
    if let Some(g) = claim.gap_months {
        first.gap_months = Some((g.min, g.max));
        first.overridden.push("gap_months");
    }
    if let Some(m) = claim.modality {
        first.modality = m;
        first.overridden.push("modality");
    }
    if let Some(m) = model(data, claim.reference_model.as_deref()) {
        first.reference = Party::of_model(m);
        first.overridden.push("reference_model");
    }
    all
}

/// Every comparison a claim makes (rules 1–5), one reading each: the first is exactly
/// [`read_claim`]'s, the others (none when the text makes one comparison or cannot be read)
/// follow in text order, their `gap_span` into the same text as the first's.
pub fn read_claim_all(claim: &Claim, data: &Dataset, names: Option<&Resolver>) -> Vec<Reading> {
    if let Some(stored) = &claim.reading {
        return stored_readings(claim, stored, data);
    }
    let (field, parsed) = read_text(claim, |text| parse_all(text, names));
    let mut out = vec![first_reading(claim, data, field, parsed.as_ref().map(|all| &all[0]))];
    if let Ok(all) = &parsed {
        out.extend(all[1..].iter().map(|p| Reading::from_parsed(p, field)));
    }
    out
}

/// The reading `gapline read` and the claim editor store with a claim (rule 5): every
/// comparison as parsed now, the fields given by hand applied to the first (a field set by hand
/// keeps no span), `parser` naming this version and `reviewed: false`. `None` when the text
/// cannot be read (or the parser is not sure of it) and no relation is given by hand.
pub fn reading_to_store(
    claim: &Claim,
    data: &Dataset,
    names: Option<&Resolver<'_>>,
) -> Option<StoredReading> {
    let unread = Claim { reading: None, ..claim.clone() };
    let (field, parsed) = read_text(&unread, |text| parse_all(text, names));
    if parsed.is_err() && claim.relation.is_none() {
        return None;
    }
    let first = first_reading(&unread, data, field, parsed.as_ref().map(|all| &all[0]));
    let hand = |f: &str| first.overridden.contains(&f);
    let store = |r: &Reading, p: Option<&ParsedClaim>, first: bool| {
        let kept = |f: &str, s: Option<(usize, usize)>| if first && hand(f) { None } else { s };
        StoredComparison {
            relation: r.relation,
            gap_months: r.gap_months.map(|(min, max)| GapMonths { min, max }),
            reference_model: r.reference.model_id.clone(),
            reference: Some(r.reference.text.clone()).filter(|t| !t.is_empty()),
            modality: r.modality,
            spans: Spans {
                relation: kept("relation", p.and_then(|p| p.relation_span)),
                gap: kept("gap_months", p.and_then(|p| p.gap_span)),
                reference: kept("reference_model", p.and_then(|p| p.reference_span)),
            },
        }
    };
    let all = parsed.as_ref().ok();
    let more = all.map_or(&[][..], |a| &a[1..]);
    Some(StoredReading {
        first: store(&first, all.map(|a| &a[0]), true),
        more: more.iter().map(|p| store(&Reading::from_parsed(p, field), Some(p), false)).collect(),
        read_from: field.to_string(),
        parser: Some(format!("gapline {}", env!("CARGO_PKG_VERSION"))),
        reviewed: false,
    })
}

/// The model of the dataset with id `id`, if any.
fn model<'d>(data: &'d Dataset, id: Option<&str>) -> Option<&'d Model> {
    // No id names no model: not a pass over every model to find none.
    let id = id?;
    data.models.iter().find(|m| m.id == id)
}

/// The text read (rule 1): `text`, or `text_zh` when the English cannot be read and the Chinese
/// can; which field, and what `parse` made of it (never an empty list).
fn read_text(
    claim: &Claim,
    parse: impl Fn(&str) -> Result<Vec<ParsedClaim>, ParseError>,
) -> (&'static str, Result<Vec<ParsedClaim>, ParseError>) {
    let english = parse(&claim.text);
    match (&english, &claim.text_zh) {
        (Err(_), Some(zh)) => match parse(zh) {
            Ok(p) => ("text_zh", Ok(p)),
            Err(_) => ("text", english),
        },
        _ => ("text", english),
    }
}

/// The first reading: the parse of `field`, with the fields given by hand applied (rules 2–3).
fn first_reading(
    claim: &Claim,
    data: &Dataset,
    field: &'static str,
    parsed: Result<&ParsedClaim, &ParseError>,
) -> Reading {
    let (parsed, error): (Option<&ParsedClaim>, Option<ParseError>) = match parsed {
        Ok(p) => (Some(p), None),
        Err(e) => (None, Some(e.clone())),
    };
    let mut overridden = Vec::new();
    let relation = match claim.relation {
        Some(r) => {
            overridden.push("relation");
            r
        }
        None => parsed.map_or(Relation::Unspecified, |p| p.relation),
    };
    let gap_months = match claim.gap_months {
        Some(g) => {
            overridden.push("gap_months");
            Some((g.min, g.max))
        }
        None => parsed.and_then(|p| p.gap_months),
    };
    let modality = match claim.modality {
        Some(m) => {
            overridden.push("modality");
            m
        }
        None => parsed.and_then(|p| Domain::from_name(p.modality)).unwrap_or(Domain::General),
    };
    let reference = match model(data, claim.reference_model.as_deref()) {
        Some(m) => {
            overridden.push("reference_model");
            Party::of_model(m)
        }
        None => parsed
            .map_or(Party { text: String::new(), region: Some(Region::US), model_id: None }, |p| {
                p.reference.clone()
            }),
    };
    Reading {
        relation,
        gap_months,
        reference,
        modality,
        hedges: if claim.gap_months.is_some() {
            Vec::new()
        } else {
            parsed.map(|p| p.hedges.clone()).unwrap_or_default()
        },
        gap_span: parsed.and_then(|p| p.gap_span).map(|s| (field, s)),
        overridden,
        warnings: parsed.map(|p| p.warnings.clone()).unwrap_or_default(),
        error,
        origin: Origin::Parsed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset::RawDataset;

    fn data(claim_fields: &str) -> Dataset {
        let json = format!(
            r#"{{"models": [
              {{"id": "gpt-4", "name": "GPT-4", "region": "US", "released": "2023-03-14", "source_url": "https://a.example"}},
              {{"id": "gpt-4o", "name": "GPT-4o", "region": "US", "released": "2024-05-13", "source_url": "https://a.example"}}],
             "claims": [{{"id": "c", "speaker": "S", "said_on": "2024-02", "source_url": "https://b.example" {claim_fields}}}]}}"#
        );
        let loaded = serde_json::from_str::<RawDataset>(&json).expect("JSON").check();
        assert_eq!(loaded.problems, [], "{claim_fields}");
        loaded.dataset
    }

    fn read(fields: &str) -> Reading {
        let d = data(fields);
        let names = Resolver::new(&d);
        read_claim(&d.claims[0], &d, Some(&names))
    }

    #[test]
    fn a_stored_reading_is_drawn_as_it_is_and_says_whether_a_person_reviewed_it() {
        // The text says ahead; the stored reading says behind: the stored one is drawn.
        let stored = r#", "text": "China leads GPT-4o by two years", "reading": {"relation": "behind",
            "gap_months": {"min": 6, "max": 6}, "reference_model": "gpt-4", "modality": "text",
            "spans": {"relation": [6, 11]}, "reviewed": true,
            "more": [{"relation": "near", "reference_model": "gpt-4o", "modality": "text"}]}"#;
        let r = read(stored);
        assert_eq!(
            (r.relation, r.gap_months, r.reference.model_id.as_deref(), r.origin),
            (Relation::Behind, Some((6.0, Some(6.0))), Some("gpt-4"), Origin::Reviewed)
        );
        assert_eq!(r.gap_span, None, "no span stored for the gap");
        let d = data(stored);
        let all = read_claim_all(&d.claims[0], &d, None);
        assert_eq!(all.len(), 2);
        assert_eq!(
            (all[1].relation, all[1].reference.model_id.as_deref()),
            (Relation::Near, Some("gpt-4o"))
        );
        // Not reviewed: stored, and said to be so; a field given by hand still replaces its part.
        let r = read(
            r#", "text": "t", "relation": "parity", "reading": {"relation": "behind", "modality": "text"}"#,
        );
        assert_eq!(
            (r.relation, r.origin, r.overridden.as_slice()),
            (Relation::Parity, Origin::Stored, &["relation"][..])
        );
        // A model this dataset does not have: the claim is kept, the reference drawn as its words.
        let r = read(
            r#", "text": "t", "reading": {"relation": "behind", "reference_model": "gpt-9", "reference": "GPT-9", "modality": "text"}"#,
        );
        assert_eq!((r.reference.text.as_str(), r.reference.model_id.as_deref()), ("GPT-9", None));
        // Parsed now: nobody has seen it.
        assert_eq!(read(r#", "text": "China is 18 months behind GPT-4""#).origin, Origin::Parsed);
    }

    #[test]
    fn the_reading_to_store_reads_back_as_the_parse_with_spans_of_its_words() {
        let text = "China's best LLMs are close to GPT-4o, but still a 1.5-year gap from GPT-4";
        let d = data(&format!(r#", "text": "{text}", "modality": "text""#));
        let names = Resolver::new(&d);
        let parsed = read_claim_all(&d.claims[0], &d, Some(&names));
        let stored = reading_to_store(&d.claims[0], &d, Some(&names)).expect("readable");
        assert!(
            !stored.reviewed && stored.parser.as_deref().is_some_and(|p| p.starts_with("gapline "))
        );
        let words = |s: Option<(usize, usize)>| {
            s.map(|(a, b)| text.chars().skip(a).take(b - a).collect::<String>())
        };
        assert_eq!(words(stored.first.spans.gap).as_deref(), Some("1.5-year"));
        assert_eq!(words(stored.first.spans.reference).as_deref(), Some("GPT-4"));
        let claim = Claim { reading: Some(stored), ..d.claims[0].clone() };
        let back = read_claim_all(&claim, &d, None);
        let key =
            |r: &Reading| (r.relation, r.gap_months, r.reference.model_id.clone(), r.modality);
        assert_eq!(
            back.iter().map(key).collect::<Vec<_>>(),
            parsed.iter().map(key).collect::<Vec<_>>()
        );
        // The modality given by hand is in the reading, with the parser's for the others.
        assert_eq!(back[0].modality, Domain::Text);
        // A text that cannot be read, with no relation by hand, stores nothing.
        let d = data(r#", "text": "Nobody knows anything.""#);
        assert_eq!(reading_to_store(&d.claims[0], &d, None), None);
    }

    #[test]
    fn the_text_is_read_and_each_given_field_replaces_its_reading() {
        let r = read(r#", "text": "still a 1.5-year gap from GPT-4""#);
        assert_eq!(
            (r.relation, r.gap_months, r.reference.model_id.as_deref(), r.overridden.len()),
            (Relation::Behind, Some((18.0, Some(18.0))), Some("gpt-4"), 0)
        );
        assert_eq!(r.gap_span, Some(("text", (8, 16))));
        let r = read(
            r#", "text": "still a 1.5-year gap from GPT-4", "gap_months": {"min": 12, "max": null}, "reference_model": "gpt-4o""#,
        );
        assert_eq!(r.gap_months, Some((12.0, None)));
        assert_eq!(r.reference.model_id.as_deref(), Some("gpt-4o"));
        assert_eq!(r.relation, Relation::Behind, "not given: still read from the text");
        assert_eq!(r.overridden, ["gap_months", "reference_model"]);
    }

    #[test]
    fn chinese_text_is_read_when_the_english_cannot_be_and_fields_rescue_an_unreadable_claim() {
        let r = read(r#", "text": "(quote lost)", "text_zh": "差距在2到3年""#);
        assert_eq!(
            (r.gap_months, r.gap_span),
            (Some((24.0, Some(36.0))), Some(("text_zh", (3, 7))))
        );
        let r = read(
            r#", "text": "He said nothing measurable", "relation": "parity", "modality": "chips""#,
        );
        assert_eq!(
            (r.relation, r.modality, r.error.is_some()),
            (Relation::Parity, Domain::Chips, true)
        );
        let r = read(r#", "text": "He said nothing measurable""#);
        assert_eq!(r.relation, Relation::Unspecified);
        assert_eq!(r.error.map(|e| e.message), Some("no gap or relation found".to_string()));
    }

    #[test]
    fn bad_given_fields_are_located_problems_and_the_claim_is_left_out() {
        let json = r#"{"models": [], "claims": [
          {"id": "a", "speaker": "S", "said_on": "2024", "source_url": "https://b.example", "text": "two years behind", "relation": "sideways"},
          {"id": "b", "speaker": "S", "said_on": "2024", "source_url": "https://b.example", "text": "two years behind", "gap_months": {"min": 24, "max": 12}},
          {"id": "c", "speaker": "S", "said_on": "2024", "source_url": "https://b.example", "text": "two years behind", "modality": "audio"},
          {"id": "d", "speaker": "S", "said_on": "2024", "source_url": "https://b.example", "text": "two years behind"}]}"#;
        let loaded = serde_json::from_str::<RawDataset>(json).expect("JSON").check();
        let messages: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 3, "{messages:?}");
        assert!(messages[0].contains("/claims/0/relation") && messages[0].contains("`sideways`"));
        assert!(messages[1].contains("/claims/1/gap_months") && messages[1].contains("below"));
        assert!(messages[2].contains("/claims/2/modality") && messages[2].contains("text, video"));
        assert_eq!(loaded.dataset.claims.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["d"]);
    }

    #[test]
    fn summaries_say_the_relation_the_reference_and_the_gap_in_both_languages() {
        let r = read(r#", "text": "still a 1.5-year gap from GPT-4""#);
        assert_eq!(r.summary(Lang::En), "behind GPT-4 by 1.5 years");
        assert_eq!(r.summary(Lang::Zh), "落后GPT-4 1.5年");
        let r = read(r#", "text": "The US is one or two years ahead of China""#);
        assert_eq!(r.summary(Lang::En), "behind the US by 1–2 years");
        let r = read(r#", "text": "three to six months behind""#);
        assert_eq!(r.summary(Lang::En), "behind the US by 3–6 months");
        let r = read(r#", "text": "half a year to two years behind""#);
        assert_eq!(r.gap_text(Lang::En).as_deref(), Some("6 months–2 years"));
        let r = read(r#", "text": "at least two years behind""#);
        assert_eq!(r.summary(Lang::Zh), "落后美国至少2年");
        let r = read(r#", "text": "within a month of GPT-4""#);
        assert_eq!(r.gap_text(Lang::En).as_deref(), Some("up to 1 month"));
        let r = read(r#", "text": "on par with GPT-4o""#);
        assert_eq!(r.summary(Lang::En), "on par with GPT-4o");
        let r = read(r#", "text": "has neared the level of GPT-4o""#);
        assert_eq!(
            (r.summary(Lang::En), r.summary(Lang::Zh)),
            ("close to GPT-4o".into(), "接近GPT-4o".into())
        );
        let r = read(r#", "text": "very close to the US""#);
        assert_eq!(
            (r.summary(Lang::En), r.summary(Lang::Zh)),
            ("close to the US".into(), "接近美国".into())
        );
        let r = read(r#", "text": "close to GPT-4, within three months""#);
        assert_eq!(r.summary(Lang::En), "close to GPT-4, up to 3 months behind");
        assert_eq!(r.summary(Lang::Zh), "接近GPT-4，差距最多3个月");
    }

    #[test]
    fn every_comparison_has_a_reading_and_given_fields_correct_only_the_first() {
        let all = |fields: &str| {
            let d = data(fields);
            let names = Resolver::new(&d);
            let one = read_claim(&d.claims[0], &d, Some(&names));
            let all = read_claim_all(&d.claims[0], &d, Some(&names));
            assert_eq!(all[0], one, "the first is read_claim's: {fields}");
            all
        };
        let summaries = |r: &[Reading], lang| r.iter().map(|r| r.summary(lang)).collect::<Vec<_>>();
        let r = all(
            r#", "text": "has neared the level of GPT-4, but there is still a 1.5-year gap from GPT-4o""#,
        );
        assert_eq!(summaries(&r, Lang::En), ["behind GPT-4o by 1.5 years", "close to GPT-4"]);
        assert_eq!(summaries(&r, Lang::Zh), ["落后GPT-4o 1.5年", "接近GPT-4"]);
        assert_eq!((r[1].overridden.len(), r[1].error.is_none()), (0, true));
        // Given fields are about the first comparison only.
        let r = all(
            r#", "text": "has neared the level of GPT-4, but there is still a 1.5-year gap from GPT-4o", "gap_months": {"min": 12, "max": 24}"#,
        );
        assert_eq!(summaries(&r, Lang::En), ["behind GPT-4o by 1–2 years", "close to GPT-4"]);
        // The Chinese text, when it is the one read: spans into it.
        let r = all(
            r#", "text": "(quote lost)", "text_zh": "已经接近GPT-4的水平，但与GPT-4o还有1.5年的差距""#,
        );
        assert_eq!(summaries(&r, Lang::Zh), ["落后GPT-4o 1.5年", "接近GPT-4"]);
        assert_eq!((r[0].gap_span, r[1].gap_span), (Some(("text_zh", (23, 27))), None));
        // One comparison, one reading; an unreadable text, one reading with its error.
        assert_eq!(all(r#", "text": "two to three years behind OpenAI's GPT4""#).len(), 1);
        let r = all(r#", "text": "He said nothing measurable""#);
        assert_eq!((r.len(), r[0].error.is_some()), (1, true));
    }
}
