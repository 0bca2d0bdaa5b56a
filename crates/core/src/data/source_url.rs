//! Source links: the only URLs gapline ever turns into links.

use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// An absolute `http://` or `https://` URL. Anything else (`javascript:`, `data:`, relative
/// paths) is refused when the data is read, so a data file can never smuggle script into a link.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct SourceUrl(String);

/// Why a source URL was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlError(String);

impl fmt::Display for UrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a web link: sources must start with https:// or http://", self.0)
    }
}

impl std::error::Error for UrlError {}

impl SourceUrl {
    /// Accepts absolute http(s) URLs with a host and no whitespace or control characters.
    pub fn parse(text: &str) -> Result<SourceUrl, UrlError> {
        let t = text.trim();
        let lower = t.to_ascii_lowercase();
        let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
        let has_host =
            rest.is_some_and(|r| r.split(['/', '?', '#']).next().is_some_and(|h| !h.is_empty()));
        let clean = !t
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
        if has_host && clean { Ok(SourceUrl(t.to_string())) } else { Err(UrlError(t.to_string())) }
    }

    /// The URL text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for SourceUrl {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        SourceUrl::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_absolute_http_links_pass() {
        for good in ["https://example.org/a?b=1#c", "http://example.org", "HTTPS://EXAMPLE.ORG/x"] {
            assert!(SourceUrl::parse(good).is_ok(), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "data:text/html,<b>x</b>",
            "/relative/path",
            "https://",
            "https:///nohost",
            "ftp://example.org",
            "https://example.org/a b",
            "https://example.org/\"onmouseover=\"x",
            "",
        ] {
            assert!(SourceUrl::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn error_says_what_to_write() {
        let err = SourceUrl::parse("javascript:alert(1)").expect_err("refused");
        assert_eq!(
            err.to_string(),
            "`javascript:alert(1)` is not a web link: sources must start with https:// or http://"
        );
    }
}
