//! A claim's text to its reading: relation, gap, sides, modality, hedges (parse), then names
//! resolved against a dataset (resolution).
//!
//! # Rules
//!
//! 1. Tokens ([`lexer`](super::lexer)), durations ([`quantity`](super::quantity)) and the
//!    relation ([`relation`](super::relation)) are read independently.
//! 2. The gap is the duration nearest to the relation's cue, among the candidates of
//!    [`candidates`](super::candidates) (now over then; a minimum and a maximum make one range); none, or only "a generation", is
//!    a claim with no duration (`gap_months = None`). A cue with no duration, or a duration with
//!    no cue (read as `behind`, the usual sense of "a two-year gap"), is enough; neither is an
//!    error ("no gap or relation found").
//! 3. The subject is the Chinese side, the reference the US side (DESIGN's convention), each
//!    named by its first region word and up to three words after it that are not a verb, a
//!    conjunction, a preposition or a cue ("China's best LLMs", 中国大模型); the
//!    reference is a model when the text names one of the dataset's US models (by name, name
//!    without its parenthesis, or id, ignoring case, spaces and punctuation: GPT4 = GPT-4 =
//!    GPT-4.0), else the US.
//! 4. Modality as in [`modality`](super::modality): the domain attached to the gap ("the gap
//!    in AI", "Chinese tech"), else the most specific domain word, else the reference's kind.
//! 5. Warnings, not errors: absurd durations (over 50 years, or zero), a minus sign before the
//!    gap, several durations, both behind and ahead cues (a possible contradiction).

use super::candidates::candidates;
use super::confidence::{Doubt, THRESHOLD, as_near, confidence};
use super::lexer::{Token, tokens};
use super::modality::modality;
use super::quantity::{Hedge, Months, Quantity, quantities};
use super::relation::{Basis, Cue, Relation, Side, cues, named_sides, relation};
use super::resolve::Resolver;
use crate::data::dataset::Dataset;
use crate::data::model::Model;
use crate::data::region::Region;

/// One side of a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Party {
    /// The words that name it in the text (empty when implied).
    pub text: String,
    /// Its region.
    pub region: Option<Region>,
    /// The dataset model it names, if any.
    pub model_id: Option<String>,
}

impl Party {
    /// A model of the dataset as a side: its name, region and id.
    pub fn of_model(m: &Model) -> Party {
        Party { text: m.name.clone(), region: Some(m.region), model_id: Some(m.id.clone()) }
    }
}

/// What a claim says.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedClaim {
    /// The Chinese side.
    pub subject: Party,
    /// What it is compared with.
    pub reference: Party,
    /// The relation, from the subject's side.
    pub relation: Relation,
    /// The gap in months, `None` when no duration is stated.
    pub gap_months: Months,
    /// Character span of the gap in the text, `[start, end)`.
    pub gap_span: Option<(usize, usize)>,
    /// Character span of the words that decided the relation ("behind", 差距), if any.
    pub relation_span: Option<(usize, usize)>,
    /// Character span of the reference's name in the text (the model, or the US side's words),
    /// if it is named.
    pub reference_span: Option<(usize, usize)>,
    /// `text`, `video`, `chips` or `general`.
    pub modality: &'static str,
    /// Hedges on the gap.
    pub hedges: Vec<Hedge>,
    /// Things a reader should check.
    pub warnings: Vec<String>,
    /// How sure the reading is, from 0 to 1 ([`confidence`](super::confidence)); a reading
    /// below its threshold is an error instead.
    pub confidence: f64,
}

/// One way of reading a text the parser is not sure of: an author picks one in the editor.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// The relation from China's side.
    pub relation: Relation,
    /// The gap in months; `None` when this reading states none.
    pub gap_months: Months,
    /// Character span of the cue this reading rests on, if any.
    pub relation_span: Option<(usize, usize)>,
    /// Character span of the duration this reading rests on, if any.
    pub gap_span: Option<(usize, usize)>,
    /// What it is compared with (the same in every choice: only the relation or the gap is
    /// open).
    pub reference: Party,
    /// `text`, `video`, `chips` or `general` (the same in every choice).
    pub modality: &'static str,
}

/// Why a text could not be read as a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    /// What is missing, or which readings are possible.
    pub message: String,
    /// Character span it refers to.
    pub span: (usize, usize),
    /// When the text can be read several ways and the parser is not sure which
    /// ([`confidence`](super::confidence)): the readings an author chooses from. Default: none.
    pub choices: Vec<Choice>,
}

/// Words that end a side's phrase: verbs, conjunctions and prepositions ("China's best LLMs
/// | are still …", 中国大模型 | 和GPT-4).
fn ends_phrase(t: &Token) -> bool {
    t.word().is_some_and(|w| super::relation::one_of(w, "is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|still|remains|remain|and|or|but|to|of|in|on|than|that|which|who|by|with|from|for|at|as|now|only")) || t.char().is_some_and(|c| {
        !c.is_alphanumeric()
            || matches!(
                c,
                '和' | '与' | '與' | '跟' | '的' | '在' | '比' | '还' | '還' | '同' | '对' | '對'
                    | '虽' | '雖' | '相' | '一' | '二' | '两' | '兩' | '三' | '四' | '五' | '六'
                    | '七' | '八' | '九' | '十' | '半' | '几' | '幾' | '已' | '仍' | '尚' | '也'
                    | '却' | '卻' | '则' | '則' | '就' | '才' | '又' | '再' | '均' | '正' | '将'
                    | '將' | '是'
            )
    })
}

/// The words naming a side: its first region word and up to three words after it that are not
/// a verb, a conjunction, a preposition, a number or a cue ("China's best LLMs", "Chinese
/// tech", 中国大模型), as written in `text`; in Chinese, three characters that the limit cuts
/// off mid-word are left out (国外顶尖模型 → 国外).
fn side_phrase(
    text: &str,
    t: &[Token],
    named: &[(Side, (usize, usize))],
    cue_starts: &[usize],
    side: Side,
) -> Option<(String, (usize, usize))> {
    let &(_, (start, end)) = named.iter().find(|(s, _)| *s == side)?;
    let mut last = end;
    while last < t.len() && last < end + 3 && !ends_phrase(&t[last]) && !cue_starts.contains(&last)
    {
        last += 1;
    }
    // Chinese has no spaces: three characters cut off by the limit rather than by a word that
    // ends the phrase are likely part of a longer word (国外顶尖模…), so only the name is kept.
    let cut = last == end + 3
        && last < t.len()
        && !ends_phrase(&t[last])
        && !cue_starts.contains(&last)
        && t[end..last].iter().any(|k| k.char().is_some());
    if cut {
        last = end;
    }
    let (a, b) = (t[start].span.0, t[last - 1].span.1);
    Some((text.chars().skip(a).take(b - a).collect(), (a, b)))
}

/// Reads a claim; `data` resolves model names (the built-in dataset in the CLI). To parse many
/// claims against one dataset, build a [`Resolver`] once and use [`parse_with`].
pub fn parse_claim(text: &str, data: Option<&Dataset>) -> Result<ParsedClaim, ParseError> {
    parse_with(text, data.map(Resolver::new).as_ref())
}

/// Reads a claim, resolving model names with `names` (none: no model is resolved).
pub fn parse_with(text: &str, names: Option<&Resolver<'_>>) -> Result<ParsedClaim, ParseError> {
    let len = text.chars().count();
    let t = tokens(text);
    let all = quantities(&t);
    let durations = all.len();
    let found = candidates(&t, all);
    // The duration the claim is about: the first one (relations are then read next to it).
    let focus = found.first().map(|q| q.span.0);
    let (relation, cue, basis) = relation(&t, text, focus);
    if cue.is_none() && found.is_empty() {
        let message = "no gap or relation found".into();
        return Err(ParseError { message, span: (0, len), choices: Vec::new() });
    }
    let cue_at = cue.map(|c| t[c.tokens.0].span.0);
    let nearest = found.iter().min_by_key(|q| cue_at.map_or(0, |c| q.span.0.abs_diff(c)));
    let gap_months = nearest.and_then(|q| q.months);
    let said = cues(&t);
    let mut warnings = warnings(&t, durations, nearest, &said);
    let relation = match (relation, cue) {
        (_, None) => Relation::Behind,
        (r, _) => r,
    };
    let relation_span = cue.map(|c| (t[c.tokens.0].span.0, t[c.tokens.1 - 1].span.1));
    let gap_span = nearest.map(|q| q.span);
    let anchor = nearest.map(|q| q.span.0).or(cue_at).unwrap_or(0);
    let named = named_sides(&t, text);
    let cue_starts: Vec<usize> = said.iter().map(|c| c.tokens.0).collect();
    let model = names.and_then(|n| n.find_model(text, anchor));
    let (reference, reference_span) = match &model {
        Some((m, span)) => (Party::of_model(m), Some(*span)),
        None => {
            let us = side_phrase(text, &t, &named, &cue_starts, Side::Us);
            let span = us.as_ref().map(|(_, s)| *s);
            let text = us.map(|(w, _)| w).unwrap_or_default();
            (Party { text, region: Some(Region::US), model_id: None }, span)
        }
    };
    let doubts =
        doubts(&t, text, (relation, &basis), cue, nearest.map(|q| (q.span, q.months)), &found);
    let sure = confidence(&doubts.iter().map(|(d, _)| *d).collect::<Vec<_>>());
    if sure < THRESHOLD {
        let span = relation_span.or(gap_span).unwrap_or((0, len));
        // The choices are for an author (the CLI, the editor): a reader's widget only needs to
        // know that the text is not read, and does not carry the code that lists them.
        #[cfg(feature = "authoring")]
        {
            let modality = modality(&t, model.as_ref().map(|(m, _)| *m));
            let first =
                Choice { relation, gap_months, relation_span, gap_span, reference, modality };
            let choices = choices(first, &doubts);
            let said: Vec<String> = choices.iter().map(|c| choice_text(c, text)).collect();
            let why: Vec<&str> = doubts.iter().map(|(d, _)| d.text()).collect();
            let message =
                format!("two readings possible: {} ({})", said.join(", or "), why.join("; "));
            return Err(ParseError { message, span, choices });
        }
        #[cfg(not(feature = "authoring"))]
        {
            let message = "two readings possible: set the relation by hand".into();
            return Err(ParseError { message, span, choices: Vec::new() });
        }
    }
    if cfg!(feature = "authoring") {
        warnings.extend(doubts.iter().map(|(d, _)| d.text().to_string()));
    }
    Ok(ParsedClaim {
        subject: Party {
            text: side_phrase(text, &t, &named, &cue_starts, Side::China)
                .map(|(w, _)| w)
                .unwrap_or_default(),
            region: Some(Region::CN),
            model_id: None,
        },
        modality: modality(&t, model.as_ref().map(|(m, _)| *m)),
        reference,
        relation,
        gap_months,
        gap_span,
        relation_span,
        reference_span,
        hedges: nearest.map(|q| q.hedges.clone()).unwrap_or_default(),
        warnings,
        confidence: sure,
    })
}

/// Things an author should check in a reading (rule 5). Only the CLI and the editor show them:
/// the widget readers load is built without the `authoring` feature and skips them.
#[cfg(feature = "authoring")]
fn warnings(
    t: &[Token],
    durations: usize,
    nearest: Option<&Quantity>,
    said: &[Cue],
) -> Vec<String> {
    let mut warnings = Vec::new();
    let gap_months = nearest.and_then(|q| q.months);
    if durations > 1 {
        warnings.push(format!(
            "{durations} durations in the text; the one nearest the relation was taken"
        ));
    }
    if let Some((min, max)) = gap_months {
        if max.unwrap_or(min) > 600.0 {
            warnings.push("a gap of more than 50 years: check the number".into());
        }
        if max == Some(0.0) {
            warnings.push("a gap of zero: is this parity?".into());
        }
    }
    // A minus sign before the gap ("-3 months", but not the range "1-3 months").
    if let Some(q) = nearest {
        let k = t.partition_point(|tok| tok.span.0 < q.span.0);
        let minus = k > 0 && matches!(t[k - 1].char(), Some('-' | '−'));
        let range = k > 1 && matches!(t[k - 2].kind, super::lexer::Kind::Number(_));
        if minus && !range {
            warnings.push(
                "a minus sign before the gap: gaps are read as durations; say \"ahead\" for a lead"
                    .into(),
            );
        }
    }
    if said.iter().any(|c| c.relation == Relation::Behind)
        && said.iter().any(|c| c.relation == Relation::Ahead)
    {
        warnings
            .push("the text says both behind and ahead: the cue nearest the gap was taken".into());
    }
    warnings
}

#[cfg(not(feature = "authoring"))]
fn warnings(_: &[Token], _: usize, _: Option<&Quantity>, _: &[Cue]) -> Vec<String> {
    Vec::new()
}

/// The readings an unsure text allows: the one read first, then each conflict's other
/// reading; doubts about the sides alone leave the direction open, so the other choice is the
/// other direction.
#[cfg(feature = "authoring")]
fn choices(first: Choice, doubts: &[(Doubt, Option<Other>)]) -> Vec<Choice> {
    let relation = first.relation;
    let mut choices = vec![first];
    for (_, other) in doubts {
        if let Some(o) = *other {
            let c = Choice {
                relation: o.relation,
                gap_months: o.gap_months,
                relation_span: o.relation_span,
                gap_span: o.gap_span,
                ..choices[0].clone()
            };
            if !choices.contains(&c) {
                choices.push(c);
            }
        }
    }
    if choices.len() == 1 && relation.flipped() != relation {
        choices.push(Choice { relation: relation.flipped(), ..choices[0].clone() });
    }
    choices
}

/// A choice as an author reads it: "behind, 18 months (\"lags\")".
#[cfg(feature = "authoring")]
fn choice_text(c: &Choice, text: &str) -> String {
    let n = crate::scene::svg::num;
    let gap = match c.gap_months {
        Some((min, Some(max))) if max == min => format!(", {} months", n(min)),
        Some((min, Some(max))) => format!(", {}–{} months", n(min), n(max)),
        Some((min, None)) => format!(", at least {} months", n(min)),
        None => String::new(),
    };
    let said = |s: Option<(usize, usize)>| {
        s.map(|(a, b)| format!(" (\"{}\")", text.chars().skip(a).take(b - a).collect::<String>()))
    };
    format!("{}{gap}{}", c.relation.name(), said(c.relation_span).unwrap_or_default())
}

/// The other reading a conflict allows: a [`Choice`] but for the reference and modality, which
/// are the first reading's.
// Without `authoring` only its presence counts (a conflict), not what it says.
#[cfg_attr(not(feature = "authoring"), allow(dead_code))]
#[derive(Debug, Clone, Copy)]
struct Other {
    relation: Relation,
    gap_months: Months,
    relation_span: Option<(usize, usize)>,
    gap_span: Option<(usize, usize)>,
}

/// What the text leaves open about this reading ([`confidence`](super::confidence) rule 1),
/// each with the other reading it allows when it is a conflict.
fn doubts(
    t: &[Token],
    text: &str,
    (own, basis): (Relation, &Basis),
    cue: Option<Cue>,
    gap: Option<((usize, usize), Months)>,
    found: &[Quantity],
) -> Vec<(Doubt, Option<Other>)> {
    let mut doubts = Vec::new();
    let Some(cue) = cue else {
        doubts.push((Doubt::NoCue, None));
        return doubts;
    };
    if basis.turnable && basis.subject.is_none() && basis.object.is_none() {
        doubts.push((Doubt::NoSide, None));
    }
    if basis.first_person {
        doubts.push((Doubt::FirstPerson, None));
    }
    if basis.negated {
        doubts.push((Doubt::Negation, None));
    }
    let at = |c: &Cue| t[c.tokens.0].span.0;
    let span_of = |c: &Cue| (t[c.tokens.0].span.0, t[c.tokens.1 - 1].span.1);
    let directional = |r: Relation| matches!(r, Relation::Behind | Relation::Ahead);
    // Another sentence is another statement ("our lead will continue … By 2025, they will be
    // better than us"): only the deciding cue's sentence can contradict it.
    let same_sentence = |o: &Cue| {
        let (a, b) = if o.tokens.0 < cue.tokens.0 {
            (o.tokens.1, cue.tokens.0)
        } else {
            (cue.tokens.1, o.tokens.0)
        };
        !(a..b).any(|i| super::relation::ends_sentence(t, i))
    };
    // A cue conceded before a contrast ("may lag in adoption, but will lead in consumer
    // apps", 可能落后，但…将大幅领先) is not what the text asserts: no conflict.
    let conceded = |o: &Cue| {
        o.tokens.1 <= cue.tokens.0
            && (o.tokens.1..cue.tokens.0).any(|i| super::relation::contrast_at(t, i))
    };
    for other in
        cues(t).iter().filter(|c| c.tokens != cue.tokens && same_sentence(c) && !conceded(c))
    {
        let near =
            gap.is_none_or(|((g, _), _)| as_near(at(&cue).abs_diff(g), at(other).abs_diff(g)));
        if !near {
            continue;
        }
        let (theirs, read, _) = relation(t, text, Some(at(other)));
        if read.map(|r| r.tokens) == Some(other.tokens)
            && directional(own)
            && theirs == own.flipped()
        {
            let choice = Other {
                relation: theirs,
                gap_months: gap.and_then(|g| g.1),
                relation_span: Some(span_of(other)),
                gap_span: gap.map(|g| g.0),
            };
            doubts.push((Doubt::OtherCue, Some(choice)));
            break;
        }
    }
    if let Some(((g, _), months)) = gap {
        let c = at(&cue);
        let other = found.iter().find(|q| {
            q.span.0 != g
                && q.months.is_some()
                && q.months != months
                && as_near(g.abs_diff(c), q.span.0.abs_diff(c))
        });
        if let Some(q) = other {
            let choice = Other {
                relation: own,
                gap_months: q.months,
                relation_span: Some(span_of(&cue)),
                gap_span: Some(q.span),
            };
            doubts.push((Doubt::OtherDuration, Some(choice)));
        }
    }
    doubts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset::RawDataset;

    fn data() -> Dataset {
        serde_json::from_str::<RawDataset>(
            r#"{"models": [
            {"id": "gpt-4", "name": "GPT-4", "region": "US", "modality": "multimodal", "released": "2023-03-14", "source_url": "https://a.example"},
            {"id": "gpt-4o", "name": "GPT-4o", "region": "US", "released": "2024-05-13", "source_url": "https://a.example"},
            {"id": "chatgpt-gpt-3.5", "name": "ChatGPT (GPT-3.5)", "region": "US", "released": "2022-11-30", "source_url": "https://a.example"},
            {"id": "sora", "name": "Sora", "region": "US", "modality": "video", "released": "2024-02-15", "source_url": "https://a.example"}]}"#,
        )
        .expect("JSON")
        .check()
        .dataset
    }

    #[test]
    fn reads_gap_relation_reference_and_modality() {
        let d = data();
        let cases = [
            (
                "zhou",
                "China's best LLMs \"have neared the level of GPT-3.5, but there is still a 1.5-year gap from GPT-4\"",
                "behind",
                Some((18.0, Some(18.0))),
                Some("gpt-4"),
                "text",
            ),
            (
                "gpt4 spelling",
                "China's own LLM technology is \"two to three years behind\" OpenAI's GPT4",
                "behind",
                Some((24.0, Some(36.0))),
                Some("gpt-4"),
                "text",
            ),
            (
                "gpt-4.0",
                "与OpenAI的GPT-4.0相比,仍存在一年半的技术差距",
                "behind",
                Some((18.0, Some(18.0))),
                Some("gpt-4"),
                "text",
            ),
            (
                "chatgpt",
                "Ernie Bot was only about \"one or two months\" behind ChatGPT",
                "behind",
                Some((1.0, Some(2.0))),
                Some("chatgpt-gpt-3.5"),
                "text",
            ),
            (
                "video",
                "[Vidu is] \"very close to\" the level of Sora",
                "near",
                None,
                Some("sora"),
                "video",
            ),
            (
                "chips",
                "only one and a half to two years behind the United States [in chip design]",
                "behind",
                Some((18.0, Some(24.0))),
                None,
                "chips",
            ),
            (
                "us first",
                "The US is one or two years ahead of China",
                "behind",
                Some((12.0, Some(24.0))),
                None,
                "general",
            ),
        ];
        for (label, text, relation, gap, model, modality) in cases {
            let p = parse_claim(text, Some(&d)).unwrap_or_else(|e| panic!("{label}: {e:?}"));
            assert_eq!(p.relation.name(), relation, "{label}");
            assert_eq!(p.gap_months, gap, "{label}");
            assert_eq!(p.reference.model_id.as_deref(), model, "{label}");
            assert_eq!(p.modality, modality, "{label}");
        }
    }

    #[test]
    fn sides_are_named_with_their_words() {
        let d = data();
        let p = |text: &str| parse_claim(text, Some(&d)).expect("parses");
        let zhou = p("China's best LLMs are still a 1.5-year gap from GPT-4");
        assert_eq!(
            (zhou.subject.text.as_str(), zhou.reference.text.as_str()),
            ("China's best LLMs", "GPT-4")
        );
        let us = p("The United States is one or two years ahead of Chinese AI labs");
        assert_eq!(
            (us.subject.text.as_str(), us.reference.text.as_str()),
            ("Chinese AI labs", "The United States")
        );
        let zh = p("中国大模型和美国差距在2到3年");
        assert_eq!((zh.subject.text.as_str(), zh.reference.text.as_str()), ("中国大模型", "美国"));
        // "us" the pronoun is not the US.
        let pronoun = p("they are two years behind us");
        assert_eq!(pronoun.reference.text, "");
    }

    #[test]
    fn no_gap_or_relation_is_an_error_with_a_span() {
        let err = parse_claim("The weather is nice 🌤", None).expect_err("nothing to read");
        let nothing = ParseError {
            message: "no gap or relation found".into(),
            span: (0, 21),
            choices: Vec::new(),
        };
        assert_eq!(err, nothing);
        assert!(parse_claim("", None).is_err());
    }

    #[test]
    fn absurd_numbers_minus_signs_and_contradictions_warn() {
        let p = parse_claim("China is 1000 years behind", None).expect("parses");
        assert_eq!(p.warnings, ["a gap of more than 50 years: check the number"]);
        let p = parse_claim("a gap of -3 months", None).expect("parses");
        assert_eq!(p.gap_months, Some((3.0, Some(3.0))));
        assert!(p.warnings[0].starts_with("a minus sign before the gap"), "{:?}", p.warnings);
        let p = parse_claim("a gap of 1-3 months", None).expect("parses");
        assert_eq!((p.gap_months, p.warnings.len()), (Some((1.0, Some(3.0))), 0));
        let p = parse_claim("three months behind, but ahead in some areas", None).expect("parses");
        assert_eq!(p.relation, Relation::Behind);
        assert_eq!(
            p.warnings,
            [
                "the text says both behind and ahead: the cue nearest the gap was taken",
                "no side is named next to the comparison: China is taken as the subject"
            ]
        );
    }

    #[test]
    fn a_reading_the_text_leaves_open_is_not_given_but_its_choices_are() {
        // Two cues of one sentence read opposite ways, with no duration to choose between them.
        let text = "China trails the US in chips and China leads in robots";
        let err = parse_claim(text, None).expect_err("not sure");
        let relations: Vec<&str> = err.choices.iter().map(|c| c.relation.name()).collect();
        assert_eq!(relations, ["behind", "ahead"]);
        assert!(err.message.starts_with("two readings possible: behind"), "{}", err.message);
        let spans: Vec<String> = err
            .choices
            .iter()
            .filter_map(|c| c.relation_span)
            .map(|(a, b)| text.chars().skip(a).take(b - a).collect())
            .collect();
        assert_eq!(spans, ["trails", "leads"]);
        // After a contrast, the cue before it is conceded: the reading after "but" is given.
        let p = parse_claim("China trails the US in chips, but China leads in robots", None)
            .expect("sure");
        assert_eq!((p.relation, p.confidence), (Relation::Ahead, 1.0));
        // In two sentences, they are two statements: the first is read, and is sure.
        let p =
            parse_claim("China trails the US in chips. It leads in robots.", None).expect("sure");
        assert_eq!((p.relation, p.confidence), (Relation::Behind, 1.0));
        // Two durations as near the cue, of different lengths: the gap is open.
        let err = parse_claim("China is 6 months behind (2 years by another count)", None)
            .expect_err("not sure");
        let gaps: Vec<_> = err.choices.iter().map(|c| c.gap_months).collect();
        assert!(
            gaps.contains(&Some((6.0, Some(6.0)))) && gaps.contains(&Some((24.0, Some(24.0)))),
            "{gaps:?}"
        );
        // One open point is a lower confidence and a warning, not a refusal.
        let p = parse_claim("Chinese AI: about two years.", None).expect("given");
        assert!(p.confidence < 1.0 && p.confidence >= THRESHOLD);
        assert!(p.warnings.iter().any(|w| w.starts_with("no word says behind or ahead")));
    }

    static FUZZ_DATA: std::sync::LazyLock<Dataset> = std::sync::LazyLock::new(data);
    static FUZZ_NAMES: std::sync::LazyLock<Resolver<'static>> =
        std::sync::LazyLock::new(|| Resolver::new(&FUZZ_DATA));

    proptest::proptest! {
        // Arbitrary Unicode (emoji, RTL marks, control characters): never a panic, and every
        // span inside the text. 100,000 cases.
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(100_000))]
        #[test]
        fn any_text_parses_or_fails_cleanly(text in "\\PC{0,40}|[\\u{200f}\\u{202e}\\x00-\\x1f a-zA-Z0-9年月半两.-]{0,40}|(GPT|gpt|Sora|ChatGPT|-|4|\\.|0| |年|\\u{1F600}|behind|ahead|between|and|a|half|two|years?|months?|minimum|maximum|now|previously|中国|差距){0,16}") {
            let len = text.chars().count();
            // With names to resolve, so the name matcher's slicing is fuzzed too.
            match parse_with(&text, Some(&FUZZ_NAMES)) {
                Ok(p) => if let Some((a, b)) = p.gap_span { proptest::prop_assert!(a < b && b <= len) },
                Err(e) => proptest::prop_assert!(e.span.0 <= e.span.1 && e.span.1 <= len),
            }
        }
    }
}
