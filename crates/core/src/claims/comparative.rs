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

//! 5. **Chinese 比.** 比 with an adjective of degree after it, at most ten tokens between and
//!    no punctuation (国产模型比GPT-4更强, 比英伟达慢, 的得分比GPT-4高, 算力比美国少得多), is a
//!    directional cue from 比 to the adjective: 强, 好, 高, 快, 多, 大, 优, 先进, 领先 → ahead;
//!    弱, 差, 低, 慢, 少, 小, 落后 → behind. The side between is what the subject is measured
//!    against, so it turns with the sides (美国模型比国产模型强 is China behind), and 不 right
//!    before 比 negates it (不比GPT-4差: not behind, parity). Not 比较 (relatively), 比肩,
//!    比不上, 比例, 比如, 比赛, 比重, 比拼, 比起, 比特, 比亚迪, 比利时, nor 相比, 对比, 无比, 好比.

//! 6. **Chinese contests of ability.** 与, 和, 同 or 跟 right after a word of ability (能, 可以,
//!    可, 足以, 得以, 有能力; or its negation 无法, 不能, 难以, 没法, 不足以), then at most ten
//!    characters and 竞争, 抗衡, 较量, 比拼 or 一战 (国产芯片已能与英伟达抗衡, 也能与之一战), is a
//!    *near* level from 与 to the verb, as "can compete with" is; the negation before it makes
//!    it a lag (无法与Google和OpenAI竞争: behind), as "cannot compete with" is. Without a word of
//!    ability, 与美国竞争 is a rivalry (在全球AI竞争中, "competing with … for talent"), no level.

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
    out.extend(than_zh(t));
    out.extend(contests_zh(t));
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

/// The Chinese 比 comparatives of the tokens (rule 5).
fn than_zh(t: &[Token]) -> Vec<Cue> {
    let c = |k: usize| t.get(k).and_then(Token::char);
    let mut out = Vec::new();
    for i in 0..t.len() {
        // 相比, 对比, 无比, 好比, 类比: "compared with", "incomparably", "like", no comparative.
        let compound = i > 0 && c(i - 1).is_some_and(|x| "相对對无無好类類".contains(x));
        if c(i) != Some('比')
            || compound
            || c(i + 1).is_some_and(|x| "较較肩不例如赛賽重拼起特亚亞利".contains(x))
        {
            continue;
        }
        let found = (i + 2..(i + 12).min(t.len()))
            .take_while(|&k| c(k).is_none_or(|x| x.is_alphanumeric() || matches!(x, '-' | '.')))
            .find_map(|k| {
                let (here, next) = (c(k)?, c(k + 1));
                let two = |a: char, b: &str| here == a && next.is_some_and(|n| b.contains(n));
                if two('先', "进進") || two('领', "先") || two('領', "先") {
                    Some((Relation::Ahead, k + 2))
                } else if two('落', "后後") {
                    Some((Relation::Behind, k + 2))
                } else if "强強好高快多大优優".contains(here) {
                    Some((Relation::Ahead, k + 1))
                } else if "弱差低慢少小".contains(here)
                    && !(here == '差' && next == Some('距'))
                    && !(here == '小' && matches!(next, Some('时' | '時')))
                {
                    Some((Relation::Behind, k + 1))
                } else {
                    None
                }
            });
        if let Some((relation, end)) = found {
            out.push(Cue { relation, form: Form::Directional, tokens: (i, end) });
        }
    }
    out
}

/// Chinese contests of ability (rule 6): the near levels 能与…竞争, 足以与…抗衡, 能与之一战.
fn contests_zh(t: &[Token]) -> Vec<Cue> {
    let c = |k: usize| t.get(k).and_then(Token::char);
    let mut out = Vec::new();
    for i in 1..t.len() {
        if !c(i).is_some_and(|x| "与與和同跟".contains(x)) {
            continue;
        }
        // The word of ability right before (over 已, 也, 完全 …: at most two characters).
        let able = (i.saturating_sub(4)..i).any(|k| {
            let (a, b) = (c(k), c(k + 1));
            let word = matches!(
                (a, b),
                (Some('能'), _)
                    | (Some('可'), _)
                    | (Some('足'), Some('以'))
                    | (Some('得'), Some('以'))
                    | (Some('无' | '無'), Some('法'))
                    | (Some('难' | '難'), Some('以'))
                    | (Some('没' | '沒'), Some('法'))
            );
            word && (k + 1..i).all(|m| c(m).is_some_and(|x| !"，,。；;：:".contains(x)))
        });
        if !able {
            continue;
        }
        let verb = (i + 1..(i + 12).min(t.len()))
            .take_while(|&k| c(k).is_none_or(|x| !"，,。；;：:！？!?".contains(x)))
            .find_map(|k| {
                let (here, next) = (c(k)?, c(k + 1));
                let two =
                    |a: &str, b: &str| a.contains(here) && next.is_some_and(|n| b.contains(n));
                (two("竞競", "争爭")
                    || two("抗", "衡")
                    || two("较較", "量")
                    || two("比", "拼")
                    || two("一", "战戰"))
                .then_some(k + 2)
            });
        if let Some(end) = verb {
            out.push(Cue { relation: Relation::Near, form: Form::Level, tokens: (i, end) });
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
            ("国产模型比GPT-4更强", Some("ahead")),
            ("国产芯片比英伟达慢", Some("behind")),
            ("中国的算力比美国少得多", Some("behind")),
            ("比较先进的模型", None),
            ("比亚迪的销量很高", None),
            ("国产芯片已能与英伟达抗衡", Some("near")),
            // The cue is the level; the negation before it is read with the sides (a lag).
            ("无法与Google和OpenAI竞争", Some("near")),
            ("中国与美国竞争激烈", None),
            ("在全球AI竞争中", None),
            ("比赛中表现很好", None),
            ("国产模型比GPT-4，差距明显", None),
            ("与美国相比仍有差距", None),
        ] {
            let t = tokens(text);
            let got = comparative_cues(&t).first().map(|c| c.relation.name());
            assert_eq!(got, expected, "{text}");
        }
    }
}
