//! The claims as a list under the chart: who said what, when, how gapline reads it (or why it
//! could not), the quote and the source. Every claim is listed, drawn or not, so none is lost.
//! Written as escaped HTML: the widget inserts it, at a fraction of the code of a view per item.

use super::svg::escape;
use crate::claims::reading::read_claim;
use crate::claims::resolve::Resolver;
use crate::data::dataset::Dataset;
use crate::lang::Lang;
use std::fmt::Write;

/// The list as HTML (`<section class="gl-claims">` with one `<li>` per claim); empty when
/// there are no claims.
pub fn claim_list_html(data: &Dataset, lang: Lang) -> String {
    if data.claims.is_empty() {
        return String::new();
    }
    let zh = lang == Lang::Zh;
    // Indexed once for all the claims, and only when one is to be read.
    let names = Resolver::for_claims(data);
    let mut out = format!(
        r#"<section class="gl-claims" aria-label="{}"><ul>"#,
        if zh { "说法" } else { "Claims" }
    );
    for claim in &data.claims {
        let reading = read_claim(claim, data, names.as_ref());
        let quote = match (zh, &claim.text_zh) {
            (true, Some(original)) => original,
            _ => &claim.text,
        };
        // A text that could not be read says why, so an editor can fix it or set the fields by
        // hand; the claim is still listed.
        let note = match (&reading.error, reading.overridden.is_empty(), zh) {
            (Some(e), true, false) => format!(" (could not be read: {})", e.message),
            (Some(e), true, true) => format!("（无法解读：{}）", e.message),
            (_, true, _) if reading.origin.reviewed() => String::new(),
            // Nobody has checked what the parser read: the reader is told.
            (_, true, true) => "（自动解读，未经审核）".into(),
            (_, true, false) => " (read automatically, not reviewed)".into(),
            (_, false, true) => "（人工设定）".into(),
            (_, false, false) => " (set by hand)".into(),
        };
        let _ = write!(
            out,
            r#"<li data-claim-id="{}">{}, {}: <strong class="gl-claim-reading">{}</strong>{} “{}” <a href="{}" target="_blank" rel="noopener noreferrer">{}</a></li>"#,
            escape(&claim.id),
            escape(&claim.speaker),
            escape(&lang.date(claim.said_on)),
            escape(&reading.summary(lang)),
            escape(&note),
            escape(quote),
            escape(claim.source_url.as_str()),
            if zh { "来源" } else { "source" }
        );
    }
    out.push_str("</ul></section>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset::RawDataset;

    #[test]
    fn every_claim_is_listed_with_its_reading_or_why_not_and_text_stays_text() {
        let json = r#"{"models": [{"id": "gpt-4", "name": "GPT-4", "organization": "OpenAI", "region": "US", "released": "2023-03-14", "source_url": "https://example.org/g"}],
          "claims": [
            {"id": "a", "speaker": "<b>A</b>", "said_on": "2024-02", "source_url": "https://example.org/a?x=1&y=2", "text": "China is 18 months behind GPT-4."},
            {"id": "b", "speaker": "B", "said_on": "2024-03", "source_url": "https://example.org/b", "text": "Nobody knows anything."},
            {"id": "c", "speaker": "C", "said_on": "2024-04", "source_url": "https://example.org/c", "text": "Nobody knows.", "gap_months": {"min": 12}}]}"#;
        let d = serde_json::from_str::<RawDataset>(json).expect("JSON").check().dataset;
        let html = claim_list_html(&d, Lang::En);
        assert_eq!(html.matches("<li ").count(), 3);
        assert!(html.contains("&lt;b&gt;A&lt;/b&gt;, February 2024: <strong class=\"gl-claim-reading\">behind GPT-4 by 1.5 years</strong>"), "{html}");
        assert!(html.contains("href=\"https://example.org/a?x=1&amp;y=2\""));
        assert!(html.contains("(could not be read: "), "{html}");
        assert!(html.contains(" (set by hand)"));
        assert!(claim_list_html(&Dataset::default(), Lang::En).is_empty());
        assert!(claim_list_html(&d, Lang::Zh).contains("来源"));
    }
}
