//! Which of a text's durations can be the gap it claims.
//!
//! # Rules
//!
//! 1. **Now over then.** A duration is *past* or *present* by the nearest time word before it in
//!    its sentence: past (previously, formerly, once, "used to", "at the end of", "last year",
//!    "a year ago", 以前, 之前, 此前, 过去, 曾经, 一年前), present (now, today, currently, "at present", "these days",
//!    现在, 目前, 如今, 当前). When the text has a present duration, past ones are not its
//!    claim: "previously a six to nine month gap … now three months behind" claims three months.
//! 2. **Bounds make a range.** A duration with "minimum"/"min"/"shortest" in the three tokens
//!    before it and one with "maximum"/"max"/"longest" are the two ends of one gap: "a minimum
//!    gap of four months and a maximum of 14 months" is 4–14 months.
//! 3. **Elapsed time is not a gap.** A duration followed by "ago" (but not a level of the
//!    past: "where US models were a year ago", [`past_level`](super::past_level)), "since",
//!    来, 以来 or 前, or
//!    after "past", "last" or "recent" ("in the more than a year since …", "the past two
//!    years", 一年多来, 两年前), tells when, not how far behind: it is no candidate. ("A year
//!    later" stays one: "caught up a year later" states a lag.) Nor is a period of the
//!    calendar ("the next three to five years", 过去半年, 未来三到五年, 近两年) or how long
//!    something took ("completed training in only two months", 仅用两个月, 花了三年), or
//!    where a change started ("from two or three years to a few months", 从两三年缩短到几个月).
//! 4. Otherwise every duration stays a candidate; the parser takes the one nearest the relation.

use super::lexer::Token;
use super::quantity::Quantity;
use super::relation::one_of;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Present,
}

/// Does a time phrase end at token `k` (inclusive)? Which tense it marks.
fn time_word_ending_at(t: &[Token], k: usize) -> Option<Tense> {
    let w = |i: usize| t.get(i).and_then(Token::word);
    let c = |i: usize| t.get(i).and_then(Token::char);
    let before = |n: usize| k.checked_sub(n);
    match (w(k), c(k)) {
        (Some("previously" | "formerly" | "once" | "earlier" | "ago"), _) => Some(Tense::Past),
        (Some("to"), _) if before(1).and_then(w) == Some("used") => Some(Tense::Past),
        (Some("year"), _) if before(1).and_then(w) == Some("last") => Some(Tense::Past),
        (Some("of"), _)
            if before(1).and_then(w) == Some("end") && before(2).and_then(w) == Some("the") =>
        {
            Some(Tense::Past)
        }
        (Some("now" | "today" | "currently" | "presently" | "nowadays"), _) => Some(Tense::Present),
        (Some("present"), _) if before(1).and_then(w) == Some("at") => Some(Tense::Present),
        (Some("days"), _) if before(1).and_then(w) == Some("these") => Some(Tense::Present),
        (_, Some(second)) => match (before(1).and_then(c), second) {
            (Some('以' | '之' | '此'), '前')
            | (Some('过' | '過'), '去')
            | (Some('曾'), '经' | '經')
            | (Some('年' | '月'), '前') => Some(Tense::Past),
            (Some('现' | '現'), '在')
            | (Some('目'), '前')
            | (Some('如'), '今')
            | (Some('当' | '當'), '前') => Some(Tense::Present),
            _ => None,
        },
        _ => None,
    }
}

/// For each token, the tense of the nearest time word before it in its sentence: one pass, so
/// a long text with no full stop stays linear.
fn tenses(t: &[Token]) -> Vec<Option<Tense>> {
    let mut out = Vec::with_capacity(t.len());
    let mut current = None;
    for (i, tok) in t.iter().enumerate() {
        out.push(current);
        if matches!(tok.char(), Some('.' | '?' | '!' | '。' | '？' | '！')) {
            current = None;
        } else if let Some(tense) = time_word_ending_at(t, i) {
            current = Some(tense);
        }
    }
    out
}

/// "minimum" (`Some(false)`) or "maximum" (`Some(true)`) in the three tokens before token `k`.
fn bound_before(t: &[Token], k: usize) -> Option<bool> {
    (k.saturating_sub(3)..k).rev().find_map(|i| match t[i].word() {
        Some("minimum" | "min" | "shortest") => Some(false),
        Some("maximum" | "max" | "longest") => Some(true),
        _ => None,
    })
}

/// Rule 3: does the duration at tokens `[a, b)` tell elapsed time?
fn elapsed(t: &[Token], a: usize, b: usize) -> bool {
    let w = |i: usize| t.get(i).and_then(Token::word);
    let c = |i: usize| t.get(i).and_then(Token::char);
    // "where US models were a year ago" is a lag (claims::past_level).
    (w(b) == Some("since")
        || (w(b) == Some("ago") && super::past_level::past_level_at(t, b).is_none()))
        || (matches!(c(b), Some('来' | '來' | '前'))
            && super::past_level::past_level_at(t, b).is_none())
        || (c(b) == Some('以') && matches!(c(b + 1), Some('来' | '來')))
        || a.checked_sub(1)
            .and_then(w)
            .is_some_and(|p| matches!(p, "past" | "last" | "recent" | "next" | "coming"))
        || period_zh(t, a)
        || took(t, a)
        || from_then(t, a, b)
}

/// Is the duration at tokens `[a, b)` where a change started, "from" or 从 right before it and
/// "to", 到, 至 after it in its clause ("from two or three years to a few months",
/// 从两三年缩短到几个月)? The state it changed into is the claim.
fn from_then(t: &[Token], a: usize, b: usize) -> bool {
    let w = |i: usize| t.get(i).and_then(Token::word);
    let c = |i: usize| t.get(i).and_then(Token::char);
    let from = a
        .checked_sub(1)
        .is_some_and(|p| w(p) == Some("from") || c(p) == Some('从') || c(p) == Some('從'));
    from && (b..(b + 6).min(t.len()))
        .take_while(|&k| c(k).is_none_or(|x| x.is_alphanumeric()))
        .any(|k| w(k) == Some("to") || matches!(c(k), Some('到' | '至')))
}

/// Is the duration at token `a` a period of the calendar in Chinese: 过去半年 (the past half
/// year), 未来三到五年 (the next three to five years), 近两年, 这两年, 今后五年?
fn period_zh(t: &[Token], a: usize) -> bool {
    let c = |i: usize| t.get(i).and_then(Token::char);
    let pair = a.checked_sub(2).map(|p| (c(p), c(p + 1)));
    matches!(
        pair,
        Some(
            (Some('过' | '過'), Some('去'))
                | (Some('未'), Some('来' | '來'))
                | (Some('今'), Some('后' | '後'))
        )
    ) || a.checked_sub(1).and_then(c).is_some_and(|p| matches!(p, '近' | '这' | '這'))
}

/// Is the duration at token `a` how long something took: "completed training in only two
/// months", "built in a year", 仅用两个月, 花了三年, 耗时半年?
fn took(t: &[Token], a: usize) -> bool {
    let w = |i: usize| t.get(i).and_then(Token::word);
    let c = |i: usize| t.get(i).and_then(Token::char);
    let back = |n: usize| a.checked_sub(n);
    let english = match back(1).and_then(w) {
        Some("in") => back(2).and_then(w),
        Some("only" | "just") if back(2).and_then(w) == Some("in") => back(3).and_then(w),
        Some("took" | "takes" | "taking" | "spent" | "spending") => Some("took"),
        _ => None,
    }
    .is_some_and(|v| {
        one_of(v, "took|training|trained|completed|built|developed|finished|launched|released|made|done|created|designed")
    });
    let chinese = matches!(back(1).and_then(c), Some('用' | '了' | '时' | '時'))
        && (1..4).any(|n| {
            back(n).and_then(c).is_some_and(|x| matches!(x, '用' | '花' | '耗' | '历' | '歷'))
        });
    english || chinese
}

/// The durations that can be the claim's gap (rules 1–3), in text order.
pub fn candidates(t: &[Token], found: Vec<Quantity>) -> Vec<Quantity> {
    let first_token = |q: &Quantity| t.partition_point(|tok| tok.span.0 < q.span.0);
    let last_token = |q: &Quantity| t.partition_point(|tok| tok.span.0 < q.span.1);
    let found: Vec<Quantity> =
        found.into_iter().filter(|q| !elapsed(t, first_token(q), last_token(q))).collect();
    let by_token = tenses(t);
    let tenses: Vec<Option<Tense>> =
        found.iter().map(|q| by_token.get(first_token(q)).copied().flatten()).collect();
    let mut kept: Vec<Quantity> = if tenses.contains(&Some(Tense::Present)) {
        found
            .into_iter()
            .zip(&tenses)
            .filter(|(_, s)| **s != Some(Tense::Past))
            .map(|(q, _)| q)
            .collect()
    } else {
        found
    };
    let low = kept.iter().position(|q| bound_before(t, first_token(q)) == Some(false));
    let high = kept.iter().position(|q| bound_before(t, first_token(q)) == Some(true));
    if let (Some(lo), Some(hi)) = (low, high)
        && let (Some((lo_min, _)), Some((hi_min, hi_max))) = (kept[lo].months, kept[hi].months)
    {
        let (first, second) = if lo < hi { (lo, hi) } else { (hi, lo) };
        let mut hedges = kept[lo].hedges.clone();
        for h in &kept[hi].hedges {
            if !hedges.contains(h) {
                hedges.push(*h);
            }
        }
        // Read in order, as "3 to 1 years" is: a minimum said above the maximum still makes
        // the range between them, never a range that ends before it starts.
        let hi_end = hi_max.unwrap_or(hi_min);
        let (from, to) = if lo_min <= hi_end { (lo_min, hi_end) } else { (hi_end, lo_min) };
        let merged = Quantity {
            months: Some((from, Some(to))),
            span: (kept[first].span.0, kept[second].span.1),
            hedges,
        };
        kept.remove(second);
        kept[first] = merged;
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::lexer::tokens;
    use crate::claims::quantity::quantities;

    fn gaps(text: &str) -> Vec<(f64, Option<f64>)> {
        let t = tokens(text);
        candidates(&t, quantities(&t)).into_iter().filter_map(|q| q.months).collect()
    }

    #[test]
    fn present_durations_win_over_past_ones() {
        assert_eq!(
            gaps("Previously it was a six to nine month gap. Now it is three months behind."),
            [(3.0, Some(3.0))]
        );
        assert_eq!(gaps("以前差距是两年，现在只有半年"), [(6.0, Some(6.0))]);
        // Past words alone change nothing: a text with no present duration keeps them all.
        assert_eq!(gaps("It used to be two years behind."), [(24.0, Some(24.0))]);
        // The time word must be in the duration's own sentence.
        assert_eq!(
            gaps("Things change now. It is two years behind, once three."),
            [(24.0, Some(24.0))]
        );
    }

    #[test]
    fn minimum_and_maximum_make_one_range() {
        assert_eq!(
            gaps(
                "lagged by an average of seven months, with a minimum gap of four months and a maximum of 14 months"
            ),
            [(7.0, Some(7.0)), (4.0, Some(14.0))]
        );
        assert_eq!(gaps("a maximum of 14 months"), [(14.0, Some(14.0))]);
        assert_eq!(
            gaps("a minimum of 2 years and a maximum of 1 year"),
            [(12.0, Some(24.0))],
            "the ends in order"
        );
    }
}
