//! Tokens with character spans.
//!
//! A token is a run of ASCII letters (a word, lower-cased), a number (digits with at most one
//! `.`), one CJK character, or one other non-space character. Spans are character offsets
//! `[start, end)` into the original text, never byte offsets, so they can be shown to a reader
//! in any language.

/// A lower-cased ASCII word stored inside the token, not on the heap: every pass over the
/// tokens compares words, and one allocation per word made those passes chase pointers (a
/// 100 KiB text took twice as long). Words longer than [`Word::MAX`] letters keep their first
/// `MAX`; no phrase the parser knows is that long, so a cut word never matches one.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Word {
    len: u8,
    bytes: [u8; Word::MAX],
}

impl Word {
    /// Letters kept.
    pub const MAX: usize = 22;

    fn new(letters: impl Iterator<Item = char>) -> Word {
        let mut w = Word { len: 0, bytes: [0; Word::MAX] };
        for c in letters.take(Word::MAX) {
            w.bytes[w.len as usize] = c.to_ascii_lowercase() as u8;
            w.len += 1;
        }
        w
    }

    /// The word as text.
    pub fn as_str(&self) -> &str {
        // Only ASCII letters are stored.
        std::str::from_utf8(&self.bytes[..self.len as usize]).unwrap_or_default()
    }
}

impl std::fmt::Debug for Word {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl From<&str> for Word {
    fn from(s: &str) -> Word {
        Word::new(s.chars())
    }
}

/// What a token is.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// ASCII letters, lower-cased (`gpt`, `years`).
    Word(Word),
    /// A number written in digits (`18`, `1.5`).
    Number(f64),
    /// Any other single character (CJK characters, punctuation, symbols).
    Char(char),
}

/// A token and where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// What it is.
    pub kind: Kind,
    /// Character offsets `[start, end)`.
    pub span: (usize, usize),
}

impl Token {
    /// The word, if this token is one.
    pub fn word(&self) -> Option<&str> {
        match &self.kind {
            Kind::Word(w) => Some(w.as_str()),
            _ => None,
        }
    }

    /// The character, if this token is a single non-letter, non-digit character.
    pub fn char(&self) -> Option<char> {
        match self.kind {
            Kind::Char(c) => Some(c),
            _ => None,
        }
    }
}

/// Splits `text` into tokens; whitespace separates tokens and is dropped. Full-width digits
/// count as digits.
pub fn tokens(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            c => c,
        })
        .collect();
    // About one token per three characters in English; fewer reallocations of a long text.
    let mut out = Vec::with_capacity(chars.len() / 3 + 1);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c.is_ascii_alphabetic() {
            while i < chars.len() && chars[i].is_ascii_alphabetic() {
                i += 1;
            }
            let word = Word::new(chars[start..i].iter().copied());
            out.push(Token { kind: Kind::Word(word), span: (start, i) });
        } else if c.is_ascii_digit() {
            let mut dot = false;
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || (chars[i] == '.'
                        && !dot
                        && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
            {
                dot |= chars[i] == '.';
                i += 1;
            }
            let digits: String = chars[start..i].iter().collect();
            let value = digits.parse::<f64>().unwrap_or(f64::MAX);
            out.push(Token { kind: Kind::Number(value), span: (start, i) });
        } else if c.is_whitespace() {
            i += 1;
        } else {
            out.push(Token { kind: Kind::Char(c), span: (start, start + 1) });
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_count_characters_not_bytes() {
        let t = tokens("差距 1.5-year GPT4");
        let kinds: Vec<(Kind, (usize, usize))> = t.into_iter().map(|t| (t.kind, t.span)).collect();
        assert_eq!(
            kinds,
            [
                (Kind::Char('差'), (0, 1)),
                (Kind::Char('距'), (1, 2)),
                (Kind::Number(1.5), (3, 6)),
                (Kind::Char('-'), (6, 7)),
                (Kind::Word("year".into()), (7, 11)),
                (Kind::Word("gpt".into()), (12, 15)),
                (Kind::Number(4.0), (15, 16)),
            ]
        );
    }

    #[test]
    fn a_trailing_dot_is_not_a_decimal_and_full_width_digits_are_digits() {
        let t = tokens("2. １８个月");
        assert_eq!(t[0].kind, Kind::Number(2.0));
        assert_eq!(t[1].kind, Kind::Char('.'));
        assert_eq!(t[2].kind, Kind::Number(18.0));
        assert_eq!(t[2].span, (3, 5));
    }

    #[test]
    fn long_words_keep_their_first_letters_and_spans() {
        let t = tokens("Pneumonoultramicroscopicsilicovolcanoconiosis behind");
        assert_eq!(t[0].word(), Some("pneumonoultramicroscop"));
        assert_eq!(t[0].span, (0, 45));
        assert_eq!(t[1].word(), Some("behind"));
    }
}
