//! A superlative said to be of one side: "the most capable models are still American", "the
//! best open models are Chinese", "the best AI models in the world are made in the US".
//!
//! # Rules
//!
//! 1. A form of "be" or "remain" ("are", "is", "remain", "remains", "were", "was") with a
//!    superlative before it in its clause ("best", "strongest", "most capable", "top", 最:
//!    `relation::superlative_before`) and, after it, a side of
//!    origin: an adjective of a side ("American", "Chinese", "Western") or a side after "from",
//!    "in", "by" ("from China", "made in the US", "built by US labs"), with only adverbs
//!    ("still", "now", "all", "mostly", "largely", "overwhelmingly") and those words between.
//! 2. It says the side after it leads: the cue is a *behind* one of the directional form
//!    ([`Form::Directional`]) with that side as its object, so it reads as "(China) behind the
//!    US" and, for a Chinese side, is turned to ahead, as any cue with no subject and China as
//!    its object is.
//! 3. Not a side named as a thing ("the best Chinese model is DeepSeek"): a firm or a model
//!    after the verb is a comparison within one side, no cue.

use super::lexer::Token;
use super::relation::{Cue, Form, Relation, one_of, superlative_before};

/// Adjectives of a side: only these, or a side after a preposition of origin, make the cue.
const SIDE_ADJECTIVES: &str = "american|chinese|western|us";

/// The superlative cues of the tokens (rules 1–3), left to right.
pub(super) fn superlative_cues(t: &[Token]) -> Vec<Cue> {
    let w = |k: usize| t.get(k).and_then(Token::word);
    let mut out = Vec::new();
    for k in 0..t.len() {
        if !w(k).is_some_and(|x| one_of(x, "are|is|remain|remains|were|was")) {
            continue;
        }
        if !superlative_before(t, k) {
            continue;
        }
        let mut e = k + 1;
        let mut origin = false;
        while let Some(x) = w(e) {
            if one_of(x, "from|in|by") {
                origin = true;
            } else if !one_of(
                x,
                "still|now|all|mostly|largely|overwhelmingly|almost|predominantly|made|built|developed|trained|the",
            ) {
                break;
            }
            e += 1;
        }
        let adjective = w(e).is_some_and(|x| one_of(x, SIDE_ADJECTIVES));
        let side = origin && w(e).is_some_and(|x| one_of(x, "china|america|the|us|u|united"));
        if adjective || side {
            out.push(Cue { relation: Relation::Behind, form: Form::Directional, tokens: (k, e) });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::lexer::tokens;

    fn spans(text: &str) -> Vec<(usize, usize)> {
        superlative_cues(&tokens(text)).into_iter().map(|c| c.tokens).collect()
    }

    #[test]
    fn a_superlative_then_a_side_of_origin() {
        assert_eq!(spans("The most capable models are still American").len(), 1);
        assert_eq!(spans("The best open models are now made in China").len(), 1);
        assert_eq!(spans("The top chips are built by US firms").len(), 1);
    }

    #[test]
    fn no_cue_without_a_superlative_or_a_side_of_origin() {
        // A model or a firm after the verb is a comparison within one side.
        assert!(spans("The best Chinese model is DeepSeek").is_empty());
        assert!(spans("The models are American").is_empty());
        assert!(spans("The best models are expensive").is_empty());
        // A superlative in another clause.
        assert!(spans("It is the best. The models are American").is_empty());
    }
}
