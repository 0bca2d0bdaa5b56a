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

use super::lexer::Token;
use super::relation::{Cue, Form, Relation, one_of};

/// The token range `[start, end)` of a past level whose "ago" is at token `ago` (rule 1):
/// from its "where", "what" or "as" to the "ago".
pub(super) fn past_level_at(t: &[Token], ago: usize) -> Option<(usize, usize)> {
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

/// The past-level cues of the tokens, left to right (rule 2).
pub(super) fn past_level_cues(t: &[Token]) -> Vec<Cue> {
    (0..t.len())
        .filter_map(|i| past_level_at(t, i))
        .map(|tokens| Cue { relation: Relation::Behind, form: Form::Directional, tokens })
        .collect()
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
        ] {
            assert_eq!(!past_level_cues(&tokens(text)).is_empty(), found, "{text}");
        }
    }
}
