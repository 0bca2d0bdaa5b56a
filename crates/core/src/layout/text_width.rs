//! Text width without a browser.
//!
//! The core lays out labels before anything is drawn, and the same layout is written by the CLI
//! where no font engine exists, so widths are estimated from per-character advance widths. The
//! table follows DejaVu Sans, the widest of the common sans-serif fallbacks (Arial, Helvetica,
//! Liberation Sans and system-ui are all narrower), so an estimate is an upper bound in any of
//! them: labels laid out here never collide on screen, they only leave a little air.

/// Estimated advance width of `text` in px at `font_size` px (bold adds 8 %).
pub fn text_width(text: &str, font_size: f64, bold: bool) -> f64 {
    let em: f64 = text.chars().map(char_em).sum();
    em * font_size * if bold { 1.08 } else { 1.0 }
}

/// Advance width of one character in em.
fn char_em(c: char) -> f64 {
    match c {
        'i' | 'j' | 'l' | '\'' | '|' | '!' | '.' | ',' | ':' | ';' => 0.30,
        ' ' | 'f' | 't' | 'r' | 'I' | '(' | ')' | '[' | ']' | '/' | '-' => 0.45,
        'm' | 'w' | 'M' | 'W' => 1.00,
        '0'..='9' => 0.64,
        'a'..='z' => 0.64,
        'A'..='Z' => 0.78,
        '&' | '%' | '@' | '—' => 1.00,
        c if c.is_ascii() => 0.70,
        // CJK ideographs, kana, hangul and full-width forms are square.
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}' => 1.0,
        _ => 0.80,
    }
}

/// `text` cut to at most `max_width` px, ending in "…" when cut (the whole text stays in the
/// mark's description for tooltips and screen readers).
pub fn fit(text: &str, max_width: f64, font_size: f64) -> String {
    if text_width(text, font_size, false) <= max_width {
        return text.to_string();
    }
    let budget = max_width - text_width("…", font_size, false);
    let mut used = 0.0;
    let mut out = String::new();
    for c in text.chars() {
        used += char_em(c) * font_size;
        if used > budget {
            break;
        }
        out.push(c);
    }
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

/// Splits `text` into lines no wider than `max_width` px, breaking at spaces (and between CJK
/// characters, which have none). A single word wider than the line is kept whole.
pub fn wrap(text: &str, max_width: f64, font_size: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in split_words(text) {
        let candidate = format!("{line}{word}");
        if !line.is_empty() && text_width(candidate.trim_end(), font_size, false) > max_width {
            lines.push(line.trim_end().to_string());
            line = word.trim_start().to_string();
        } else {
            line = candidate;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// Words with their trailing space; each CJK character is a word of its own. A space before
/// "%" does not break ("86.4 %" stays on one line).
fn split_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if char_em(c) == 1.0 && !c.is_ascii() {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            words.push(c.to_string());
        } else {
            word.push(c);
            if c == ' ' && chars.peek() != Some(&'%') {
                words.push(std::mem::take(&mut word));
            }
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_grow_with_text_and_size_and_cjk_is_square() {
        assert_eq!(text_width("", 12.0, false), 0.0);
        assert!(text_width("GPT-4o", 12.0, false) > text_width("GPT-4", 12.0, false));
        assert!(text_width("GPT-4", 14.0, false) > text_width("GPT-4", 12.0, false));
        assert!(text_width("GPT-4", 12.0, true) > text_width("GPT-4", 12.0, false));
        assert_eq!(text_width("可灵", 12.0, false), 24.0);
    }

    #[test]
    fn wrap_keeps_every_word_and_respects_the_width() {
        let text = "Source: release dates compiled from public reporting, one link per model";
        for width in [60.0, 120.0, 200.0, 1000.0] {
            let lines = wrap(text, width, 11.0);
            assert_eq!(lines.join(" "), text, "width {width}");
            for line in &lines {
                let single_word = !line.contains(' ');
                assert!(
                    single_word || text_width(line, 11.0, false) <= width,
                    "{line:?} at {width}"
                );
            }
        }
        assert_eq!(wrap("来源：公开报道", 30.0, 10.0), ["来源：", "公开报", "道"]);
        // A percentage keeps its sign.
        assert_eq!(wrap("scored 86.4 % on MMLU", 40.0, 11.0), ["scored", "86.4 %", "on", "MMLU"]);
    }

    #[test]
    fn fit_cuts_with_an_ellipsis_inside_the_width() {
        let long = "China matched GPT-4's MMLU score 22 months after its release";
        let cut = fit(long, 120.0, 12.0);
        assert!(cut.ends_with('…') && text_width(&cut, 12.0, false) <= 120.0, "{cut}");
        assert_eq!(fit("short", 120.0, 12.0), "short");
        assert_eq!(fit("中国在发布后二十二个月追平", 60.0, 12.0), "中国在发…");
    }
}
