//! Comparatives with words between: "publish more AI papers than their American
//! counterparts", "fewer advanced chips than the US", "higher scores than GPT-4", and the
//! Chinese "in front of" and "behind" of a place in the race (走在了美国前面, 落在后面).
//!
//! # Rules
//!
//! 1. "more", "higher", "greater", "better", "stronger", "faster", "larger", "bigger" with one
//!    to three words before "than" is an *ahead* cue from the comparative to "than"; "fewer",
//!    "less", "lower", "weaker", "slower", "smaller", "worse" so is a *behind* one. Right before
//!    "than" they are phrase cues already ("better than"), or hedges ("more than two years").
//! 2. Not when "than" is followed by a number ("more advanced chips than 20 years ago" is no
//!    comparison of the sides; "more compute than 10,000 GPUs"), nor across punctuation.
//! 3. A comparative is a directional cue ([`Form::Directional`]): its subject is found and it
//!    is turned with the sides as any other ("the US has more compute than China" is China
//!    behind).
//! 4. **Chinese places in the race.** 走在, 跑在, 站在 (walk, run, stand at) with 前面, 前头,
//!    前边 or 前列 after it, at most six tokens between and no punctuation (走在了美国前面,
//!    走在世界前列), is an *ahead* cue from the verb to the place; 落在, 排在, 跟在 with
//!    后面, 后头, 后边 so is a *behind* one (落在美国后面). The side between is what the
//!    subject is measured against, and the cue turns with the sides (美国走在了中国前面 is
//!    China behind).

use super::lexer::{Kind, Token};
use super::relation::{Cue, Form, Relation, one_of};

/// The comparative cues of the tokens, left to right.
pub(super) fn comparative_cues(t: &[Token]) -> Vec<Cue> {
    let mut out = Vec::new();
    for i in 0..t.len() {
        let relation = match t[i].word() {
            Some(w) if one_of(w, "more|higher|greater|better|stronger|faster|larger|bigger") => {
                Relation::Ahead
            }
            Some(w) if one_of(w, "fewer|less|lower|weaker|slower|smaller|worse") => {
                Relation::Behind
            }
            _ => continue,
        };
        // One to three words, then "than".
        let than = (i + 2..(i + 5).min(t.len()))
            .take_while(|&k| t[k - 1].word().is_some())
            .find(|&k| t[k].word() == Some("than"));
        let Some(than) = than else { continue };
        let number_after = t.get(than + 1).is_some_and(|n| {
            matches!(n.kind, Kind::Number(_)) || super::quantity::number_at(t, than + 1).is_some()
        });
        if !number_after {
            out.push(Cue { relation, form: Form::Directional, tokens: (i, than + 1) });
        }
    }
    out.extend(places(t));
    out.sort_by_key(|c| c.tokens.0);
    out
}

/// The Chinese places in the race of the tokens (rule 4).
fn places(t: &[Token]) -> Vec<Cue> {
    let c = |k: usize| t.get(k).and_then(Token::char);
    let mut out = Vec::new();
    for i in 0..t.len() {
        let (relation, place, ends) = match (c(i), c(i + 1)) {
            (Some('走' | '跑' | '站'), Some('在')) => (Relation::Ahead, '前', "面头頭边邊列"),
            (Some('落' | '排' | '跟'), Some('在')) => (Relation::Behind, '后', "面头頭边邊"),
            _ => continue,
        };
        let end = (i + 2..(i + 9).min(t.len()))
            .take_while(|&k| c(k).is_none_or(|x| x.is_alphanumeric()))
            .find(|&k| {
                (c(k) == Some(place) || (place == '后' && c(k) == Some('後')))
                    && c(k + 1).is_some_and(|x| ends.contains(x))
            });
        if let Some(k) = end {
            out.push(Cue { relation, form: Form::Directional, tokens: (i, k + 2) });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::lexer::tokens;

    #[test]
    fn comparatives_with_words_between_are_cues_and_hedges_are_not() {
        for (text, expected) in [
            (
                "Chinese researchers publish more AI papers than their American counterparts",
                Some("ahead"),
            ),
            ("China has fewer advanced chips than the US", Some("behind")),
            ("US models post higher scores than Chinese ones", Some("ahead")),
            ("more than two years", None),
            ("more advanced chips than 20 years ago", None),
            ("better than GPT-4", None),
        ] {
            let t = tokens(text);
            let got = comparative_cues(&t).first().map(|c| c.relation.name());
            assert_eq!(got, expected, "{text}");
        }
    }
}
