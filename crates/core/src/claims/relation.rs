//! Relations and the sides of a claim, read from cue words.
//!
//! # Grammar
//!
//! A claim is read from China's point of view (the Chinese side is the subject).
//!
//! 1. **Cues.** The first cue found decides the relation (longest cue first at each position):
//!    - *smaller/larger*: "isn't as big as", "not as big as", "smaller than" → `smaller_than`;
//!      "bigger than", "larger than", "wider than" → `larger_than`;
//!    - *parity*: "on par", "caught up", "matched", "comparable", "rivals", "not inferior",
//!      "no gap", "no longer behind", "benchmarks against", 持平, 追平, 不相上下, 相当, 媲美, 比肩,
//!      没有差距, 不逊于;
//!    - *near*: "close to", "nearing", "neared", "nanoseconds behind", 接近;
//!    - *behind*: "behind", "lag", "lags", "lagged", "trail", "gap", "catch up", "catching up",
//!      "caught up in", 落后, 差距, 追赶, 赶上;
//!    - *ahead*: "ahead", "lead", "outperform", "surpass", "beat", "better than", 领先, 超过, 超越.
//! 2. **Sides.** A region word (the US, America, American, U.S., China, Chinese, 美国, 中国, 国产 …)
//!    is looked for before the cue (the sentence's subject) and after it (the object). An
//!    `ahead` cue whose subject is the US side, or whose object is China with no subject named
//!    ("The US is two years ahead of China", "ahead … of China"), is turned around to `behind`,
//!    China's side. Behind cues are never turned: they name the leader after them.
//! 3. **Negation.** "not" or 不/没 right before a behind/ahead cue makes it parity ("not behind");
//!    "not … years behind" followed by a duration keeps `behind`.
//! 4. A cue in a question ("Is the US or China ahead?") and no cue at all: `unspecified`.

use super::lexer::Token;
use super::phrase::{Index, find_all, index};

/// How the subject (the Chinese side) stands against the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// Behind the reference.
    Behind,
    /// Ahead of the reference.
    Ahead,
    /// At the same level.
    Parity,
    /// Close to the reference.
    Near,
    /// One gap is smaller than another ("isn't as big as").
    SmallerThan,
    /// One gap is larger than another.
    LargerThan,
    /// No relation stated.
    Unspecified,
}

impl Relation {
    /// The name in the parse result: `behind`, `ahead`, `parity`, `near`, `smaller_than`,
    /// `larger_than`, `unspecified`.
    pub fn name(self) -> &'static str {
        match self {
            Relation::Behind => "behind",
            Relation::Ahead => "ahead",
            Relation::Parity => "parity",
            Relation::Near => "near",
            Relation::SmallerThan => "smaller_than",
            Relation::LargerThan => "larger_than",
            Relation::Unspecified => "unspecified",
        }
    }

    /// Every relation, in the order of [`Relation::ALLOWED`].
    pub const ALL: [Relation; 7] = [
        Relation::Behind,
        Relation::Ahead,
        Relation::Parity,
        Relation::Near,
        Relation::SmallerThan,
        Relation::LargerThan,
        Relation::Unspecified,
    ];

    /// The names, for messages.
    pub const ALLOWED: &'static str =
        "behind, ahead, parity, near, smaller_than, larger_than, unspecified";

    /// The relation with this name (as [`Relation::name`] writes it).
    pub fn from_name(name: &str) -> Option<Relation> {
        Relation::ALL.into_iter().find(|r| r.name() == name)
    }

    fn flipped(self) -> Relation {
        match self {
            Relation::Behind => Relation::Ahead,
            Relation::Ahead => Relation::Behind,
            r => r,
        }
    }
}

/// Cue phrases: English as word sequences, Chinese as character strings.
pub(super) const CUES: &[(&str, Relation)] = &[
    ("isn't as big as", Relation::SmallerThan),
    ("isnt as big as", Relation::SmallerThan),
    ("not as big as", Relation::SmallerThan),
    ("not as large as", Relation::SmallerThan),
    ("smaller than", Relation::SmallerThan),
    ("bigger than", Relation::LargerThan),
    ("larger than", Relation::LargerThan),
    ("wider than", Relation::LargerThan),
    ("no longer behind", Relation::Parity),
    ("not inferior", Relation::Parity),
    ("on par", Relation::Parity),
    ("par with", Relation::Parity),
    ("no gap", Relation::Parity),
    ("benchmarks against", Relation::Parity),
    ("caught up in", Relation::Behind),
    ("caught up", Relation::Parity),
    ("matched", Relation::Parity),
    ("matches", Relation::Parity),
    ("comparable", Relation::Parity),
    ("rivals", Relation::Parity),
    ("nanoseconds behind", Relation::Near),
    ("close to", Relation::Near),
    ("nearing", Relation::Near),
    ("neared", Relation::Near),
    ("catch up", Relation::Behind),
    ("catching up", Relation::Behind),
    ("behind", Relation::Behind),
    ("lag", Relation::Behind),
    ("lags", Relation::Behind),
    ("lagged", Relation::Behind),
    ("lagging", Relation::Behind),
    ("trail", Relation::Behind),
    ("trails", Relation::Behind),
    ("gap", Relation::Behind),
    ("pull ahead", Relation::Ahead),
    ("ahead", Relation::Ahead),
    ("lead", Relation::Ahead),
    ("outperform", Relation::Ahead),
    ("outperformed", Relation::Ahead),
    ("outperforms", Relation::Ahead),
    ("surpass", Relation::Ahead),
    ("surpassed", Relation::Ahead),
    ("beat", Relation::Ahead),
    ("better than", Relation::Ahead),
    ("没有差距", Relation::Parity),
    ("不相上下", Relation::Parity),
    ("不逊于", Relation::Parity),
    ("不逊色", Relation::Parity),
    ("不遜色", Relation::Parity),
    ("持平", Relation::Parity),
    ("追平", Relation::Parity),
    ("相当", Relation::Parity),
    ("媲美", Relation::Parity),
    ("比肩", Relation::Parity),
    ("接近", Relation::Near),
    ("落后", Relation::Behind),
    ("差距", Relation::Behind),
    ("追赶", Relation::Behind),
    ("赶上", Relation::Behind),
    ("领先", Relation::Ahead),
    ("超越", Relation::Ahead),
    ("超过", Relation::Ahead),
];

/// Which side a region word names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The US side (the reference by default).
    Us,
    /// The Chinese side (the subject).
    China,
}

const SIDES: &[(&str, Side)] = &[
    ("the united states", Side::Us),
    ("united states", Side::Us),
    ("america", Side::Us),
    ("american", Side::Us),
    ("americans", Side::Us),
    ("us", Side::Us),
    ("u s", Side::Us),
    ("west", Side::Us),
    ("western", Side::Us),
    ("openai", Side::Us),
    ("nvidia", Side::Us),
    ("china", Side::China),
    ("chinese", Side::China),
    ("china s", Side::China),
    ("美国", Side::Us),
    ("美國", Side::Us),
    ("中国", Side::China),
    ("中國", Side::China),
    ("国产", Side::China),
    ("國產", Side::China),
];

static CUE_INDEX: std::sync::OnceLock<Index<Relation>> = std::sync::OnceLock::new();
static SIDE_INDEX: std::sync::OnceLock<Index<Side>> = std::sync::OnceLock::new();

/// A found cue: the relation, its token range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cue {
    /// The relation the cue states (before flipping for sides).
    pub relation: Relation,
    /// Token index range `[start, end)`.
    pub tokens: (usize, usize),
}

/// Every cue in the tokens, left to right.
pub fn cues(t: &[Token]) -> Vec<Cue> {
    find_all(t, index(CUES, &CUE_INDEX))
        .into_iter()
        .map(|(relation, tokens)| Cue { relation, tokens })
        .collect()
}

/// The deciding cue: a comparison of gaps anywhere ("the gap … isn't as big as") wins, since
/// it is what the sentence asserts about the gap it names; otherwise the cue nearest `focus`
/// (the character where the stated duration is), or the first cue when there is none.
pub fn deciding_cue(t: &[Token], focus: Option<usize>) -> Option<Cue> {
    let all = cues(t);
    let comparison =
        all.iter().find(|c| matches!(c.relation, Relation::SmallerThan | Relation::LargerThan));
    let nearest = focus.and_then(|f| all.iter().min_by_key(|c| t[c.tokens.0].span.0.abs_diff(f)));
    comparison.or(nearest).or(all.first()).copied()
}

/// Region words in the tokens: the side and token range of each, left to right.
pub fn sides(t: &[Token]) -> Vec<(Side, (usize, usize))> {
    find_all(t, index(SIDES, &SIDE_INDEX))
}

/// Region words that name a side: as [`sides`], but "us" only when written US or U.S. (not
/// the pronoun in "ahead of us").
pub fn named_sides(t: &[Token], text: &str) -> Vec<(Side, (usize, usize))> {
    let mut chars = text.chars();
    let mut at = 0;
    sides(t)
        .into_iter()
        .filter(|(side, (a, _))| {
            if *side != Side::Us || t[*a].word() != Some("us") {
                return true;
            }
            // Walk forward to the token's first character (sides are in text order).
            let first = chars.nth(t[*a].span.0 - at);
            at = t[*a].span.0 + 1;
            first.is_some_and(|c| c.is_ascii_uppercase())
        })
        .collect()
}

/// The relation read from China's side, with the cue's token range; `focus` is the character
/// position of the stated duration, if any.
pub fn relation(t: &[Token], text: &str, focus: Option<usize>) -> (Relation, Option<Cue>) {
    let Some(cue) = deciding_cue(t, focus) else { return (Relation::Unspecified, None) };
    let named = named_sides(t, text);
    let mut rel = cue.relation;
    // A cue in a question ("Is the US or China ahead?") asserts nothing.
    let sentence_end = t[cue.tokens.1.min(t.len())..]
        .iter()
        .find_map(|k| k.char().filter(|c| matches!(c, '.' | '?' | '!' | '。' | '？' | '！')));
    if matches!(sentence_end, Some('?' | '？')) {
        return (Relation::Unspecified, Some(cue));
    }
    // Negation right before the cue.
    let negated = cue.tokens.0 > 0
        && (matches!(t[cue.tokens.0 - 1].word(), Some("not" | "never"))
            || matches!(t[cue.tokens.0 - 1].char(), Some('不' | '没' | '沒')));
    if negated && matches!(rel, Relation::Behind | Relation::Ahead) {
        rel = Relation::Parity;
    }
    let before = named.iter().rev().find(|(_, (_, e))| *e <= cue.tokens.0).map(|(s, _)| *s);
    let after = named.iter().find(|(_, (a, _))| *a >= cue.tokens.1).map(|(s, _)| *s);
    // Only "ahead" cues are turned around: a US side as their subject, or China as their
    // object ("ahead of China"), means China is behind. A behind cue names the leader after it
    // ("behind GPT-4", 与GPT-4相比…差距), whichever side is named first.
    let flip = matches!(rel, Relation::Ahead)
        && (before == Some(Side::Us) || (before.is_none() && after == Some(Side::China)));
    (if flip { rel.flipped() } else { rel }, Some(cue))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::lexer::tokens;

    fn rel(text: &str) -> &'static str {
        relation(&tokens(text), text, None).0.name()
    }

    #[test]
    fn cues_sides_and_negation() {
        let cases = [
            ("plain behind", "China is two years behind", "behind"),
            ("us first flips", "The US is one or two years ahead of China", "behind"),
            ("ahead of china", "we are well ahead, two or three years probably of China", "behind"),
            ("china ahead", "Chinese tech is starting to pull ahead", "ahead"),
            ("gap", "there is still a 1.5-year gap from GPT-4", "behind"),
            ("parity", "performance on par with OpenAI-o1", "parity"),
            ("matched", "has already matched Nvidia's A100", "parity"),
            ("not inferior", "Ernie is not inferior in any respect to GPT-4.", "parity"),
            ("near", "very close to the level of Sora", "near"),
            ("smaller", "the gap isn't as big as in the LLM sector", "smaller_than"),
            ("negated behind", "China is not behind", "parity"),
            ("no longer", "no longer behind the US", "parity"),
            ("chinese behind", "中國大語言模型技術水平和GPT-4的差距在2到3年時間", "behind"),
            ("chinese parity", "文心一言与GPT-4不相上下", "parity"),
            ("chinese near", "接近GPT-4的水平", "near"),
            ("us lead", "美国领先中国两年", "behind"),
            ("nothing", "Is the US or China the winner?", "unspecified"),
            (
                "question",
                "I don't think it will be simple: is the US or China ahead?",
                "unspecified",
            ),
            ("not inferior zh", "文心大模型4.0综合水平与GPT-4相比已经毫不逊色。", "parity"),
            ("U.S. first", "The U.S. lead over China shrank", "behind"),
        ];
        for (label, text, expected) in cases {
            assert_eq!(rel(text), expected, "{label}: {text}");
        }
    }
}
