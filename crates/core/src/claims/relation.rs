//! Relations and the sides of a claim: a grammar of comparative constructions.
//!
//! # Grammar
//!
//! A claim is read from China's point of view (the Chinese side is the subject of the
//! reading, whichever side the sentence makes its subject).
//!
//! 1. **Cues** ([`CUES`]): the comparative the sentence is built on, each with the relation it
//!    states of its grammatical subject and its [`Form`]. The cue nearest the stated duration
//!    decides (a comparison of gaps anywhere wins; no duration: the first cue).
//!    - *Directional* (turned with the sides): "behind", "lags", "trails", "falls short",
//!      "inferior to", 落后, 滞后, 不如 → behind; "ahead", "leads", "led", "outpaces",
//!      "surpassed", "has overtaken", "beats", "better than", "edge over", 领先, 超越, 反超,
//!      优于 → ahead.
//!    - *Gap* (no side, never turned): "gap", "difference", 差距, 相差, 代差 → behind by
//!      convention; "no gap", 没有差距 → parity.
//!    - *Catch-up* (the subject is behind): "catch up", "closing the gap", "narrowed the gap",
//!      追赶, 赶上, 赶超, 缩小差距.
//!    - *Level* (said of both sides): parity ("on par", "caught up", "matched", "rivals",
//!      "neck and neck", "closed the gap", 持平, 追平, 比肩, 媲美, 不相上下, 并驾齐驱, 同一水平),
//!      near ("close to", "nearing", "approaching", "not far behind", "within striking
//!      distance", 接近, 逼近), "nowhere near" → behind, and comparisons of gaps ("isn't as big
//!      as" → `smaller_than`, "wider than" → `larger_than`).
//!
//!    超过, 超出 right before a number are "more than" (a hedge, 落后超过两年), not a cue.
//! 2. **Sides.** The *subject* is the side of the cue's sentence nearest before the cue that no
//!    preposition governs ("with", "than", "of", "over", "by", "between", "and", 与, 和, 比, 被
//!    …); the *object* is a governed side before the cue or the first side after it. Sides are
//!    region words (the US, America, U.S., China, Chinese, 美国, 中国, 国产 …) and a few firms
//!    that stand for them (OpenAI, Nvidia, Google, Anthropic, Huawei, DeepSeek, 英伟达, 华为); a
//!    side joined to another by a hyphen ("the China-US gap") names the pair and is neither. A
//!    first person ("we", 我们) is a subject too: the side opposite the one the text names when
//!    it names one kind only, else the US in English and China in Chinese. A directional or
//!    catch-up cue whose subject is the US side, or that has no subject and China as its
//!    object ("ahead of China"), is turned around: "The US leads China by a year" is China
//!    behind by 12 months.
//! 3. **Negation with scope.** "not", "never", "no", "n't", "hardly", 不, 没, 未, 非, 无 before the
//!    cue, with at most five tokens between that are adverbs, auxiliaries or degree words
//!    ("not yet", "no longer", "isn't really", 并不, 不再, 没有明显的), negates it: not behind →
//!    parity ("China isn't behind the US", "the US is no longer ahead"); not ahead →
//!    unspecified (behind or level, the text does not say); a level negated → behind ("not on
//!    par", 尚未追平, "not close to"); a catch-up negated stays behind ("has not caught up
//!    yet"). A number between ends the scope: "not two years behind" keeps behind.
//! 4. **Passive.** A directional cue after a form of "be" and before "by" ("China is trailed
//!    by the US", "has been overtaken by"), or after 被, states the opposite of its subject.
//! 5. **Questions.** A cue in a sentence ending in "?" or "？" asserts nothing: `unspecified`;
//!    no cue at all: `unspecified`.
//!
//! Metamorphic tests (`tests/metamorphic.rs`) check the rules against each other over
//! hundreds of generated sentences.

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

    pub(super) fn flipped(self) -> Relation {
        match self {
            Relation::Behind => Relation::Ahead,
            Relation::Ahead => Relation::Behind,
            r => r,
        }
    }
}

/// How a cue behaves with the sides and a negation (rules 2–4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A direction said of the sentence's subject ("leads", "trails", 落后, 领先): turned
    /// around when the subject is the US side, negated to parity or to no relation.
    Directional,
    /// A gap with no side (the noun "gap", 差距, 相差): behind by convention, never turned;
    /// negated ("no gap", 没有差距) it is parity.
    Gap,
    /// Catching up ("catch up", 追赶, "narrow the gap"): the subject is behind; turned with
    /// the sides like a direction, and still behind when negated ("has not caught up yet").
    CatchUp,
    /// Narrowing the gap ("closing the gap", 缩小差距): near when no duration is stated, behind
    /// by the duration when one is ("narrowed the gap to three months"); negated ("may not
    /// have narrowed") it says nothing.
    Narrowing,
    /// A level (parity, near, a comparison of gaps): said of both sides, never turned; negated
    /// ("not on par", 尚未追平, "not close to") it is behind.
    Level,
}

/// Cue phrases: English as word sequences, Chinese as character strings, grouped by the
/// relation they state of their subject and their [`Form`], separated by `|` (one string per
/// group rather than one entry per phrase: the table is a fifth of the size in the widget).
/// Verbs are listed in each form they are written in ("lead", "leads", "led").
pub(super) const CUES: &[(&str, (Relation, Form))] = &[
    (
        "closing the gap|narrow the gap|narrowed the gap|narrowing the gap|narrows the gap|缩小差距|縮小差距|缩小了差距|縮小了差距",
        (Relation::Near, Form::Narrowing),
    ),
    (
        "难分伯仲|難分伯仲|各有千秋|旗鼓相当|旗鼓相當|不相伯仲|keep up|keeping up|kept up",
        (Relation::Parity, Form::Level),
    ),
    ("仅次于|僅次於|second only to", (Relation::Behind, Form::Directional)),
    (
        "has the edge|have the edge|an edge|the edge|leapfrogging|leapfrogs",
        (Relation::Ahead, Form::Directional),
    ),
    (
        "isn't as big as|isnt as big as|not as big as|not as large as|smaller than",
        (Relation::SmallerThan, Form::Level),
    ),
    ("bigger than|larger than|wider than", (Relation::LargerThan, Form::Level)),
    (
        "not inferior|on par|on a par|at par|par with|parity|benchmarks against|caught up|has caught up|matched|matches|match|comparable|rivals|rival|rivaled|rivalled|neck and neck|level with|as good as|as capable as|same level|closed the gap|equal to|equals|不相上下|不逊于|不遜於|不逊色|不遜色|持平|追平|相当|相當|媲美|比肩|平起平坐|并驾齐驱|並駕齊驅|齐头并进|齊頭並進|同一水平|同等水平|同一梯队|同一梯隊|打平",
        (Relation::Parity, Form::Level),
    ),
    (
        "no gap|no significant gap|no real gap|没有差距|沒有差距|不存在差距",
        (Relation::Parity, Form::Gap),
    ),
    (
        "caught up in|catch up|catches up|catching up|close the gap|追赶|追趕|赶上|趕上|追上|达到|達到|赶超|趕超",
        (Relation::Behind, Form::CatchUp),
    ),
    (
        "nanoseconds behind|not far behind|close to|closer to|closing in|nearing|neared|nearly caught up|near the level|within striking distance|approaching|approach|接近|逼近|非常接近|差不多",
        (Relation::Near, Form::Level),
    ),
    ("nowhere near|far from", (Relation::Behind, Form::Level)),
    (
        "behind|lag|lags|跟随|跟隨|跟跑|lagged|lagging|trail|trails|trailed|trailing|inferior|inferior to|falls short|fall short|fell short|less advanced|weaker than|worse than|落后|落後|滞后|滯後|不如|逊于|遜於|弱于|弱於|掉队|掉隊",
        (Relation::Behind, Form::Directional),
    ),
    ("gap|gaps|difference|差距|相差|代差|差了|还差|還差", (Relation::Behind, Form::Gap)),
    (
        "pull ahead|pulled ahead|ahead|advantage|advantages|优势|優勢|lead|leads|led|is leading|are leading|was leading|outperform|outperformed|outperforms|outpace|outpaces|outpaced|surpass|surpassed|surpasses|overtake|overtaken|overtook|overtakes|leapfrog|leapfrogged|beat|beats|beaten|better than|superior|superior to|more advanced|stronger than|edge over|head start|dominate|dominates|eclipsed|领先|領先|领跑|領跑|超越|超过|超過|超出|反超|优于|優於|强于|強於|甩开|甩開",
        (Relation::Ahead, Form::Directional),
    ),
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
    (
        "the united states|united states|america|american|americans|us|u s|west|western|openai|nvidia|google|anthropic|英伟达|英偉達|美国|美國",
        Side::Us,
    ),
    (
        "huawei|alibaba|baidu|tencent|bytedance|moonshot|kimi|zhipu|我国|我國|国内|國內|國内|阿里|百度|腾讯|騰訊|字节|位元組|月之暗面|智谱|智譜|deepseek|华为|華為|china|chinese|china s|中国|中國|国产|國產",
        Side::China,
    ),
];

static CUE_INDEX: std::sync::OnceLock<Index<(Relation, Form)>> = std::sync::OnceLock::new();
static SIDE_INDEX: std::sync::OnceLock<Index<Side>> = std::sync::OnceLock::new();

/// A found cue: the relation, its form, its token range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cue {
    /// The relation the cue states of its subject (before the sides and a negation).
    pub relation: Relation,
    /// How the sides and a negation act on it.
    pub form: Form,
    /// Token index range `[start, end)`.
    pub tokens: (usize, usize),
}

/// Is token `i` the start of a number: digits, or a Chinese numeral (一 … 十, 两, 半, 几, 数)?
fn number_at(t: &[Token], i: usize) -> bool {
    t.get(i).is_some_and(|k| {
        matches!(k.kind, super::lexer::Kind::Number(_))
            || k.char().is_some_and(|c| "一二两兩三四五六七八九十半几幾数數".contains(c))
    })
}

/// Every cue in the tokens, left to right. 超过, 超出 and 超過 right before a number are
/// "more than" (a hedge on the duration, 落后超过两年), not "ahead".
pub fn cues(t: &[Token]) -> Vec<Cue> {
    find_all(t, index(CUES, &CUE_INDEX))
        .into_iter()
        .filter(|&((r, _), (a, b))| {
            let more_than = r == Relation::Ahead
                && matches!(
                    (t[a].char(), t.get(a + 1).and_then(Token::char)),
                    (Some('超'), Some('过' | '過' | '出'))
                )
                && number_at(t, b);
            !more_than
        })
        .map(|((relation, form), tokens)| Cue { relation, form, tokens })
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

/// Is `word` one of the `|`-separated words of `list`? Word lists are kept as one string: a
/// `matches!` over many words compiles to a comparison each, several times the size in the
/// widget.
pub(super) fn one_of(word: &str, list: &str) -> bool {
    list.split('|').any(|w| w == word)
}

/// Is token `i` a sentence's end mark?
/// A full stop after a one-letter word ("U.S.", "e.g.") ends no sentence.
pub(super) fn ends_sentence(t: &[Token], i: usize) -> bool {
    let abbreviation =
        t[i].char() == Some('.') && i > 0 && t[i - 1].word().is_some_and(|w| w.len() == 1);
    !abbreviation
        && matches!(t[i].char(), Some('.' | '!' | '?' | '。' | '！' | '？' | ';' | '；'))
        && t.get(i + 1).is_none_or(|n| n.span.0 > t[i].span.1 || n.char().is_some())
}

/// Words that put the side after them in a phrase that is not the sentence's subject
/// ("compared with the US", "ahead of China", 与美国相比, 比美国): rule 2.
fn governs(k: &Token) -> bool {
    k.word().is_some_and(|w| one_of(w, "with|to|than|of|over|behind|from|against|in|at|on|for|versus|vs|like|between|by|and|among")) || k.char().is_some_and(|c| "与與和跟同比较較对對在向及被".contains(c))
}

/// Is the side at tokens `[a, e)` joined to another by a hyphen or slash ("the China-US gap",
/// "US/China")? It then names the pair: neither subject nor object (rule 2).
fn paired(t: &[Token], a: usize, e: usize, named: &[(Side, (usize, usize))]) -> bool {
    let joined = |k: usize| matches!(t.get(k).and_then(Token::char), Some('-' | '–' | '/'));
    (joined(e) && named.iter().any(|(_, (b, _))| *b == e + 1))
        || (a > 0 && joined(a - 1) && named.iter().any(|(_, (_, f))| *f + 1 == a))
}

/// Is the side starting at token `a` governed (rule 2)? Looks back over "the" and "'s".
fn governed(t: &[Token], a: usize) -> bool {
    let mut k = a;
    while k > 0 {
        k -= 1;
        match t[k].word() {
            Some("the" | "s") => continue,
            _ if matches!(t[k].char(), Some('\'' | '’')) => continue,
            _ => return governs(&t[k]),
        }
    }
    false
}

/// Words that may stand between a negation and its cue ("not yet", "not really", 并不, 不再).
fn between_negation_and_cue(k: &Token) -> bool {
    k.word().is_some_and(|w| one_of(w, "yet|really|quite|so|very|too|much|all|even|any|necessarily|significantly|substantially|actually|that|be|been|being|the|a|longer|as|real|big|major|large|clear|significant|far|entirely")) || k.char().is_some_and(|c| "再并並还還仍已都太很那么麼明显顯有的".contains(c))
}

/// Is the cue starting at token `start` negated (rule 3)? A negation is "not", "never",
/// "no", "n't", "hardly", "cannot", 不, 没, 未, 非, 无 before it, with only the words of
/// [`between_negation_and_cue`] (at most five tokens: 没有明显的差距) in between; a number in between ends the
/// scope ("not two years behind" says the gap is not two years, not that there is none).
fn negated(t: &[Token], start: usize) -> bool {
    let mut k = start;
    let mut skipped = 0;
    while k > 0 && skipped <= 5 {
        k -= 1;
        let tok = &t[k];
        let word_negation =
            tok.word().is_some_and(|w| {
                one_of(w, "not|never|no|hardly|cannot|isnt|arent|dont|doesnt|hasnt|havent|wont")
            }) || (tok.word() == Some("t") && k > 0 && matches!(t[k - 1].char(), Some('\'' | '’')));
        if word_negation || tok.char().is_some_and(|c| "不没沒未非无無".contains(c)) {
            return true;
        }
        if !between_negation_and_cue(tok) {
            return false;
        }
        skipped += 1;
    }
    false
}

/// First persons ("we", "our", 我们) and the side each stands for: the side opposite the one
/// the text names, when it names only one ("we … have a lead on DeepSeek"); when it names
/// both, the speaker's by the language, the US in English, China in Chinese; when it names
/// none, no side (rule 2).
fn first_person<'a>(
    t: &'a [Token],
    named: &[(Side, (usize, usize))],
) -> impl DoubleEndedIterator<Item = (Side, usize)> + 'a {
    let us = named.iter().any(|(s, _)| *s == Side::Us);
    let china = named.iter().any(|(s, _)| *s == Side::China);
    let side = move |chinese: bool| match (us, china) {
        (true, false) => Side::China,
        (false, true) => Side::Us,
        _ if chinese => Side::China,
        _ => Side::Us,
    };
    // With no side named, "we" could be either ("we may fall behind GPT-5 again").
    let any = us || china;
    t.iter().enumerate().filter(move |_| any).filter_map(move |(i, k)| {
        if matches!(k.word(), Some("we" | "our")) {
            Some((side(false), i))
        } else if k.char() == Some('我')
            && matches!(t.get(i + 1).and_then(Token::char), Some('们' | '們'))
        {
            Some((side(true), i))
        } else {
            None
        }
    })
}

/// Is a Chinese catch-up cue done: 已, 已经 before it (at most two tokens between) or 了 right
/// after it?
fn perfective(t: &[Token], cue: &Cue) -> bool {
    let (a, b) = cue.tokens;
    let chinese = t[a].char().is_some_and(|c| !c.is_ascii());
    chinese
        && (t[a.saturating_sub(3)..a].iter().any(|k| matches!(k.char(), Some('已')))
            || matches!(t.get(b).and_then(Token::char), Some('了')))
}

/// Is a Chinese 赶上/追上 (趕上) without a modal in the three tokens before it (要, 能, 会, 将,
/// 想, 争取, 努力, 需): "caught up", not "to catch up"?
fn resultative(t: &[Token], cue: &Cue) -> bool {
    let (a, b) = cue.tokens;
    let word: String = t[a..b].iter().filter_map(Token::char).collect();
    matches!(word.as_str(), "赶上" | "趕上" | "追上")
        && !t[a.saturating_sub(3)..a]
            .iter()
            .any(|k| k.char().is_some_and(|c| "要能会會将將想争爭努需可".contains(c)))
}

/// Is the gap cue followed in its sentence by a word saying it narrows ("narrowing",
/// "shrank", "closing", 缩小, 收窄)?
fn narrowing(t: &[Token], cue: &Cue) -> bool {
    let rest = &t[cue.tokens.1.min(t.len())..];
    let end = rest
        .iter()
        .position(|k| matches!(k.char(), Some('.' | '!' | '?' | '。' | '！' | '？' | ';' | '；')))
        .unwrap_or(rest.len());
    let rest = &rest[..end];
    rest.iter().enumerate().any(|(i, k)| {
        k.word().is_some_and(|w| {
            one_of(w, "narrowing|narrowed|narrows|shrinking|shrank|shrunk|shrinks|closing")
        }) || (matches!(k.char(), Some('缩' | '縮' | '收'))
            && matches!(rest.get(i + 1).and_then(Token::char), Some('小' | '窄')))
    })
}

/// Is the cue a passive ("is trailed by", "has been overtaken by", 被…超越): rule 4?
fn passive(t: &[Token], cue: &Cue) -> bool {
    let (a, b) = cue.tokens;
    let english = t.get(b).and_then(Token::word) == Some("by")
        && t[a.saturating_sub(3)..a]
            .iter()
            .any(|k| k.word().is_some_and(|w| one_of(w, "is|are|was|were|been|being|be|get|got")));
    let chinese = t[a.saturating_sub(6)..a].iter().any(|k| matches!(k.char(), Some('被')));
    english || chinese
}

/// What decided a reading's direction, for its confidence
/// ([`confidence`](super::confidence)): which side was the subject and how it was found.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Basis {
    /// The side named as the subject in the cue's clause; `None` when none is named.
    pub subject: Option<Side>,
    /// The subject is a first person ("we", 我们): whose side it is comes from the text around.
    pub first_person: bool,
    /// The side named as the object (governed, or right after the cue); `None` when none is.
    pub object: Option<Side>,
    /// The cue's form turns with its sides (directional, catch-up, narrowing), so a side not
    /// named leaves the direction to the convention that the text speaks of China.
    pub turnable: bool,
    /// A negation acts on the cue.
    pub negated: bool,
    /// The cue is in a question, which asserts nothing.
    pub question: bool,
}

/// The relation read from China's side, with the cue's token range and what decided it; `focus`
/// is the character position of the stated duration, if any.
pub fn relation(t: &[Token], text: &str, focus: Option<usize>) -> (Relation, Option<Cue>, Basis) {
    let mut basis = Basis::default();
    let Some(cue) = deciding_cue(t, focus) else {
        return (Relation::Unspecified, None, basis);
    };
    // A cue in a question ("Is the US or China ahead?") asserts nothing.
    let sentence_end = t[cue.tokens.1.min(t.len())..]
        .iter()
        .find_map(|k| k.char().filter(|c| matches!(c, '.' | '?' | '!' | '。' | '？' | '！')));
    if matches!(sentence_end, Some('?' | '？')) {
        basis.question = true;
        return (Relation::Unspecified, Some(cue), basis);
    }
    let mut rel = cue.relation;
    let mut form = cue.form;
    // A catch-up that is done (已经赶上, 赶上了, 已追上, 已达到) is parity, as is a Chinese
    // 赶上/追上 with no duration and no modal before it (要, 能, 会, 将 …: still to come).
    if form == Form::CatchUp && (perfective(t, &cue) || (focus.is_none() && resultative(t, &cue))) {
        (rel, form) = (Relation::Parity, Form::Level);
    }
    if form == Form::Narrowing {
        rel = if focus.is_some() { Relation::Behind } else { Relation::Near };
    }
    // A gap said to narrow, with no duration ("the gap has narrowed", 差距在缩小) is near.
    if form == Form::Gap && rel == Relation::Behind && focus.is_none() && narrowing(t, &cue) {
        (rel, form) = (Relation::Near, Form::Level);
    }
    let cue = Cue { relation: rel, form, ..cue };
    if matches!(cue.form, Form::Directional | Form::CatchUp) && passive(t, &cue) {
        rel = rel.flipped();
    }
    // The subject: the side of the cue's sentence nearest before the cue that no preposition
    // governs (a first person counts: rule 2); the object: a governed side, or the first side
    // after the cue.
    let sentence_start =
        (0..cue.tokens.0).rev().find(|&i| ends_sentence(t, i)).map_or(0, |i| i + 1);
    let mut named = named_sides(t, text);
    let pairs: Vec<bool> = named.iter().map(|(_, (a, e))| paired(t, *a, *e, &named)).collect();
    let mut pair = pairs.into_iter();
    named.retain(|_| !pair.next().unwrap_or(false));
    let before = |a: usize, e: usize| a >= sentence_start && e <= cue.tokens.0;
    // The subject is looked for in the cue's comma-clause only: "The US has the best
    // accelerators, China is catching up" makes China the subject of "catching up".
    let clause_start = (sentence_start..cue.tokens.0)
        .rev()
        .find(|&i| matches!(t[i].char(), Some(',' | '，' | '、' | ':' | '：')))
        .map_or(sentence_start, |i| i + 1);
    let in_clause = |a: usize, e: usize| a >= clause_start && e <= cue.tokens.0;
    // A side right after an earlier cue is that cue's object, not the next one's subject:
    // "it outperformed ChatGPT and beat GPT-4" keeps "it" as the subject of "beat".
    let earlier: Vec<usize> =
        cues(t).iter().map(|c| c.tokens.1).filter(|&end| end <= cue.tokens.0).collect();
    let object_before = |a: usize| earlier.iter().any(|&end| a >= end && a <= end + 3);
    let named_subject = named
        .iter()
        .filter(|(_, (a, e))| in_clause(*a, *e) && !governed(t, *a) && !object_before(*a))
        .map(|&(s, (a, _))| (s, a))
        .next_back();
    let first_person =
        first_person(t, &named).rfind(|&(_, a)| in_clause(a, a + 1) && !governed(t, a));
    let (subject, by_first_person) = match (named_subject, first_person) {
        (Some(n), Some(p)) if p.1 > n.1 => (Some(p.0), true),
        (Some(n), _) => (Some(n.0), false),
        (None, p) => (p.map(|(s, _)| s), p.is_some()),
    };
    let object = named
        .iter()
        .filter(|(_, (a, e))| {
            (before(*a, *e) && governed(t, *a)) || (*a >= cue.tokens.1 && *a <= cue.tokens.1 + 3)
        })
        .map(|(s, _)| *s)
        .next();
    let turnable = matches!(cue.form, Form::Directional | Form::CatchUp | Form::Narrowing);
    basis = Basis { subject, first_person: by_first_person, object, turnable, ..basis };
    if turnable && (subject == Some(Side::Us) || (subject.is_none() && object == Some(Side::China)))
    {
        rel = rel.flipped();
    }
    if negated(t, cue.tokens.0) {
        basis.negated = true;
        rel = match (cue.form, rel) {
            // "has not caught up yet": still behind.
            (Form::CatchUp, r) => r,
            // "China is not behind", "the US is no longer ahead": not behind.
            (Form::Directional | Form::Gap, Relation::Behind) => Relation::Parity,
            // "China is not ahead": behind or level, the text does not say which.
            (Form::Directional, Relation::Ahead) => Relation::Unspecified,
            // "may not have narrowed": neither nearer nor further, the text does not say.
            (Form::Narrowing, _) => Relation::Unspecified,
            // "not on par", "not close to", 尚未追平.
            (Form::Level, Relation::Parity | Relation::Near) => Relation::Behind,
            (_, r) => r,
        };
    }
    (rel, Some(cue), basis)
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
            ("leads", "China leads the US by six months", "ahead"),
            ("us trails", "The US trails China", "ahead"),
            ("isn't", "China isn't behind the US", "parity"),
            ("not ahead", "China is not ahead of the US", "unspecified"),
            ("not yet", "Chinese models have not yet caught up with GPT-4", "behind"),
            ("more than zh", "国产大模型落后超过两年", "behind"),
            ("pair", "the China-US gap can be caught up in a year", "behind"),
            ("we", "we have a three-month lead on DeepSeek", "behind"),
            ("passive", "China is trailed by the US", "ahead"),
            ("passive zh", "美国被中国超越", "ahead"),
            ("governed zh", "与美国相比，中国落后两年", "behind"),
            ("negated zh", "中国大模型并不落后", "parity"),
        ];
        for (label, text, expected) in cases {
            assert_eq!(rel(text), expected, "{label}: {text}");
        }
    }
}
