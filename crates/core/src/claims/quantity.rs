//! Durations as people say them, in English and Chinese, to ranges of months.
//!
//! # Grammar
//!
//! Rules are tried at each token, longest first; a match consumes its tokens. `NUM` is a number
//! ([`number_at`]): digits (`18`, `1.5`), English number words (`one` … `ninety`, `twenty-four`,
//! `one and a half`, `a`/`an` before a unit, `a couple of`), Chinese numerals (`一` … `九十九`,
//! `两`, `半`, `廿` 20, `卅` 30). `UNIT` is years, months, quarters, weeks or days (`yr`, `mo`, `年`, `个月`, `季度`,
//! `周`, `天` …), optionally joined by a hyphen (`18-month`).
//!
//! | rule | English | Chinese |
//! |---|---|---|
//! | Q1 single | `NUM UNIT`: "two years", "18-month" | `NUM UNIT`: 两年, 18个月 |
//! | Q2 range | `NUM (to\|-\|–\|or) NUM UNIT`: "two to three years", "1-2 years", "one or two months" | `NUM (到\|至\|-\|~) NUM UNIT`: 2到3年, 三到六个月; adjacent numerals: 一两年, 两三年 |
//! | Q3 between | `between NUM and NUM UNIT` | — |
//! | Q4 two units | `NUM UNIT (to\|or\|-) NUM UNIT`: "half a year to a year"; `NUM UNIT (or\|to) NUM`: "a year or two" (the unit shared) | — |
//! | Q5 list | `NUM (, NUM)* (and\|or) NUM UNIT`: "three, six and nine months" (min to max) | — |
//! | Q6 and a half | `a UNIT and a half`: "a year and a half" | `NUM 年半`: 一年半 |
//! | Q7 half | `half a UNIT`: "half a year" | `半 UNIT`: 半年 |
//! | Q8 generation | "a generation", "one generation" (no duration) | 一代 |
//!
//! Hedges ([`Hedge`]) are read just before the quantity (and 左右, 以内, 内, 以上, 多 just after):
//! "about", "around", "roughly", "approximately", 约, 大约, 大概 keep the range; "nearly",
//! "almost", 将近 keep it too; "at least", "more than", "over", 超过, 至少, a trailing 多 open the
//! top (no maximum), as do 至少有, 以上; "less than", "under", "within", "up to", 不到, 以内, a
//! trailing 内 (6个月内) set the minimum to 0, except after 至少 (至少两年内, "for at least two
//! years"). A hedge before a two-character verb of the gap right before the duration hedges
//! it too (至少落后三年, 起码相差两年, 大约领先半年).
//!
//! Not gaps, and skipped: numbers of four digits followed by 年 (2023年, a calendar year) and a
//! duration right after one (2025年一年时间, the year 2025), horizons ("over the next five
//! years", "the past two years", 未来五年, 在未来的5到10年内, 今后两年, 过去两年), offsets in time ("four months ago", "two years later"),
//! calendar halves (上半年, 下半年), fractions ("a quarter of the H100"), and names ("the
//! Five-Year Plan", 五年规划, "a ten-year bond"); an age is a gap ("on par with US models that
//! are six months old").

use super::lexer::{Kind, Token};

/// How a hedge changed (or did not change) a quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hedge {
    /// "about", "around", "roughly", 约 …: the range stays.
    About,
    /// "nearly", "almost", 将近: the range stays.
    Nearly,
    /// "at least", "more than", "over", 超过, 至少, …多: no maximum.
    AtLeast,
    /// "less than", "under", "within", "up to", 不到, 以内: the minimum is 0.
    AtMost,
}

impl Hedge {
    /// The name used in the parse result (`"about"`, `"nearly"`, `"at_least"`, `"at_most"`).
    pub fn name(self) -> &'static str {
        match self {
            Hedge::About => "about",
            Hedge::Nearly => "nearly",
            Hedge::AtLeast => "at_least",
            Hedge::AtMost => "at_most",
        }
    }
}

/// A range of months `(min, max)`, `max = None` open-ended; `None` for a gap with no duration
/// ("a generation").
pub type Months = Option<(f64, Option<f64>)>;

/// A duration found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// `(min, max)` in months; `max = None` is open-ended; `None` for "a generation".
    pub months: Months,
    /// Character span of the quantity, hedges included.
    pub span: (usize, usize),
    /// Hedges that applied.
    pub hedges: Vec<Hedge>,
}

const EN_NUMBERS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("half", 0.5),
];

fn zh_digit(c: char) -> Option<f64> {
    Some(match c {
        '零' | '〇' => 0.0,
        '一' => 1.0,
        '二' | '两' | '兩' => 2.0,
        '三' => 3.0,
        '四' => 4.0,
        '五' => 5.0,
        '六' => 6.0,
        '七' => 7.0,
        '八' => 8.0,
        '九' => 9.0,
        _ => return None,
    })
}

/// Months per unit word at token `i`, and the index after the unit.
fn unit_at(t: &[Token], i: usize) -> Option<(f64, usize)> {
    // An optional hyphen joins number and unit: "18-month".
    let i = if t.get(i).and_then(Token::char) == Some('-') { i + 1 } else { i };
    let tok = t.get(i)?;
    if let Some(w) = tok.word() {
        let months = match w {
            "year" | "years" | "yr" | "yrs" => 12.0,
            "month" | "months" | "mo" | "mos" => 1.0,
            // "a quarter of the H100" is a fraction.
            "quarter" | "quarters" if t.get(i + 1).and_then(Token::word) != Some("of") => 3.0,
            "week" | "weeks" => 12.0 / 52.0,
            "day" | "days" => 1.0 / 30.4375,
            _ => return None,
        };
        return Some((months, i + 1));
    }
    match tok.char()? {
        '年' => Some((12.0, i + 1)),
        '个' | '個' if t.get(i + 1).and_then(Token::char) == Some('月') => Some((1.0, i + 2)),
        '季' if t.get(i + 1).and_then(Token::char) == Some('度') => Some((3.0, i + 2)),
        '周' | '週' => Some((12.0 / 52.0, i + 1)),
        '星' if t.get(i + 1).and_then(Token::char) == Some('期') => Some((12.0 / 52.0, i + 2)),
        '天' | '日' => Some((1.0 / 30.4375, i + 1)),
        _ => None,
    }
}

/// The value of an English number word: a table lookup, since it runs for every word of a text.
fn en_number(word: &str) -> Option<f64> {
    static TABLE: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, f64>> =
        std::sync::OnceLock::new();
    TABLE.get_or_init(|| EN_NUMBERS.iter().copied().collect()).get(word).copied()
}

/// A number at token `i` and the index after it.
pub fn number_at(t: &[Token], i: usize) -> Option<(f64, usize)> {
    let tok = t.get(i)?;
    match &tok.kind {
        Kind::Number(v) => Some((*v, i + 1)),
        Kind::Word(w) => {
            let w = w.as_str();
            if w == "a" || w == "an" {
                // "a couple of" = 2; "a"/"an" before a unit = 1.
                if t.get(i + 1).and_then(Token::word) == Some("couple") {
                    let next = if t.get(i + 2).and_then(Token::word) == Some("of") {
                        i + 3
                    } else {
                        i + 2
                    };
                    return Some((2.0, next));
                }
                return unit_at(t, i + 1).map(|_| (1.0, i + 1));
            }
            let mut value = en_number(w)?;
            let mut next = i + 1;
            // "twenty-four" / "twenty four"
            if value >= 20.0 && value % 10.0 == 0.0 {
                let j =
                    if t.get(next).and_then(Token::char) == Some('-') { next + 1 } else { next };
                if let Some(unit) = t.get(j).and_then(Token::word).and_then(en_number)
                    && (1.0..=9.0).contains(&unit)
                {
                    value += unit;
                    next = j + 1;
                }
            }
            // "one and a half"
            let word = |k: usize| t.get(k).and_then(Token::word);
            if (word(next), word(next + 1), word(next + 2))
                == (Some("and"), Some("a"), Some("half"))
            {
                value += 0.5;
                next += 3;
            }
            Some((value, next))
        }
        Kind::Char(c) => {
            // Chinese: 十, 十八, 二十, 二十四, 半, 廿 (20), 卅 (30).
            if *c == '半' {
                return Some((0.5, i + 1));
            }
            let d = |k: usize| t.get(k).and_then(Token::char).and_then(zh_digit);
            if let Some(tens) = match c {
                '廿' => Some(20.0),
                '卅' => Some(30.0),
                _ => None,
            } {
                return Some(match d(i + 1) {
                    Some(u) => (tens + u, i + 2),
                    None => (tens, i + 1),
                });
            }
            let is_ten = |k: usize| t.get(k).and_then(Token::char) == Some('十');
            if is_ten(i) {
                return Some(match d(i + 1) {
                    Some(u) => (10.0 + u, i + 2),
                    None => (10.0, i + 1),
                });
            }
            let first = zh_digit(*c)?;
            if is_ten(i + 1) {
                return Some(match d(i + 2) {
                    Some(u) => (first * 10.0 + u, i + 3),
                    None => (first * 10.0, i + 2),
                });
            }
            Some((first, i + 1))
        }
    }
}

/// A quantity with its unit (Q1, Q6, Q7 and the Chinese adjacent-numeral range) at token `i`:
/// `((min, max) in months, next index)`.
fn single_at(t: &[Token], i: usize) -> Option<((f64, f64), usize)> {
    let word = |k: usize| t.get(k).and_then(Token::word);
    let ch = |k: usize| t.get(k).and_then(Token::char);
    // Q7: half a UNIT
    if word(i) == Some("half") && matches!(word(i + 1), Some("a" | "an")) {
        let (u, next) = unit_at(t, i + 2)?;
        return Some(((u / 2.0, u / 2.0), next));
    }
    let (a, j) = number_at(t, i)?;
    // A calendar year (2023年) is a date, not a duration.
    if a >= 1000.0 && ch(j) == Some('年') {
        return None;
    }
    // Chinese adjacent numerals: 一两年, 两三年, 三四个月
    if let Some(b) = ch(j).and_then(zh_digit).filter(|&b| b == a + 1.0 || (a == 1.0 && b == 2.0)) {
        let (u, next) = unit_at(t, j + 1)?;
        return Some(((a * u, b * u), next));
    }
    let (u, k) = unit_at(t, j)?;
    // Q6: 一年半 / "a year and a half"
    if ch(k) == Some('半') {
        return Some((((a + 0.5) * u, (a + 0.5) * u), k + 1));
    }
    let words: Vec<Option<&str>> = (k..k + 3).map(word).collect();
    if words == [Some("and"), Some("a"), Some("half")] {
        return Some((((a + 0.5) * u, (a + 0.5) * u), k + 3));
    }
    Some(((a * u, a * u), k))
}

/// Is token `k` a range separator (`to`, `or`, `-`, `–`, `到`, `至`, `~`)?
fn range_separator(t: &[Token], k: usize) -> bool {
    matches!(t.get(k).and_then(Token::word), Some("to" | "or"))
        || matches!(
            t.get(k).and_then(Token::char),
            Some('-' | '–' | '—' | '~' | '～' | '到' | '至')
        )
}

/// A quantity without hedges starting at token `i`: `((min, max) in months, next index)`.
fn bare_at(t: &[Token], i: usize) -> Option<(Months, usize)> {
    let word = |k: usize| t.get(k).and_then(Token::word);
    let ch = |k: usize| t.get(k).and_then(Token::char);
    // Q8: a generation / 一代
    if matches!(word(i), Some("a" | "one")) && word(i + 1) == Some("generation") {
        return Some((None, i + 2));
    }
    if ch(i) == Some('一') && ch(i + 1) == Some('代') {
        return Some((None, i + 2));
    }
    // Q3: between NUM and NUM UNIT
    if word(i) == Some("between") {
        // "between a three and six month lead": an article may follow.
        let first = if matches!(word(i + 1), Some("a" | "an")) { i + 2 } else { i + 1 };
        let (a, j) = number_at(t, first)?;
        if word(j) != Some("and") {
            return None;
        }
        let (b, k) = number_at(t, j + 1)?;
        let (u, next) = unit_at(t, k)?;
        return Some((Some((a.min(b) * u, Some(a.max(b) * u))), next));
    }
    // Q1, Q6, Q7, and Q4: two of them joined by a range separator.
    if let Some(((lo, hi), k)) = single_at(t, i) {
        if range_separator(t, k)
            && let Some(((lo2, hi2), next)) = single_at(t, k + 1)
        {
            return Some((Some((lo.min(lo2), Some(hi.max(hi2)))), next));
        }
        // Q4': "a year or two", "a month or two": the second number takes the first's unit.
        if matches!(word(k), Some("or" | "to"))
            && let Some((b, next)) = number_at(t, k + 1)
            && unit_at(t, next).is_none()
            && word(next).is_none_or(|w| {
                super::relation::one_of(w, "behind|ahead|of|in|and|or|but|even|at|ago|later|from|to|before|after|more|now|for|with")
            })
            && let Some((_, j)) = number_at(t, i)
            && let Some((u, _)) = unit_at(t, j)
            && b * u > hi
        {
            return Some((Some((lo, Some(b * u))), next));
        }
        return Some((Some((lo, Some(hi))), k));
    }
    // Q2: NUM (to|or|-|–|到|至|~) NUM UNIT; Q5: NUM (, NUM)* (and|or) NUM UNIT
    let (a, j) = number_at(t, i)?;
    let mut values = vec![a];
    let mut k = j;
    loop {
        let sep =
            range_separator(t, k) || word(k) == Some("and") || matches!(ch(k), Some(',' | '、'));
        if !sep {
            return None;
        }
        let (b, next) = number_at(t, k + 1)?;
        values.push(b);
        k = next;
        if let Some((u, end)) = unit_at(t, k) {
            let lo = values.iter().copied().fold(f64::INFINITY, f64::min) * u;
            let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max) * u;
            return Some((Some((lo, Some(hi))), end));
        }
    }
}

/// A hedge before a two-character verb of the gap right before token `i` (至少落后三年, 大约领先
/// 半年, 起码相差两年).
fn hedge_over_verb(t: &[Token], i: usize) -> Option<Hedge> {
    let ch = |k: usize| t.get(k).and_then(Token::char);
    if i < 4 {
        return None;
    }
    let verb: String = [ch(i - 2)?, ch(i - 1)?].iter().collect();
    if !matches!(
        verb.as_str(),
        "落后" | "落後" | "领先" | "領先" | "相差" | "差了" | "滞后" | "滯後" | "超前"
    ) {
        return None;
    }
    match (ch(i - 4)?, ch(i - 3)?) {
        ('至' | '最', '少') | ('起', '码') | ('起', '碼') => Some(Hedge::AtLeast),
        ('大', '约' | '約' | '概') => Some(Hedge::About),
        ('将' | '將', '近') => Some(Hedge::Nearly),
        _ => None,
    }
}

/// Hedge words ending right before token `i`: the hedge and the index where they start.
fn hedge_before(t: &[Token], i: usize) -> Option<(Hedge, usize)> {
    let word = |k: usize| t.get(k).and_then(Token::word);
    let ch = |k: usize| t.get(k).and_then(Token::char);
    let two = |a: &str, b: &str| i >= 2 && word(i - 2) == Some(a) && word(i - 1) == Some(b);
    if two("at", "least") || two("more", "than") || two("greater", "than") {
        return Some((Hedge::AtLeast, i - 2));
    }
    if two("less", "than") || two("up", "to") || two("fewer", "than") {
        return Some((Hedge::AtMost, i - 2));
    }
    let cjk2 = |a: char, b: char| i >= 2 && ch(i - 2) == Some(a) && ch(i - 1) == Some(b);
    if cjk2('大', '约') || cjk2('大', '概') || cjk2('大', '約') {
        return Some((Hedge::About, i - 2));
    }
    if cjk2('超', '过') || cjk2('超', '過') || cjk2('至', '少') {
        return Some((Hedge::AtLeast, i - 2));
    }
    // 至少有两年: the verb 有 may stand between the hedge and the number.
    let cjk3 = |a: char, b: char, c: char| {
        i >= 3 && ch(i - 3) == Some(a) && ch(i - 2) == Some(b) && ch(i - 1) == Some(c)
    };
    if cjk3('至', '少', '有') || cjk3('超', '过', '了') || cjk3('超', '過', '了') {
        return Some((Hedge::AtLeast, i - 3));
    }
    if cjk2('不', '到') {
        return Some((Hedge::AtMost, i - 2));
    }
    if cjk2('将', '近') || cjk2('將', '近') || cjk2('差', '不') {
        return Some((Hedge::Nearly, i - 2));
    }
    let prev = i.checked_sub(1)?;
    let hedge = match (word(prev), ch(prev)) {
        (
            Some(
                "about" | "around" | "roughly" | "approximately" | "some" | "maybe" | "perhaps"
                | "probably",
            ),
            _,
        ) => Hedge::About,
        (Some("nearly" | "almost"), _) => Hedge::Nearly,
        (Some("over"), _) => Hedge::AtLeast,
        (Some("under" | "within"), _) => Hedge::AtMost,
        (_, Some('约' | '約')) => Hedge::About,
        _ => return None,
    };
    Some((hedge, prev))
}

fn apply(months: Months, hedge: Hedge) -> Months {
    let (min, max) = months?;
    Some(match hedge {
        Hedge::About | Hedge::Nearly => (min, max),
        Hedge::AtLeast => (min, None),
        Hedge::AtMost => (0.0, max.or(Some(min))),
    })
}

/// Every quantity in the tokens, left to right, not overlapping.
pub fn quantities(t: &[Token]) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let Some((mut months, mut next)) = bare_at(t, i) else {
            i += 1;
            continue;
        };
        let mut hedges = Vec::new();
        let mut start = i;
        // Hedges before, possibly two ("maybe about").
        while let Some((h, s)) = hedge_before(t, start) {
            if out.last().is_some_and(|q: &Quantity| q.span.1 > t[s].span.0) {
                break;
            }
            months = apply(months, h);
            hedges.push(h);
            start = s;
        }
        // 至少落后三年, 大约领先半年: a hedge before the verb of the gap hedges its duration; the
        // span stays the duration's, as the verb is the relation's.
        if hedges.is_empty()
            && let Some(h) = hedge_over_verb(t, start)
        {
            months = apply(months, h);
            hedges.push(h);
        }
        // Chinese hedges after: 左右 (about), 以内 (at most), 多 (more than).
        let ch = |k: usize| t.get(k).and_then(Token::char);
        let after = match (ch(next), ch(next + 1)) {
            (Some('左'), Some('右')) => Some((Hedge::About, next + 2)),
            (Some('以'), Some('内' | '內')) => Some((Hedge::AtMost, next + 2)),
            // 6个月内: "within six months".
            (Some('内' | '內'), _) => Some((Hedge::AtMost, next + 1)),
            (Some('以'), Some('上')) => Some((Hedge::AtLeast, next + 2)),
            (Some('多'), _) => Some((Hedge::AtLeast, next + 1)),
            _ => None,
        };
        if let Some((h, end)) = after {
            // 至少两年内: "for at least two years", the 内 opens no range below.
            if !(h == Hedge::AtMost && hedges.contains(&Hedge::AtLeast)) {
                months = apply(months, h);
                hedges.push(h);
            }
            next = end;
        }
        let span = (t[start].span.0, t[next - 1].span.1);
        // Not gaps: a horizon ("over the next five years") or an offset in time ("four months
        // ago"), and Chinese calendar halves (上半年, 下半年).
        let word = |k: usize| t.get(k).and_then(Token::word);
        let horizon =
            start > 0 && matches!(word(start - 1), Some("next" | "coming" | "past" | "last"));
        // 未来五年, 在未来的5到10年内, 今后两年, 过去两年: a horizon too.
        let ch = |k: usize| t.get(k).and_then(Token::char);
        let before = if start > 0 && ch(start - 1) == Some('的') { start - 1 } else { start };
        let horizon = horizon
            || (before >= 2
                && matches!(
                    (ch(before - 2), ch(before - 1)),
                    (Some('未'), Some('来' | '來'))
                        | (Some('今'), Some('后' | '後'))
                        | (Some('过' | '過'), Some('去'))
                        | (Some('下'), Some('来' | '來'))
                ));
        // "where US models were six months ago" is a lag (claims::past_level), not an offset.
        let offset = matches!(word(next), Some("ago" | "later" | "earlier" | "from now"))
            && super::past_level::past_level_at(t, next).is_none();
        let calendar_half = start > 0
            && matches!(t[start].char(), Some('半'))
            && matches!(t[start - 1].char(), Some('上' | '下'));
        // 2025年一年时间: the calendar year 2025, not a gap of a year.
        let of_a_year = start > 1
            && t[start - 1].char() == Some('年')
            && matches!(t[start - 2].kind, Kind::Number(y) if y >= 1000.0);
        // "the 14th Five-Year Plan", 五年规划: a name, not a gap. (An age is one: "models
        // that are six months old".)
        let named = {
            let after =
                if t.get(next).and_then(Token::char) == Some('-') { next + 1 } else { next };
            word(after).is_some_and(|w| {
                super::relation::one_of(w, "plan|plans|program|programme|programs|high|low|anniversary|bond|bonds|strategy|cycle|mission")
            }) || (matches!(t.get(next).and_then(Token::char), Some('规' | '規' | '计' | '計'))
                && matches!(t.get(next + 1).and_then(Token::char), Some('划' | '劃')))
        };
        if !(horizon || offset || calendar_half || of_a_year || named) {
            out.push(Quantity { months, span, hedges });
        }
        i = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::lexer::tokens;

    /// The first quantity's (min, max) in months, hedge names, and spanned text.
    fn first(text: &str) -> Option<(Months, Vec<&'static str>, String)> {
        let q = quantities(&tokens(text)).into_iter().next()?;
        let spanned: String = text.chars().skip(q.span.0).take(q.span.1 - q.span.0).collect();
        Some((q.months, q.hedges.iter().map(|h| h.name()).collect(), spanned))
    }

    #[test]
    fn english_quantities() {
        let cases: &[(&str, &str, Months, &[&str], &str)] = &[
            ("digits decimal", "still a 1.5-year gap", Some((18.0, Some(18.0))), &[], "1.5-year"),
            ("word", "two years behind", Some((24.0, Some(24.0))), &[], "two years"),
            (
                "range words",
                "\"two to three years behind\"",
                Some((24.0, Some(36.0))),
                &[],
                "two to three years",
            ),
            (
                "range or",
                "only about one or two months behind",
                Some((1.0, Some(2.0))),
                &["about"],
                "about one or two months",
            ),
            (
                "range digits",
                "maybe 3-6 months",
                Some((3.0, Some(6.0))),
                &["about"],
                "maybe 3-6 months",
            ),
            ("en dash", "7–10 months", Some((7.0, Some(10.0))), &[], "7–10 months"),
            (
                "between",
                "between 6 and 12 months",
                Some((6.0, Some(12.0))),
                &[],
                "between 6 and 12 months",
            ),
            (
                "half a year to a year",
                "about half a year to a year behind",
                Some((6.0, Some(12.0))),
                &["about"],
                "about half a year to a year",
            ),
            (
                "a year and a half",
                "a year and a half behind",
                Some((18.0, Some(18.0))),
                &[],
                "a year and a half",
            ),
            (
                "one and a half",
                "one and a half to two years",
                Some((18.0, Some(24.0))),
                &[],
                "one and a half to two years",
            ),
            ("couple", "a couple of years", Some((24.0, Some(24.0))), &[], "a couple of years"),
            ("hyphen unit", "an 18-month lag", Some((18.0, Some(18.0))), &[], "18-month"),
            (
                "list",
                "between three, six and nine months behind",
                Some((3.0, Some(9.0))),
                &[],
                "three, six and nine months",
            ),
            (
                "more than",
                "more than two years",
                Some((24.0, None)),
                &["at_least"],
                "more than two years",
            ),
            (
                "at least",
                "at least 6 months",
                Some((6.0, None)),
                &["at_least"],
                "at least 6 months",
            ),
            (
                "less than",
                "less than a year",
                Some((0.0, Some(12.0))),
                &["at_most"],
                "less than a year",
            ),
            ("within", "within 3 months", Some((0.0, Some(3.0))), &["at_most"], "within 3 months"),
            (
                "nearly",
                "nearly two years",
                Some((24.0, Some(24.0))),
                &["nearly"],
                "nearly two years",
            ),
            (
                "twenty-four",
                "twenty-four months",
                Some((24.0, Some(24.0))),
                &[],
                "twenty-four months",
            ),
            (
                "weeks",
                "six weeks",
                Some((6.0 * 12.0 / 52.0, Some(6.0 * 12.0 / 52.0))),
                &[],
                "six weeks",
            ),
            ("quarters", "two quarters", Some((6.0, Some(6.0))), &[], "two quarters"),
            ("generation", "a generation behind", None, &[], "a generation"),
        ];
        for (label, text, months, hedges, spanned) in cases {
            let (m, h, s) =
                first(text).unwrap_or_else(|| panic!("{label}: no quantity in {text:?}"));
            assert_eq!(m, *months, "{label}");
            assert_eq!(h, *hedges, "{label}");
            assert_eq!(s, *spanned, "{label}");
        }
    }

    #[test]
    fn chinese_quantities() {
        let cases: &[(&str, &str, Months, &[&str])] = &[
            ("digits range", "差距在2到3年時間", Some((24.0, Some(36.0))), &[]),
            ("year and a half", "仍存在一年半的技术差距", Some((18.0, Some(18.0))), &[]),
            ("half year", "落后半年", Some((6.0, Some(6.0))), &[]),
            ("one or two years", "可能就是一两年", Some((12.0, Some(24.0))), &[]),
            ("two or three years", "落后两三年", Some((24.0, Some(36.0))), &[]),
            ("months", "落后18个月", Some((18.0, Some(18.0))), &[]),
            ("numeral range months", "三到六个月", Some((3.0, Some(6.0))), &[]),
            ("one or two months", "一两个月的差别", Some((1.0, Some(2.0))), &[]),
            ("about", "大约两年", Some((24.0, Some(24.0))), &["about"]),
            ("trailing about", "一年左右", Some((12.0, Some(12.0))), &["about"]),
            ("more than", "超过两年", Some((24.0, None)), &["at_least"]),
            ("trailing more", "一年多", Some((12.0, None)), &["at_least"]),
            ("less than", "不到一年", Some((0.0, Some(12.0))), &["at_most"]),
            ("within", "三个月以内", Some((0.0, Some(3.0))), &["at_most"]),
            ("tens", "二十四个月", Some((24.0, Some(24.0))), &[]),
            ("generation", "落后一代", None, &[]),
        ];
        for (label, text, months, hedges) in cases {
            let (m, h, _) =
                first(text).unwrap_or_else(|| panic!("{label}: no quantity in {text:?}"));
            assert_eq!(m, *months, "{label}");
            assert_eq!(h, *hedges, "{label}");
        }
    }

    #[test]
    fn calendar_years_and_bare_numbers_are_not_durations() {
        for text in [
            "2023年3月",
            "GPT-4",
            "in 2024",
            "MMLU 86.4",
            "3 of them",
            "over the next five years",
            "which came out about four months ago",
            "明年上半年",
            "未来五年",
            "在未来的5到10年内",
            "今后两年",
            "过去两年",
        ] {
            assert_eq!(first(text), None, "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_gives_spans_inside_it_and_no_panic(text in "\\PC{0,60}") {
            let len = text.chars().count();
            for q in quantities(&tokens(&text)) {
                proptest::prop_assert!(q.span.0 < q.span.1 && q.span.1 <= len, "{:?} in {:?}", q.span, text);
            }
        }

        #[test]
        fn number_and_unit_soup_never_panics(text in "[0-9一二两三半十年个月 .,toandorhalfyearsmonth-]{0,40}") {
            let len = text.chars().count();
            for q in quantities(&tokens(&text)) {
                proptest::prop_assert!(q.span.1 <= len);
            }
        }
    }
}
