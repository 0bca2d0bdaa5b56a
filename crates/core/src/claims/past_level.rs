//! A level reached in the past as a measure of the lag: "Chinese models are roughly where US
//! models were six to nine months ago", "comparable to what OpenAI released a year ago",
//! "caught up to where American labs were about a year ago".
//!
//! # Rules
//!
//! 1. A duration followed by "ago" is a lag, not an offset in time, when "where", "what" or
//!    "as" stands before it in its clause (at most ten tokens back, no punctuation between)
//!    with a verb of the past between ("were", "was", "had", "released", "shipped",
//!    "launched", "did", "stood", "offered", "sold", "made", "built", "reached").
//!    "In" and a calendar year end one too ("about where Nvidia was in 2020"), with no gap
//!    stated.
//! 2. The words from that "where" to "ago" (or the year) are a *behind* cue of the directional form
//!    ([`Form::Directional`]): its subject is the side before it ("Chinese models"), the side
//!    inside it ("US models") is what it is measured against, and "US models are where Chinese
//!    models were a year ago" turns to China ahead. Beside a level ("comparable to", "caught up
//!    to"), it is the nearer cue to the duration and decides.
//! 3. **Chinese.** A duration followed by 前的 and a word of level (水平, 水准, 能力, 性能),
//!    with a verb of measure before it in its clause (相当于美国一年前的水平, 达到GPT-4两年前的水平),
//!    is the same *behind* cue, from the verb to the word of level; so is a calendar year in
//!    place of the duration (相当于美国2023年的水平), with no gap stated.

//! 4. **A past generation.** A word of level ("comparable to", "on par with", "similar to",
//!    "equivalent to", "as good as", "matches", 相当于, 媲美, 持平, 接近) with "previous", "last",
//!    "prior", "older" or "earlier" and "generation" after it in its clause ("comparable to
//!    Nvidia's previous generation", "matches the last generation of H100s"), or 上一代, 上代,
//!    前一代 after it (相当于英伟达上一代产品), is the same *behind* cue, from the word of
//!    level to the generation, with no gap stated.

use super::lexer::Token;
use super::relation::{Cue, Form, Relation, one_of};

/// The token range `[start, end)` of a past level whose "ago" is at token `ago` (rule 1):
/// from its "where", "what" or "as" to the "ago".
pub(super) fn past_level_at(t: &[Token], ago: usize) -> Option<(usize, usize)> {
    if let Some(span) = past_level_zh(t, ago) {
        return Some(span);
    }
    // "where Nvidia was in 2020": a calendar year ends it too (the gap then stays unstated).
    let year = ago > 0
        && t[ago - 1].word() == Some("in")
        && matches!(t.get(ago).map(|k| &k.kind), Some(super::lexer::Kind::Number(y)) if (1950.0..2100.0).contains(y));
    if t.get(ago).and_then(Token::word) != Some("ago") && !year {
        return None;
    }
    let mut past = false;
    for k in (ago.saturating_sub(10)..ago).rev() {
        let word = t[k].word();
        if word.is_none()
            && t[k].char().is_some_and(|c| !c.is_alphanumeric() && !"-'’.".contains(c))
        {
            return None;
        }
        if word.is_some_and(|w| {
            one_of(w, "were|was|had|released|shipped|launched|did|stood|offered|been|sold|made|built|produced|reached|achieved")
        }) {
            past = true;
        }
        if past && word.is_some_and(|w| one_of(w, "where|what|as")) {
            return Some((k, ago + 1));
        }
    }
    None
}

/// The Chinese past level whose 前 is at token `ago` (rule 3): 前 then 的 and a word of level
/// (水平, 水准, 能力, 性能), with a verb of measure (相当于, 达到, 是, 为) before the duration in
/// its clause; the span runs from the verb to the word of level.
fn past_level_zh(t: &[Token], ago: usize) -> Option<(usize, usize)> {
    let c = |k: usize| t.get(k).and_then(Token::char);
    // 美国2023年的水平: a calendar year in place of the duration and 前.
    let year = matches!(t.get(ago).map(|k| &k.kind), Some(super::lexer::Kind::Number(y)) if (1990.0..2100.0).contains(y))
        && c(ago + 1) == Some('年');
    let ago = if year { ago + 1 } else { ago };
    if !(year || c(ago) == Some('前')) || c(ago + 1) != Some('的') {
        return None;
    }
    let level = matches!(
        (c(ago + 2), c(ago + 3)),
        (Some('水'), Some('平' | '准' | '準'))
            | (Some('能'), Some('力'))
            | (Some('性'), Some('能'))
    );
    if !level {
        return None;
    }
    let verb = (ago.saturating_sub(12)..ago)
        .rev()
        .take_while(|&k| c(k).is_none_or(|x| x.is_alphanumeric() || matches!(x, '-' | '.')))
        .find(|&k| matches!(c(k), Some('于' | '於' | '到' | '为' | '為' | '是')))?;
    let start = match (c(verb.wrapping_sub(1)), c(verb)) {
        (Some('当' | '當'), Some('于' | '於')) if verb >= 2 => verb - 2,
        (Some('达' | '達'), Some('到')) => verb - 1,
        _ => verb,
    };
    Some((start, ago + 4))
}

/// Words of level that a past generation after them turns into a lag (rule 4).
const LEVEL_WORDS: &str = "comparable|on par|on a par|similar|equivalent|as good as|as capable as|as fast as|matches|match|matched|rivals|rival|level with|close to";

/// The token range of a level with a past generation after it (rule 4), starting at token
/// `i`: from the word of level to the generation.
fn past_generation_at(t: &[Token], i: usize) -> Option<(usize, usize)> {
    let c = |k: usize| t.get(k).and_then(Token::char);
    let w = |k: usize| t.get(k).and_then(Token::word);
    let english = LEVEL_WORDS.split('|').any(|p| super::phrase::phrase_at(t, i, p).is_some());
    let chinese = matches!(
        (c(i), c(i + 1)),
        (Some('相'), Some('当' | '當'))
            | (Some('媲'), Some('美'))
            | (Some('持'), Some('平'))
            | (Some('接'), Some('近'))
    );
    if !(english || chinese) {
        return None;
    }
    let clause = (i + 1..(i + 14).min(t.len())).take_while(|&k| {
        !super::relation::ends_sentence(t, k)
            && c(k).is_none_or(|x| x.is_alphanumeric() || "'’-.".contains(x))
    });
    for k in clause {
        if english
            && w(k).is_some_and(|x| one_of(x, "previous|last|prior|older|earlier"))
            && w(k + 1).is_some_and(|x| one_of(x, "generation|generations"))
        {
            return Some((i, k + 2));
        }
        let previous =
            matches!((c(k), c(k + 1)), (Some('上'), Some('一')) | (Some('前'), Some('一')))
                && c(k + 2) == Some('代');
        if chinese && (previous || (c(k) == Some('上') && c(k + 1) == Some('代'))) {
            return Some((i, k + if previous { 3 } else { 2 }));
        }
    }
    None
}

/// The past-level cues of the tokens, left to right (rules 2 and 4).
pub(super) fn past_level_cues(t: &[Token]) -> Vec<Cue> {
    let mut out: Vec<Cue> = (0..t.len())
        .filter_map(|i| past_level_at(t, i))
        .map(|tokens| Cue { relation: Relation::Behind, form: Form::Directional, tokens })
        .collect();
    let mut i = 0;
    while i < t.len() {
        match past_generation_at(t, i) {
            Some(tokens) => {
                out.push(Cue { relation: Relation::Behind, form: Form::Directional, tokens });
                i = tokens.1;
            }
            None => i += 1,
        }
    }
    out.sort_by_key(|c| c.tokens.0);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::lexer::tokens;

    #[test]
    fn a_level_of_the_past_is_a_lag_and_an_offset_in_time_is_not() {
        for (text, found) in [
            ("Chinese models are roughly where US models were six to nine months ago", true),
            ("comparable to what OpenAI released a year ago", true),
            ("caught up to where American labs were about a year ago", true),
            ("DeepSeek, which came out about four months ago", false),
            ("two years ago, China was far behind", false),
            ("where we were, a year ago", false),
            ("The best Chinese chips are about where Nvidia was in 2020", true),
            ("目前国产大模型的水平大概相当于美国一年前的水平", true),
            ("两年前的水平已经被超越", false),
            ("中国的大模型技术水平大约相当于美国2023年的水平", true),
            ("2023年的水平", false),
            ("Huawei's chips are roughly comparable to Nvidia's previous generation", true),
            ("国产芯片的性能只相当于英伟达上一代产品", true),
            ("the new model matches the last generation of GPT models", true),
            ("comparable to Nvidia's latest generation", false),
            ("on par with GPT-4. The previous generation was weaker", false),
        ] {
            assert_eq!(!past_level_cues(&tokens(text)).is_empty(), found, "{text}");
        }
    }
}
