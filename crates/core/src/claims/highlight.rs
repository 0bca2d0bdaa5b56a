//! A claim's text with what the parser read marked in it: the stated gap (the quantity), the
//! words that decided the relation, and the reference. Shown by the claim editor, so a
//! journalist sees at a glance which words gapline took, and can correct a field when it took
//! the wrong ones.

use super::parse::ParsedClaim;
use crate::scene::svg::escape;

/// The kinds of marked words, each with its `<mark>` class. The classes are a contract with
/// the stylesheet (`www/gapline.css`) and the editor's tests.
pub const MARKS: [(&str, &str); 3] = [
    ("quantity", "gl-hl-quantity"),
    ("relation", "gl-hl-relation"),
    ("reference", "gl-hl-reference"),
];

/// `text` as escaped HTML, with the gap, the relation's cue and the reference each in a
/// `<mark class="gl-hl-…" title="…">` (classes in [`MARKS`]). Spans are character offsets
/// into `text`; a span that overlaps an earlier one is left unmarked rather than nested.
pub fn highlight_html(text: &str, parsed: &ParsedClaim) -> String {
    let mut spans: Vec<((usize, usize), usize)> =
        [parsed.gap_span, parsed.relation_span, parsed.reference_span]
            .into_iter()
            .enumerate()
            .filter_map(|(kind, span)| span.filter(|(a, b)| a < b).map(|s| (s, kind)))
            .collect();
    spans.sort();
    let chars: Vec<char> = text.chars().collect();
    let piece = |a: usize, b: usize| -> String {
        escape(&chars[a.min(chars.len())..b.min(chars.len())].iter().collect::<String>())
    };
    let mut out = String::new();
    let mut at = 0;
    for ((a, b), kind) in spans {
        if a < at || b > chars.len() {
            continue;
        }
        let (title, class) = MARKS[kind];
        out.push_str(&piece(at, a));
        out.push_str(&format!(r#"<mark class="{class}" title="{title}">{}</mark>"#, piece(a, b)));
        at = b;
    }
    out.push_str(&piece(at, chars.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::parse::parse_claim;
    use crate::data::dataset::RawDataset;

    fn data() -> crate::Dataset {
        serde_json::from_str::<RawDataset>(
            r#"{"models": [{"id": "gpt-4", "name": "GPT-4", "region": "US", "released": "2023-03-14", "source_url": "https://a.example"}]}"#,
        )
        .expect("JSON")
        .check()
        .dataset
    }

    /// The text of each mark of class `class`.
    fn marked(html: &str, class: &str) -> Vec<String> {
        let open = format!(r#"<mark class="{class}""#);
        html.match_indices(&open)
            .map(|(i, _)| {
                let rest = &html[i..];
                let start = rest.find('>').expect("tag end") + 1;
                rest[start..rest.find("</mark>").expect("close")].to_string()
            })
            .collect()
    }

    #[test]
    fn marks_the_gap_the_cue_and_the_reference() {
        let d = data();
        let cases = [
            (
                "english, model",
                "Chinese models are still 1.5 years behind GPT-4.",
                "1.5 years",
                "behind",
                "GPT-4",
            ),
            (
                "chinese, model",
                "国产大模型与GPT-4的差距在一年半左右",
                "一年半左右",
                "差距",
                "GPT-4",
            ),
            (
                "english, region",
                "China trails the US by two to three years in chips.",
                "two to three years",
                "trails",
                "US",
            ),
        ];
        for (label, text, quantity, cue, reference) in cases {
            let parsed = parse_claim(text, Some(&d)).expect(label);
            let html = highlight_html(text, &parsed);
            assert_eq!(marked(&html, "gl-hl-quantity"), [quantity], "{label}: {html}");
            assert_eq!(marked(&html, "gl-hl-relation"), [cue], "{label}: {html}");
            assert_eq!(marked(&html, "gl-hl-reference"), [reference], "{label}: {html}");
            // Taking the marks away gives the text back.
            let plain = html.replace("</mark>", "");
            let plain: String = plain
                .split("<mark ")
                .enumerate()
                .map(|(i, p)| if i == 0 { p } else { &p[p.find('>').expect("tag") + 1..] })
                .collect();
            assert_eq!(plain, text, "{label}");
        }
    }

    #[test]
    fn markup_in_the_text_stays_text() {
        let text = "<img src=x onerror=alert(1)> China is 2 years behind the US & more";
        let parsed = parse_claim(text, None).expect("reads");
        let html = highlight_html(text, &parsed);
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "{html}");
        assert!(html.contains("&amp; more"), "{html}");
        assert_eq!(marked(&html, "gl-hl-quantity"), ["2 years"]);
    }
}
