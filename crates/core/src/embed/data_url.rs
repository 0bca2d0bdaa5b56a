//! The URLs a timeline fetches its data from (`data-src`, `data-claims`).

/// The largest data file a timeline reads, in bytes: 16 MiB. The built-in dataset is about
/// 0.1 MiB and 10,000 models take about 3 MiB; a larger file is refused before it is read, so a
/// wrong link (a video, a database dump) cannot freeze the reader's tab.
pub const MAX_DATA_BYTES: u64 = 16 * 1024 * 1024;

/// Accepts a data URL that is relative (`data/models.json`, `/data/x.csv`, `//host/x.json`),
/// absolute http(s), or a `blob:` URL (made by the page itself, with `URL.createObjectURL`);
/// refuses any other scheme (`javascript:`, `data:`, `file:`), with a message
/// that says what to write instead. `what` names the setting, e.g. `data-src`.
pub fn check_data_url(what: &str, url: &str) -> Result<(), String> {
    let url = url.trim();
    if url.chars().any(char::is_control) {
        return Err(format!("{what}: the URL contains control characters; write it on one line"));
    }
    // A scheme is letters (then letters, digits, + - .) before a colon that comes before any
    // `/`, `?` or `#`; without one the URL is relative to the page.
    let scheme = url.split_once(':').map(|(s, _)| s).filter(|s| {
        s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    });
    match scheme.map(str::to_ascii_lowercase).as_deref() {
        None | Some("http" | "https" | "blob") => Ok(()),
        Some(other) => Err(format!(
            "{what}: \"{other}:\" URLs are not loaded; give an http(s) address or a path such as data/models.json"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::check_data_url;

    #[test]
    fn relative_and_web_urls_pass_other_schemes_are_refused() {
        let cases = [
            ("relative path", "data/models.json", true),
            ("absolute path", "/gapline/data/claims.json", true),
            ("protocol-relative", "//cdn.example.org/m.json", true),
            ("https", "https://example.org/m.csv", true),
            ("HTTP in capitals", "HTTP://example.org/m.csv", true),
            ("query with a colon", "data.json?at=12:00", true),
            ("object URL", "blob:http://127.0.0.1:8080/2f1c-44", true),
            ("javascript", "javascript:alert(1)", false),
            ("javascript in capitals with spaces", "  JavaScript:alert(1)", false),
            ("data URL", "data:application/json,{}", false),
            ("file", "file:///etc/passwd", false),
            ("newline", "data/\nmodels.json", false),
        ];
        for (label, url, ok) in cases {
            assert_eq!(check_data_url("data-src", url).is_ok(), ok, "{label}: {url}");
        }
        let message = check_data_url("data-src", "javascript:alert(1)").expect_err("refused");
        assert!(message.starts_with("data-src: \"javascript:\""), "{message}");
        assert!(message.contains("http(s)"), "{message}");
    }
}
