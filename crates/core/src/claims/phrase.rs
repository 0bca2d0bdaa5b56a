//! Phrase tables: fixed phrases (English word sequences, Chinese character strings) found in
//! tokens. The relation cues, region words and modality words are such tables.
//!
//! # Rules
//!
//! 1. An English phrase is a sequence of lower-case words separated by spaces; between two of
//!    its words the text may have an apostrophe, a full stop or a hyphen ("China's" is
//!    `china s`, "U.S." is `u s`, "less-capable" is `less capable`); a word ending in `'t`
//!    matches the lexer's `isn ' t`.
//! 2. A Chinese phrase matches one character token per character.
//! 3. Scanning left to right, the longest phrase starting at a token wins and consumes its
//!    tokens; phrases never overlap.
//!
//! Tables are indexed once by their first word or character, so a scan tries only the few
//! phrases that can start at each token: linear in the text.

use super::lexer::Token;

/// Does the phrase start at token `i`? Returns the index after it. Allocates nothing: it runs
/// for every cue at every token.
pub fn phrase_at(t: &[Token], i: usize, phrase: &str) -> Option<usize> {
    let mut k = i;
    if !phrase.is_ascii() {
        for c in phrase.chars() {
            if t.get(k)?.char()? != c {
                return None;
            }
            k += 1;
        }
        return Some(k);
    }
    for (n, word) in phrase.split(' ').enumerate() {
        // "China's" is lexed china ' s; "U.S." is u . s .; "neck-and-neck" neck - and - neck.
        if n > 0 && matches!(t.get(k).and_then(Token::char), Some('\'' | '’' | '.' | '-')) {
            k += 1;
        }
        match word.strip_suffix("'t") {
            // "isn't" is lexed isn ' t.
            Some(stem) => {
                if t.get(k)?.word()? != stem
                    || !matches!(t.get(k + 1)?.char()?, '\'' | '’')
                    || t.get(k + 2)?.word()? != "t"
                {
                    return None;
                }
                k += 3;
            }
            None => {
                if t.get(k)?.word()? != word {
                    return None;
                }
                k += 1;
            }
        }
    }
    Some(k)
}

/// The first word or character of a phrase, the key under which it is indexed.
fn first_form(phrase: &str) -> String {
    if phrase.is_ascii() {
        phrase.split(' ').next().unwrap_or("").split('\'').next().unwrap_or("").to_string()
    } else {
        phrase.chars().next().map(String::from).unwrap_or_default()
    }
}

/// The phrases of an index that can start at token `t`: looked up by its word, or by its
/// character encoded on the stack (this runs at every token, so it allocates nothing).
fn starting_at<'i, T>(index: &'i Index<T>, t: &Token) -> Option<&'i Vec<(&'static str, T)>> {
    match (t.word(), t.char()) {
        (Some(w), _) => index.get(w),
        (_, Some(c)) => index.get(&*c.encode_utf8(&mut [0; 4])),
        _ => None,
    }
}

/// Phrases indexed by their first word or character, built once: matching runs at every
/// token, and only the few phrases that can start there are tried. A table entry may list
/// several phrases with one value, separated by `|` (`"lead|leads|led"`).
pub fn index<T: Copy + Send + Sync + 'static>(
    table: &'static [(&'static str, T)],
    cell: &'static std::sync::OnceLock<Index<T>>,
) -> &'static Index<T> {
    cell.get_or_init(|| {
        let mut map: Index<T> = Index::default();
        // An entry may hold several phrases separated by `|`, all with its value.
        for &(phrases, v) in table {
            for p in phrases.split('|') {
                map.entry(first_form(p)).or_default().push((p, v));
            }
        }
        map
    })
}

/// Phrases by the form of their first token.
pub type Index<T> = rustc_hash::FxHashMap<String, Vec<(&'static str, T)>>;

/// Every phrase of `index` in the tokens, left to right, longest first at each token, not
/// overlapping (rules 1–3): each with its value and token range `[start, end)`.
pub fn find_all<T: Copy>(t: &[Token], index: &Index<T>) -> Vec<(T, (usize, usize))> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let best = starting_at(index, &t[i]).and_then(|c| {
            c.iter()
                .filter_map(|(p, v)| phrase_at(t, i, p).map(|e| (*v, e)))
                .max_by_key(|(_, e)| *e)
        });
        match best {
            Some((v, end)) => {
                out.push((v, (i, end)));
                i = end;
            }
            None => i += 1,
        }
    }
    out
}
