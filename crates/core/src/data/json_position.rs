//! Where a JSON pointer's value starts in the text of a JSON document.
//!
//! serde_json gives positions only for syntax errors. To point a reader at the line of a value
//! that parsed but is wrong, the document is walked one pointer segment at a time, each level
//! parsed into borrowed [`RawValue`]s, whose slices are positions in the original text.

use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// Byte offset of the value at `pointer` (RFC 6901) in `text`, or `None` if there is none.
pub fn pointer_offset(text: &str, pointer: &str) -> Option<usize> {
    let mut current: &str = text.trim_end();
    for segment in pointer.split('/').skip(1) {
        let key = segment.replace("~1", "/").replace("~0", "~");
        let next: &RawValue = if let Ok(index) = key.parse::<usize>() {
            let items: Vec<&RawValue> = serde_json::from_str(current).ok()?;
            items.get(index)?
        } else {
            let fields: BTreeMap<String, &RawValue> = serde_json::from_str(current).ok()?;
            fields.get(&key)?
        };
        current = next.get();
    }
    let offset = (current.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    (offset <= text.len()).then_some(offset)
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (u64, u64) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() as u64 + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u64 + 1;
    (line, column)
}

/// serde_json's place of a syntax error (1-based line; column in bytes, 0 at the start of a
/// line) as 1-based line and column in characters, as every other place is given.
pub fn syntax_position(text: &str, line: usize, byte_column: usize) -> (u64, u64) {
    let Some(this) = text.split('\n').nth(line.saturating_sub(1)) else {
        return (line as u64, byte_column.max(1) as u64);
    };
    // The bytes up to the error, cut back to a character boundary.
    let mut end = byte_column.min(this.len());
    while !this.is_char_boundary(end) {
        end -= 1;
    }
    let column = this.get(..end).map_or(0, |b| b.chars().count()).max(1);
    (line as u64, column as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_are_placed_in_characters_from_1() {
        assert_eq!(syntax_position("{\n", 2, 0), (2, 1));
        // `x` is the 12th character and the 16th byte.
        assert_eq!(syntax_position("{\"t\": \"中文\" x}", 1, 16), (1, 12));
        assert_eq!(syntax_position("ab", 1, 99), (1, 2));
        assert_eq!(syntax_position("ab", 7, 3), (7, 3));
    }

    #[test]
    fn finds_values_by_pointer() {
        let text = "{\n  \"models\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"a/b\": 1, \"名\": 2}\n  ]\n}";
        let at = |p: &str| pointer_offset(text, p).map(|o| line_column(text, o));
        assert_eq!(at("/models/1/id"), Some((4, 12)));
        assert_eq!(at("/models/0"), Some((3, 5)));
        assert_eq!(at("/models/1/a~1b"), Some((4, 24)));
        assert_eq!(at("/models/1/名"), Some((4, 32)));
        assert_eq!(at(""), Some((1, 1)));
        assert_eq!(at("/models/7"), None);
        assert_eq!(at("/nothing"), None);
    }
}
