//! Shares and multiples as comparatives: "about 60% of the performance of Nvidia's H100",
//! "only a quarter of the H100", 约为英伟达H100的60%, 只有美国的三分之一 (behind), and "three
//! times the compute of China", 是国产芯片的四倍 (ahead).
//!
//! # Rules
//!
//! 1. **English.** A share below 100 % ("60%", "60 percent", "half", "a third", "a quarter",
//!    "a fraction", "two-thirds") followed by "of", with a side word or a model-like name
//!    ("H100", "GPT-4": letters joined to digits) within the six tokens after "of" and no
//!    punctuation between, is a *behind* cue from the share to "of", unless it is what was
//!    spent ("using only 1% of the compute of US labs", "at a fraction of the cost of"); "N times the … of" or
//!    "N times more/faster/larger … than", "twice the … of" and "N times as many … as" with N
//!    above 1 are *ahead* cues, "half as many … as" a *behind* one. A share of
//!    something that names no side or model ("75% of the world's compute") is no comparison.
//! 2. **Chinese.** 的 followed by a share (60%, 百分之六十, 三分之一, 九成, 一半) is a *behind*
//!    cue, and 的 followed by a multiple (三倍, 3倍) an *ahead* one, when a verb of measure
//!    (为, 是, 有, 达到, 相当于, 仅, 只, 不到, 不足) stands before it in its clause; the cue spans from
//!    the verb to the share, so the side between them (约为**英伟达H100**的60%) is what the
//!    share is of, and the subject is the side before the verb.
//! 3. A share or multiple is a directional cue ([`Form::Directional`]): its subject is found
//!    and it is turned with the sides as any other ("Nvidia's H20 has a fraction of the
//!    performance of Huawei's" is China ahead). Phrase cues inside its span (相当 in 相当于,
//!    达到) are left to it.

use super::lexer::{Kind, Token};
use super::relation::{Cue, Form, Relation, one_of, sides};

/// Is token `k` a number written in digits?
fn digits(t: &[Token], k: usize) -> Option<f64> {
    match t.get(k)?.kind {
        Kind::Number(v) => Some(v),
        _ => None,
    }
}

/// Does a side word or a model-like name (a word joined to digits: "H100", "GPT-4") start
/// within the six tokens from `from`, before any punctuation?
fn names_something(t: &[Token], from: usize, side_starts: &[usize]) -> bool {
    for k in from..(from + 6).min(t.len()) {
        if side_starts.contains(&k) {
            return true;
        }
        let joined = |j: usize| t.get(j).is_some_and(|n| n.span.0 == t[k].span.1);
        let model = t[k].word().is_some()
            && ((joined(k + 1) && digits(t, k + 1).is_some())
                || (joined(k + 1)
                    && t.get(k + 1).and_then(Token::char) == Some('-')
                    && digits(t, k + 2).is_some()));
        if model {
            return true;
        }
        if t[k].word().is_none() && digits(t, k).is_none() && t[k].char() != Some('\'') {
            // "Nvidia's" is nvidia ' s; other punctuation ends the phrase.
            if !matches!(t[k].char(), Some('’')) {
                return false;
            }
        }
    }
    false
}

/// English shares and multiples (rule 1).
fn english(t: &[Token], side_starts: &[usize], out: &mut Vec<Cue>) {
    let w = |k: usize| t.get(k).and_then(Token::word);
    for i in 0..t.len() {
        // The share: "60 %", "60 percent", "half", "a third", "two-thirds", "a fraction".
        let share_end = match (digits(t, i), w(i)) {
            (Some(v), _) if v < 100.0 => match (t.get(i + 1).and_then(Token::char), w(i + 1)) {
                (Some('%' | '％'), _) => Some(i + 2),
                (_, Some("percent")) => Some(i + 2),
                _ => None,
            },
            (_, Some("half")) => Some(i + 1),
            (_, Some("a" | "one" | "two")) => {
                let next =
                    if t.get(i + 1).and_then(Token::char) == Some('-') { i + 2 } else { i + 1 };
                w(next)
                    .is_some_and(|x| {
                        one_of(x, "third|thirds|quarter|quarters|fifth|tenth|fraction")
                    })
                    .then_some(next + 1)
            }
            _ => None,
        };
        // "using only 1% of the compute of US labs": what was spent, not how far behind.
        let spent = (i.saturating_sub(3)..i).any(|k| {
            w(k).is_some_and(|x| one_of(x, "using|use|uses|used|spend|spends|spending|spent|cost|costs|costing|consuming|consumes|for|at"))
        });
        if let Some(end) = share_end
            && !spent
            && w(end) == Some("of")
            && names_something(t, end + 1, side_starts)
        {
            out.push(Cue {
                relation: Relation::Behind,
                form: Form::Directional,
                tokens: (i, end + 1),
            });
            continue;
        }
        // A multiple: "three times the compute of", "4 times faster than".
        let times = match (digits(t, i), w(i)) {
            (Some(v), _) => v > 1.0,
            (_, Some(x)) => one_of(x, "two|three|four|five|six|seven|eight|nine|ten|several|many"),
            _ => false,
        };
        // "twice", "three times", "half": the word after the multiple.
        let after = match w(i) {
            Some("twice") => Some((Relation::Ahead, i + 1)),
            Some("half") if w(i + 1) == Some("as") => Some((Relation::Behind, i + 1)),
            _ => (times && w(i + 1) == Some("times")).then_some((Relation::Ahead, i + 2)),
        };
        if let Some((relation, next)) = after {
            // "… the compute of", "… faster than", "… as many researchers as".
            let then = if w(next) == Some("as") {
                (next + 2..(next + 6).min(t.len())).find(|&k| w(k) == Some("as"))
            } else {
                (next..(next + 5).min(t.len()))
                    .find(|&k| w(k).is_some_and(|x| one_of(x, "of|than")))
            };
            if let Some(k) = then
                && names_something(t, k + 1, side_starts)
            {
                out.push(Cue { relation, form: Form::Directional, tokens: (i, k + 1) });
            }
        }
    }
}

/// The share or multiple written right after 的 at token `i`: the relation and the index after
/// it.
fn chinese_share(t: &[Token], i: usize) -> Option<(Relation, usize)> {
    let c = |k: usize| t.get(k).and_then(Token::char);
    let numeral = |k: usize| {
        digits(t, k).is_some() || c(k).is_some_and(|x| "一二两兩三四五六七八九十百几幾".contains(x))
    };
    // 百分之六十
    if c(i) == Some('百') && c(i + 1) == Some('分') && c(i + 2) == Some('之') && numeral(i + 3) {
        let end = (i + 3..t.len()).find(|&k| !numeral(k)).unwrap_or(t.len());
        return Some((Relation::Behind, end));
    }
    if c(i) == Some('一') && c(i + 1) == Some('半') {
        return Some((Relation::Behind, i + 2));
    }
    if !numeral(i) {
        return None;
    }
    let end = (i..t.len()).find(|&k| !numeral(k) && c(k) != Some('.')).unwrap_or(t.len());
    match (c(end), c(end + 1)) {
        (Some('%' | '％'), _) => {
            (digits(t, i).is_none_or(|v| v < 100.0)).then_some((Relation::Behind, end + 1))
        }
        (Some('分'), Some('之')) if numeral(end + 2) => {
            let last = (end + 2..t.len()).find(|&k| !numeral(k)).unwrap_or(t.len());
            Some((Relation::Behind, last))
        }
        (Some('成'), _) => Some((Relation::Behind, end + 1)),
        (Some('倍'), _) => Some((Relation::Ahead, end + 1)),
        _ => None,
    }
}

/// Chinese shares and multiples (rule 2).
fn chinese(t: &[Token], side_spans: &[(usize, usize)], out: &mut Vec<Cue>) {
    let c = |k: usize| t.get(k).and_then(Token::char);
    for i in 0..t.len() {
        if !matches!(c(i), Some('的')) {
            continue;
        }
        let Some((relation, end)) = chinese_share(t, i + 1) else { continue };
        // The nearest verb of measure before it, within its clause (a model's name such as
        // GPT-4 or Qwen2.5 is in one piece), not inside a side's name (华为).
        let verb = (i.saturating_sub(14)..i)
            .rev()
            .take_while(|&k| c(k).is_none_or(|x| x.is_alphanumeric() || matches!(x, '-' | '.')))
            .find(|&k| {
                c(k).is_some_and(|x| "为為是有到足于於仅僅只".contains(x))
                    && !side_spans.iter().any(|&(a, b)| a <= k && k < b)
            });
        if let Some(v) = verb {
            // Take the verb's first character: 达到, 相当于, 不足, 仅为.
            let start = match (c(v.wrapping_sub(1)), c(v)) {
                (Some('达' | '達'), Some('到')) | (Some('不'), Some('足' | '到')) => v - 1,
                (Some('当' | '當'), Some('于' | '於')) if v >= 2 => v - 2,
                (Some('约' | '約' | '仅' | '僅' | '只' | '才'), _) => v - 1,
                _ => v,
            };
            out.push(Cue { relation, form: Form::Directional, tokens: (start, end) });
        }
    }
}

/// The share and multiple cues of the tokens, left to right.
pub(super) fn fraction_cues(t: &[Token]) -> Vec<Cue> {
    let side_spans: Vec<(usize, usize)> = sides(t).iter().map(|(_, span)| *span).collect();
    let side_starts: Vec<usize> = side_spans.iter().map(|(a, _)| *a).collect();
    let mut out = Vec::new();
    english(t, &side_starts, &mut out);
    chinese(t, &side_spans, &mut out);
    out.sort_by_key(|c| c.tokens.0);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::lexer::tokens;

    fn found(text: &str) -> Vec<(&'static str, String)> {
        let t = tokens(text);
        fraction_cues(&t)
            .iter()
            .map(|c| {
                let (a, b) = (t[c.tokens.0].span.0, t[c.tokens.1 - 1].span.1);
                (c.relation.name(), text.chars().skip(a).take(b - a).collect())
            })
            .collect()
    }

    #[test]
    fn shares_and_multiples_of_a_side_or_a_model_are_cues() {
        let cases: [(&str, &[(&str, &str)]); 12] = [
            ("性能仅为华为的一半", &[("behind", "仅为华为的一半")]),
            ("delivers about 60% of the performance of Nvidia's H100", &[("behind", "60% of")]),
            ("only a quarter of the H100", &[("behind", "a quarter of")]),
            ("roughly two-thirds of GPT-4's score", &[("behind", "two-thirds of")]),
            ("three times the compute of China", &[("ahead", "three times the compute of")]),
            ("75% of the world's compute", &[]),
            ("using only about 1% of the compute of top US labs", &[]),
            ("120% of the H100", &[]),
            ("华为昇腾芯片的性能约为英伟达H100的60%", &[("behind", "约为英伟达H100的60%")]),
            ("中国的算力只有美国的三分之一", &[("behind", "只有美国的三分之一")]),
            ("H100的性能是国产芯片的四倍", &[("ahead", "是国产芯片的四倍")]),
            ("他的60%时间", &[]),
        ];
        for (text, expected) in cases {
            let got = found(text);
            let want: Vec<(&str, String)> =
                expected.iter().map(|(r, s)| (*r, s.to_string())).collect();
            assert_eq!(got, want, "{text}");
        }
    }
}
