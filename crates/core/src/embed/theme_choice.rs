//! The colour theme a reader picks: follow the system, or force light or dark.

/// Colour theme of the widget. Default: `Auto` (follows `prefers-color-scheme`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeChoice {
    /// Light or dark as the reader's system prefers (default).
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    /// Reads `auto` / `light` / `dark`; anything else is `None`.
    pub fn parse(word: &str) -> Option<ThemeChoice> {
        match word.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(ThemeChoice::Auto),
            "light" => Some(ThemeChoice::Light),
            "dark" => Some(ThemeChoice::Dark),
            _ => None,
        }
    }

    /// The word `parse` reads, also the `<select>` value.
    pub fn word(self) -> &'static str {
        match self {
            ThemeChoice::Auto => "auto",
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
        }
    }

    /// The class on the widget's root: the stylesheet's dark colours apply under `gl-dark`, and
    /// under `prefers-color-scheme: dark` unless `gl-light` is set.
    pub fn class(self) -> &'static str {
        match self {
            ThemeChoice::Auto => "gapline",
            ThemeChoice::Light => "gapline gl-light",
            ThemeChoice::Dark => "gapline gl-dark",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ThemeChoice;

    #[test]
    fn words_round_trip_and_unknown_words_are_refused() {
        for t in [ThemeChoice::Auto, ThemeChoice::Light, ThemeChoice::Dark] {
            assert_eq!(ThemeChoice::parse(t.word()), Some(t));
        }
        assert_eq!(ThemeChoice::parse(" Dark "), Some(ThemeChoice::Dark));
        assert_eq!(ThemeChoice::parse("sepia"), None);
        assert!(ThemeChoice::Dark.class().contains("gl-dark"));
    }
}
