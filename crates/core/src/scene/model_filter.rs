//! Which models carry a label: the prominent ones only, or all of them.

/// Which models are labelled on the timeline. Every model is still drawn as a mark, reached
/// by the keyboard, and listed in the tooltip, the cards and the table; the filter decides
/// only which marks may carry a label and which are drawn light.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ModelFilter {
    /// Only prominent models are labelled (those the drawn claims name, those that set a new
    /// best score in their lane on the scene's benchmark, and those marked `key` in the
    /// data); the others are light marks without labels.
    Key,
    /// Every model may be labelled, prominent ones first. The default.
    #[default]
    All,
}

impl ModelFilter {
    /// Reads `key` or `all` (case and surrounding space ignored).
    pub fn parse(text: &str) -> Option<ModelFilter> {
        match text.trim().to_ascii_lowercase().as_str() {
            "key" => Some(ModelFilter::Key),
            "all" => Some(ModelFilter::All),
            _ => None,
        }
    }

    /// `key` or `all`, as [`ModelFilter::parse`] reads it.
    pub fn name(self) -> &'static str {
        match self {
            ModelFilter::Key => "key",
            ModelFilter::All => "all",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_other_words_are_refused() {
        for f in [ModelFilter::Key, ModelFilter::All] {
            assert_eq!(ModelFilter::parse(f.name()), Some(f));
        }
        assert_eq!(ModelFilter::parse(" KEY "), Some(ModelFilter::Key));
        assert_eq!(ModelFilter::parse("some"), None);
        assert_eq!(ModelFilter::parse(""), None);
    }
}
