//! Moving the keyboard focus between marks.

/// Which mark the keyboard moves to from `current` (marks are in lane order, each lane by
/// date), or `None` for keys the timeline ignores. `key` is `KeyboardEvent.key`.
pub fn next_mark(key: &str, current: usize, count: usize) -> Option<usize> {
    let last = count.checked_sub(1)?;
    Some(match key {
        "ArrowRight" | "ArrowDown" => (current + 1).min(last),
        "ArrowLeft" | "ArrowUp" => current.saturating_sub(1),
        "Home" => 0,
        "End" => last,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::next_mark;

    #[test]
    fn keys_move_within_the_marks_and_stop_at_the_ends() {
        let cases = [
            ("right", "ArrowRight", 3, 10, Some(4)),
            ("down", "ArrowDown", 3, 10, Some(4)),
            ("right at end", "ArrowRight", 9, 10, Some(9)),
            ("left", "ArrowLeft", 3, 10, Some(2)),
            ("left at start", "ArrowLeft", 0, 10, Some(0)),
            ("home", "Home", 7, 10, Some(0)),
            ("end", "End", 2, 10, Some(9)),
            ("other key", "a", 2, 10, None),
            ("no marks", "End", 0, 0, None),
        ];
        for (label, key, current, count, expected) in cases {
            assert_eq!(next_mark(key, current, count), expected, "{label}");
        }
    }
}
