//! One text, several comparisons: "have neared the level of GPT-3.5, but there is still a
//! 1.5-year gap from GPT-4" says two things, *near* GPT-3.5 and *behind* GPT-4 by 18 months.
//! The text is cut into clauses, each clause is read as a claim of its own (the rules of
//! [`parse`](super::parse)), and a clause that compares with something else than the whole
//! text's reading is kept as a further comparison.
//!
//! # Rules
//!
//! 1. **Clause boundaries.** A text is cut at
//!    - `;` and `；`;
//!    - the end of a sentence: `。`, `！`, `？`, and `.`, `!`, `?` followed by a space, except a
//!      full stop after a one-letter word or a title ("U.S. lead", "e.g. GPT-4", "Dr. Lee");
//!    - the contrastive words "but", "whereas", "although", "though", "however", "while"
//!      (not "a while", "the while"), "yet" after a comma or "and" ("not yet" is an adverb);
//!    - "and" after a comma, or right before a relation cue or "yet" ("outperformed ChatGPT and
//!      beat GPT-4"; not "between three and six months", "China and the US");
//!    - the first comma of a sentence that opens with "although", "though", "while",
//!      "whereas", 虽然, 雖然, 虽说 or 尽管 ("Although X, Y");
//!    - Chinese 但, 但是 (not 不但), 然而, 可是, 而 (also 而且, 而是; not 而言, nor after
//!      从, 因, 进, 继), and 不过 after a comma or at a sentence's start (elsewhere it is
//!      "only").
//!
//!    The boundary words belong to neither clause; a sentence's final mark stays with its
//!    sentence (so "…ahead?" is still a question). A plain comma is not a boundary: "英文能力
//!    相当，中文能力已实现超越" is one comparison, seen from two sides.
//! 2. **Each clause is read alone**, by the parser's rules, over its own words only; its spans
//!    are then moved to be character offsets into the whole text.
//! 3. **The first reading is the whole text's** ([`parse_with`]), unchanged, so a text of one
//!    clause reads exactly as before.
//! 4. **A further comparison** is a clause that (a) has a relation cue or a duration of its
//!    own, (b) states a relation (not a question), (c) names its own reference, a model of the
//!    dataset or the US side's words, and (d) whose reference differs from the first
//!    reading's and from every comparison kept before it (two models differ by id; a region
//!    differs from a model; two regions are the same). So "three months behind, but ahead in
//!    some areas" stays one reading (the second clause names no reference), as does
//!    "close to GPT-4 and two years behind GPT-4" (the same reference).
//! 5. A further comparison that names no Chinese side shares the first reading's subject, and
//!    one that names no domain (no domain word and no model) its modality.
//!
//! Clause boundaries are found in one pass over the tokens, and each clause is parsed once:
//! reading every comparison costs about twice reading one.

use super::lexer::{Token, tokens};
use super::modality::names_domain;
use super::parse::{ParseError, ParsedClaim, parse_with};
use super::relation::{Relation, cues};
use super::resolve::Resolver;
use crate::data::dataset::Dataset;

/// Titles and abbreviations after which a full stop does not end a sentence.
const TITLES: &[&str] =
    &["mr", "mrs", "ms", "dr", "prof", "st", "vs", "jr", "sr", "sen", "rep", "gen"];

/// Words that open a sentence whose first comma ends a clause ("Although X, Y").
fn subordinator(t: &[Token], i: usize) -> bool {
    let c = |k: usize| t.get(k).and_then(Token::char);
    matches!(t[i].word(), Some("although" | "though" | "while" | "whereas"))
        || matches!((c(i), c(i + 1)), (Some('虽' | '雖'), Some('然' | '说' | '說')))
        || matches!((c(i), c(i + 1)), (Some('尽' | '儘'), Some('管')))
}

/// Is token `i` the first of a sentence (the text's first, or after a sentence's end, a `;`,
/// or an opening quote or bracket)?
fn starts_sentence(t: &[Token], i: usize) -> bool {
    i == 0
        || t[i - 1].char().is_some_and(|c| {
            matches!(
                c,
                '.' | '!'
                    | '?'
                    | '。'
                    | '！'
                    | '？'
                    | ';'
                    | '；'
                    | '"'
                    | '“'
                    | '「'
                    | '『'
                    | '('
                    | '（'
                    | '['
            )
        })
}

/// The clause boundaries of rule 1, as token ranges `[start, end)` to leave out of both
/// clauses (empty after a sentence's final mark), in text order.
fn boundaries(t: &[Token]) -> Vec<(usize, usize)> {
    let w = |k: usize| t.get(k).and_then(Token::word);
    let c = |k: usize| t.get(k).and_then(Token::char);
    let comma = |k: Option<usize>| k.and_then(c).is_some_and(|c| matches!(c, ',' | '，'));
    let cue_starts: Vec<usize> = cues(t).iter().map(|c| c.tokens.0).collect();
    let mut out = Vec::new();
    // A sentence opened by "although": its first comma is a boundary.
    let mut pending_comma = false;
    for i in 0..t.len() {
        let before = i.checked_sub(1);
        let spaced = t.get(i + 1).is_none_or(|n| n.span.0 > t[i].span.1);
        if subordinator(t, i) && starts_sentence(t, i) {
            pending_comma = true;
        }
        let cut = match (t[i].word(), t[i].char()) {
            (Some("but" | "whereas" | "although" | "though" | "however"), _) => Some(1),
            (Some("while"), _) if !matches!(before.and_then(w), Some("a" | "the")) => Some(1),
            (Some("yet"), _) if comma(before) || before.and_then(w) == Some("and") => Some(1),
            (Some("and"), _)
                if comma(before) || cue_starts.contains(&(i + 1)) || w(i + 1) == Some("yet") =>
            {
                Some(1)
            }
            (_, Some(';' | '；')) => Some(1),
            (_, Some(',' | '，')) if pending_comma => {
                pending_comma = false;
                Some(1)
            }
            (_, Some('。' | '！' | '？')) => Some(0),
            (_, Some('!' | '?')) if spaced => Some(0),
            (_, Some('.')) if spaced => {
                let short = before.and_then(w).is_some_and(|p| p.len() == 1 || TITLES.contains(&p));
                (!short).then_some(0)
            }
            (_, Some('但')) if before.and_then(c) != Some('不') => {
                Some(if c(i + 1) == Some('是') { 2 } else { 1 })
            }
            (_, Some('然')) if c(i + 1) == Some('而') => Some(2),
            (_, Some('可')) if c(i + 1) == Some('是') => Some(2),
            (_, Some('不')) if matches!(c(i + 1), Some('过' | '過')) => {
                (comma(before) || starts_sentence(t, i)).then_some(2)
            }
            (_, Some('虽' | '雖')) if matches!(c(i + 1), Some('然' | '说' | '說')) => Some(2),
            (_, Some('尽' | '儘')) if c(i + 1) == Some('管') => Some(2),
            (_, Some('而'))
                if c(i + 1) != Some('言')
                    && !matches!(
                        before.and_then(c),
                        Some('从' | '從' | '因' | '进' | '進' | '继' | '繼' | '然')
                    ) =>
            {
                Some(if matches!(c(i + 1), Some('且' | '是')) { 2 } else { 1 })
            }
            _ => None,
        };
        if matches!(t[i].char(), Some('.' | '!' | '?' | '。' | '！' | '？')) {
            pending_comma = false;
        }
        match cut {
            Some(0) => out.push((i + 1, i + 1)),
            Some(n) => out.push((i, (i + n).min(t.len()))),
            None => {}
        }
    }
    out
}

/// The clauses of `text` (rule 1), as character spans `[start, end)` in text order; each has at
/// least one token. A text with no boundary is one clause.
pub fn clauses(text: &str) -> Vec<(usize, usize)> {
    let t = tokens(text);
    clauses_of(&t).into_iter().map(|(a, b)| (t[a].span.0, t[b - 1].span.1)).collect()
}

/// The clauses as token ranges `[start, end)`, none empty.
fn clauses_of(t: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0; // token index where the current clause starts
    for (a, b) in boundaries(t).into_iter().chain([(t.len(), t.len())]) {
        if a > from {
            out.push((from, a));
        }
        from = from.max(b);
    }
    out
}

/// Which reference a reading compares with, for rule 4(d): the model, else the region.
fn same_reference(a: &ParsedClaim, b: &ParsedClaim) -> bool {
    match (&a.reference.model_id, &b.reference.model_id) {
        (Some(x), Some(y)) => x == y,
        (None, None) => a.reference.region == b.reference.region,
        _ => false,
    }
}

/// Every comparison `text` makes (rules 1–5), resolving model names with `names` (none: no
/// model is resolved, and references are regions). On success the list is never empty and its
/// first element is exactly [`parse_with`]'s reading of the whole text; further elements
/// follow in text order, with spans into the whole text. The error is [`parse_with`]'s: a text
/// with no cue and no duration has no clause that has one either.
pub fn parse_all_with(
    text: &str,
    names: Option<&Resolver<'_>>,
) -> Result<Vec<ParsedClaim>, ParseError> {
    let first = parse_with(text, names)?;
    let t = tokens(text);
    let spans = clauses_of(&t);
    if spans.len() < 2 {
        return Ok(vec![first]);
    }
    // Byte offset of each character, to slice clauses (spans are in characters).
    let bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
    let mut all = vec![first];
    for (ta, tb) in spans {
        let (a, b) = (t[ta].span.0, t[tb - 1].span.1);
        let Ok(mut p) = parse_with(&text[bytes[a]..bytes[b]], names) else { continue };
        let kept = p.relation != Relation::Unspecified
            && p.reference_span.is_some()
            && !all.iter().any(|k| same_reference(k, &p));
        if !kept {
            continue;
        }
        let shift = |s: Option<(usize, usize)>| s.map(|(x, y)| (x + a, y + a));
        p.gap_span = shift(p.gap_span);
        p.relation_span = shift(p.relation_span);
        p.reference_span = shift(p.reference_span);
        if p.subject.text.is_empty() {
            p.subject = all[0].subject.clone();
        }
        if p.modality == "general" && !names_domain(&t[ta..tb]) {
            p.modality = all[0].modality;
        }
        all.push(p);
    }
    Ok(all)
}

/// Every comparison `text` makes, as [`parse_all_with`]; `data` resolves model names (none:
/// no model is resolved). To read many texts against one dataset, build a [`Resolver`] once
/// and use [`parse_all_with`].
pub fn parse_all(text: &str, data: Option<&Dataset>) -> Result<Vec<ParsedClaim>, ParseError> {
    parse_all_with(text, data.map(Resolver::new).as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset::RawDataset;

    fn data() -> Dataset {
        serde_json::from_str::<RawDataset>(
            r#"{"models": [
            {"id": "gpt-4", "name": "GPT-4", "region": "US", "modality": "multimodal", "released": "2023-03-14", "source_url": "https://a.example"},
            {"id": "gpt-4o", "name": "GPT-4o", "region": "US", "modality": "multimodal", "released": "2024-05-13", "source_url": "https://a.example"},
            {"id": "chatgpt-gpt-3.5", "name": "ChatGPT (GPT-3.5)", "region": "US", "modality": "text", "released": "2022-11-30", "source_url": "https://a.example"},
            {"id": "claude-3.5-sonnet", "name": "Claude 3.5 Sonnet", "region": "US", "modality": "multimodal", "released": "2024-06-20", "source_url": "https://a.example"},
            {"id": "sora", "name": "Sora", "region": "US", "modality": "video", "released": "2024-02-15", "source_url": "https://a.example"}]}"#,
        )
        .expect("JSON")
        .check()
        .dataset
    }

    /// A reading as (relation, gap, model id), the model `US` when the reference is the region.
    type Said = (&'static str, Option<(f64, Option<f64>)>, &'static str);

    fn said(p: &ParsedClaim) -> (&'static str, Option<(f64, Option<f64>)>, String) {
        let reference = match (&p.reference.model_id, p.reference.region) {
            (Some(id), _) => id.clone(),
            (None, r) => r.map_or("?".into(), |r| r.code().to_string()),
        };
        (p.relation.name(), p.gap_months, reference)
    }

    #[test]
    fn every_comparison_of_a_text_is_read_the_whole_texts_first() {
        let d = data();
        let names = Resolver::new(&d);
        let y = |m: f64| Some((m, Some(m)));
        let cases: [(&str, &str, &[Said]); 16] = [
            (
                "zhou: near, but a gap",
                "China's best LLMs \"have neared the level of GPT-3.5, but there is still a 1.5-year gap from GPT-4\"",
                &[("behind", y(18.0), "gpt-4"), ("near", None, "chatgpt-gpt-3.5")],
            ),
            (
                "zhou in chinese: 但",
                "已经接近GPT-3.5的水平，但与GPT-4还有1.5年的差距",
                &[("behind", y(18.0), "gpt-4"), ("near", None, "chatgpt-gpt-3.5")],
            ),
            (
                "although …, …",
                "Although DeepSeek matches GPT-4, it is still two years behind Claude 3.5 Sonnet.",
                &[("behind", y(24.0), "claude-3.5-sonnet"), ("parity", None, "gpt-4")],
            ),
            (
                "while",
                "Chinese labs are on par with GPT-4o, while they still trail Sora by about a year",
                &[("behind", y(12.0), "sora"), ("parity", None, "gpt-4o")],
            ),
            (
                "three comparisons: whereas, semicolon",
                "Qwen is about six months behind GPT-4o, whereas Kling is close to Sora; and Ernie lags ChatGPT by a year",
                &[
                    ("behind", y(6.0), "gpt-4o"),
                    ("near", None, "sora"),
                    ("behind", y(12.0), "chatgpt-gpt-3.5"),
                ],
            ),
            (
                "and before a cue",
                "Ernie 3.5 broadly outperformed ChatGPT and beat the more advanced GPT-4 in some language skills",
                &[("ahead", None, "chatgpt-gpt-3.5"), ("ahead", None, "gpt-4")],
            ),
            (
                "a while is no boundary, a comma and is",
                "for a while China was close to GPT-4, and now it is a year behind GPT-4o",
                &[("behind", y(12.0), "gpt-4o"), ("near", None, "gpt-4")],
            ),
            (
                "chinese: 而",
                "国产大模型已接近GPT-4o，而视频生成仍落后Sora一年",
                &[("behind", y(12.0), "sora"), ("near", None, "gpt-4o")],
            ),
            (
                "chinese: 然而",
                "文心一言与GPT-4不相上下，然而与GPT-4o相比还有半年的差距",
                &[("behind", y(6.0), "gpt-4o"), ("parity", None, "gpt-4")],
            ),
            (
                "one claim, one clause",
                "China's own LLM technology is \"two to three years behind\" OpenAI's GPT4",
                &[("behind", Some((24.0, Some(36.0))), "gpt-4")],
            ),
            (
                "a clause with no reference of its own",
                "three months behind GPT-4, but ahead in some areas",
                &[("behind", y(3.0), "gpt-4")],
            ),
            (
                "a clause with the same reference",
                "Chinese models have neared GPT-4, but remain six months behind GPT-4",
                &[("behind", y(6.0), "gpt-4")],
            ),
            (
                "a question asserts nothing",
                "Is GPT-4 ahead? China is two years behind Sora.",
                &[("behind", y(24.0), "sora")],
            ),
            (
                "two regions are one reference",
                "China is a year behind the US in chips, but the US is still ahead in AI",
                &[("behind", y(12.0), "US")],
            ),
            (
                "chinese: no reference after 但",
                "差距在缩小，但仍落后一年",
                &[("behind", y(12.0), "US")],
            ),
            (
                "chinese: one clause",
                "中國大語言模型技術水平和GPT-4的差距在2到3年時間",
                &[("behind", Some((24.0, Some(36.0))), "gpt-4")],
            ),
        ];
        for (label, text, expected) in cases {
            let all =
                parse_all_with(text, Some(&names)).unwrap_or_else(|e| panic!("{label}: {e:?}"));
            let got: Vec<_> = all.iter().map(said).collect();
            let want: Vec<_> = expected.iter().map(|(r, g, m)| (*r, *g, m.to_string())).collect();
            assert_eq!(got, want, "{label}: {text}");
            assert_eq!(all[0], parse_with(text, Some(&names)).expect("parses"), "{label}");
        }
    }

    #[test]
    fn further_comparisons_have_spans_into_the_whole_text_and_share_the_subject() {
        let d = data();
        let text = "China's best LLMs \"have neared the level of GPT-3.5, but there is still a 1.5-year gap from GPT-4\"";
        let all = parse_all(text, Some(&d)).expect("parses");
        let piece = |s: Option<(usize, usize)>| {
            s.map(|(a, b)| text.chars().skip(a).take(b - a).collect::<String>())
        };
        assert_eq!(piece(all[1].reference_span).as_deref(), Some("GPT-3.5"));
        assert_eq!(piece(all[1].relation_span).as_deref(), Some("neared"));
        assert_eq!((all[1].subject.text.as_str(), all[1].modality), ("China's best LLMs", "text"));
        // Chinese: character offsets, not bytes; the subject named before 但 is shared.
        let zh = "中国大模型已经接近GPT-3.5的水平，但与GPT-4还有1.5年的差距";
        let all = parse_all(zh, Some(&d)).expect("parses");
        let piece = |s: Option<(usize, usize)>| {
            s.map(|(a, b)| zh.chars().skip(a).take(b - a).collect::<String>())
        };
        assert_eq!(piece(all[0].gap_span).as_deref(), Some("1.5年"));
        assert_eq!(piece(all[1].relation_span).as_deref(), Some("接近"));
        assert_eq!(piece(all[1].reference_span).as_deref(), Some("GPT-3.5"));
        assert_eq!(all[1].subject.text, "中国大模型");
        // A clause naming no domain keeps the text's: LLMs, from the first clause.
        let llms = parse_all(
            "China's LLMs are a year behind GPT-4, and two years behind the US",
            Some(&d),
        )
        .expect("parses");
        assert_eq!(
            llms.iter().map(said).collect::<Vec<_>>(),
            [
                ("behind", Some((12.0, Some(12.0))), "gpt-4".to_string()),
                ("behind", Some((24.0, Some(24.0))), "US".to_string()),
            ]
        );
        assert_eq!((llms[1].modality, llms[1].subject.text.as_str()), ("text", "China's LLMs"));
        // Without names, models are not resolved, and a clause naming one is no comparison.
        assert_eq!(parse_all(text, None).expect("parses").len(), 1);
        assert_eq!(
            parse_all("The weather is nice", None),
            Err(parse_with("The weather is nice", None).expect_err("nothing"))
        );
    }

    #[test]
    fn clause_boundaries() {
        let cases: [(&str, &str, &[&str]); 10] = [
            ("but", "near GPT-3.5, but behind GPT-4", &["near GPT-3.5,", "behind GPT-4"]),
            (
                "not yet",
                "it does not yet have a clear winner",
                &["it does not yet have a clear winner"],
            ),
            (", yet", "it is close, yet two years behind", &["it is close,", "two years behind"]),
            (
                "ranges keep their and",
                "between three and six months behind",
                &["between three and six months behind"],
            ),
            (
                "regions keep their and",
                "the gap between China and the US",
                &["the gap between China and the US"],
            ),
            (
                "U.S. is not a sentence end",
                "The U.S. lead is big. China trails",
                &["The U.S. lead is big.", "China trails"],
            ),
            (
                "although, comma",
                "Although close to GPT-4, it trails o1",
                &["close to GPT-4", "it trails o1"],
            ),
            ("question mark stays", "Is it ahead? No", &["Is it ahead?", "No"]),
            (
                "不但 is not 但",
                "不但接近GPT-4，而且超过GPT-3.5",
                &["不但接近GPT-4，", "超过GPT-3.5"],
            ),
            ("不过 as only", "差距不过两年，不过在缩小", &["差距不过两年，", "在缩小"]),
        ];
        for (label, text, expected) in cases {
            let got: Vec<String> = clauses(text)
                .into_iter()
                .map(|(a, b)| text.chars().skip(a).take(b - a).collect())
                .collect();
            assert_eq!(got, expected, "{label}: {text}");
        }
    }

    static FUZZ_DATA: std::sync::LazyLock<Dataset> = std::sync::LazyLock::new(data);
    static FUZZ_NAMES: std::sync::LazyLock<Resolver<'static>> =
        std::sync::LazyLock::new(|| Resolver::new(&FUZZ_DATA));

    proptest::proptest! {
        // Arbitrary Unicode and clause-heavy word salad: never a panic, the first reading is
        // the whole text's, and every span of every reading is inside the text.
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(20_000))]
        #[test]
        fn any_text_reads_all_or_fails_cleanly(text in "\\PC{0,40}|[\\u{200f}\\u{202e}\\x00-\\x1f a-zA-Z0-9年月半两.,;，；但而-]{0,40}|(GPT|gpt|-|3|4|\\.|5| |,|;|，|但|但是|而|不|过|虽然|\\u{1F600}|but|while|although|yet|and|behind|close to|ahead|a|two|years?|months?|now|中国|差距|接近|\\?|U\\.S\\.){0,16}") {
            let len = text.chars().count();
            match parse_all_with(&text, Some(&FUZZ_NAMES)) {
                Ok(all) => {
                    proptest::prop_assert!(!all.is_empty());
                    proptest::prop_assert_eq!(&all[0], &parse_with(&text, Some(&FUZZ_NAMES)).expect("same"));
                    for p in &all {
                        for (a, b) in [p.gap_span, p.relation_span, p.reference_span].into_iter().flatten() {
                            proptest::prop_assert!(a < b && b <= len, "{:?} in {} characters", (a, b), len);
                        }
                    }
                }
                Err(e) => proptest::prop_assert!(e.span.0 <= e.span.1 && e.span.1 <= len),
            }
        }
    }
}
