//! A level named after a model: "the first Sora-level video model", "a GPT-4-class model",
//! "o1-level reasoning", 达到Sora级别.
//!
//! # Rules
//!
//! 1. "level", "class" or "grade" right after a side's name ([`sides`](super::relation::sides):
//!    a firm or a model family), with only a hyphen, a version number or a model's suffix
//!    between ("GPT-4-level", "Sora-level", "o1 class"), or 级, 级别 after one in Chinese
//!    (Sora级, GPT-4级别), is a *parity* cue of the level form ([`Form::Level`]): a thing of
//!    that model's level is said to be level with it.
//! 2. Not before "gap" or "lead" ("a GPT-4-level gap") nor after "below", "under", "sub"
//!    ("sub-GPT-4-level"): those measure or deny the level; the cue is then left out.

use super::lexer::{Kind, Token};
use super::relation::{Cue, Form, Relation, one_of, sides};

/// The named-level cues of the tokens (rules 1–2), left to right.
pub(super) fn named_level_cues(t: &[Token]) -> Vec<Cue> {
    let w = |k: usize| t.get(k).and_then(Token::word);
    let c = |k: usize| t.get(k).and_then(Token::char);
    let mut out = Vec::new();
    for (_, (a, e)) in sides(t) {
        // Past a version: "-4", " 4o", "-3.5", "o1-mini".
        let mut k = e;
        while k < t.len()
            && k < e + 5
            && (matches!(t[k].kind, Kind::Number(_))
                || matches!(c(k), Some('-' | '.'))
                || w(k).is_some_and(|x| x.len() <= 4 && x.chars().any(|ch| ch.is_ascii_digit()))
                || w(k).is_some_and(|x| one_of(x, "o|mini|turbo|pro|max|plus")))
        {
            k += 1;
        }
        let english = w(k).is_some_and(|x| one_of(x, "level|class|grade"));
        let chinese = matches!(c(k), Some('级' | '級'));
        if !(english || chinese) {
            continue;
        }
        let end = if chinese && matches!(c(k + 1), Some('别' | '別')) { k + 2 } else { k + 1 };
        let measured = w(end).is_some_and(|x| one_of(x, "gap|lead|difference"));
        let denied = a > 0 && w(a - 1).is_some_and(|x| one_of(x, "below|under|sub|subpar"));
        if !measured && !denied {
            out.push(Cue { relation: Relation::Parity, form: Form::Level, tokens: (a, end) });
        }
    }
    out.sort_by_key(|c| c.tokens.0);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::lexer::tokens;

    fn found(text: &str) -> usize {
        named_level_cues(&tokens(text)).len()
    }

    #[test]
    fn a_model_then_level_or_class() {
        assert_eq!(found("the first Sora-level text-to-video model"), 1);
        assert_eq!(found("a GPT-4-class model"), 1);
        assert_eq!(found("o1-level reasoning from a Chinese lab"), 0, "o1 is not a side word");
        assert_eq!(found("GPT-4o level performance"), 1);
        assert_eq!(found("达到Sora级别的视频模型"), 1);
    }

    #[test]
    fn not_a_gap_of_that_level_nor_one_below_it() {
        assert_eq!(found("a GPT-4-level gap remains"), 0);
        assert_eq!(found("still below GPT-4 level"), 0);
        assert_eq!(found("GPT-4 is the best model"), 0);
    }
}
