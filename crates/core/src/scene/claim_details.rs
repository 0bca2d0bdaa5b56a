//! What a details card says about a claim: who said it, where and when, the quote with the
//! gap it states highlighted, the original in the other language when there is one, how
//! gapline reads it, the verdict, and the source. Built here so the widget only lays it out.

use super::primitives::ClaimMark;
use super::svg::escape;
use crate::data::dataset::Dataset;
use crate::lang::Lang;

/// A claim's details card.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimCard {
    /// The heading: the speaker.
    pub title: String,
    /// Affiliation, venue and the date said, on one line: "Chairman, 360 · Weibo · 16 February
    /// 2024".
    pub byline: String,
    /// The quote in three parts: before the stated gap, the gap (highlighted), after it. With
    /// no gap found in it, the whole quote is the first part.
    pub quote: [String; 3],
    /// The same statement in the other language, with its label ("Chinese original: …").
    pub original: Option<String>,
    /// How it is read: "Read as: behind GPT-4 by 1.5 years (lag reading)".
    pub reading: String,
    /// The verdict sentence, when there is a benchmark.
    pub verdict: Option<String>,
    /// The source link: its text and URL (http or https, checked when the data was read).
    pub link: (String, String),
}

impl ClaimCard {
    /// Everything but the title and the link as HTML, every piece of text escaped: the byline,
    /// the quote with its gap in `<mark>`, then the original, the reading and the verdict.
    pub fn body_html(&self) -> String {
        let [before, gap, after] = &self.quote;
        let mark =
            if gap.is_empty() { String::new() } else { format!("<mark>{}</mark>", escape(gap)) };
        let rest: Vec<&str> =
            [self.original.as_deref(), Some(&self.reading), self.verdict.as_deref()]
                .into_iter()
                .flatten()
                .collect();
        format!(
            r#"<p class="gl-card-lines">{}</p><blockquote class="gl-card-quote">{}{mark}{}</blockquote><p class="gl-card-lines">{}</p>"#,
            escape(&self.byline),
            escape(before),
            escape(after),
            escape(&rest.join("\n"))
        )
    }
}

/// Splits `text` at the character span `(start, end)`; `None` when the span is not inside it.
fn split_chars(text: &str, (start, end): (usize, usize)) -> Option<[String; 3]> {
    let byte = |n: usize| text.char_indices().map(|(b, _)| b).chain([text.len()]).nth(n);
    let (a, b) = (byte(start)?, byte(end)?);
    (a <= b).then(|| [text[..a].to_string(), text[a..b].to_string(), text[b..].to_string()])
}

/// The card of the claim drawn as `row`, from `data`.
pub fn claim_details(data: &Dataset, row: &ClaimMark, lang: Lang) -> Option<ClaimCard> {
    let claim = data.claims.get(row.claim)?;
    let zh = lang == Lang::Zh;
    let said = lang.date(claim.said_on);
    let byline: Vec<&str> = [claim.affiliation.as_deref(), claim.venue.as_deref(), Some(&said)]
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .collect();
    // The quote is the text that was read, so its gap can be highlighted; the other text is
    // shown under it. Read in English but shown to a Chinese reader, the Chinese comes first.
    let read_zh = matches!(row.gap_span, Some(("text_zh", _)));
    let (first_zh, span) = match (&claim.text_zh, read_zh, zh) {
        (Some(_), true, _) => (true, row.gap_span.map(|s| s.1)),
        (Some(_), false, true) => (true, None),
        _ => (false, row.gap_span.map(|s| s.1)),
    };
    let (quote, other) = match (&claim.text_zh, first_zh) {
        (Some(original), true) => (original.as_str(), Some(claim.text.as_str())),
        (Some(original), false) => (claim.text.as_str(), Some(original.as_str())),
        (None, _) => (claim.text.as_str(), None),
    };
    let quote = span
        .and_then(|s| split_chars(quote, s))
        .unwrap_or_else(|| [quote.to_string(), String::new(), String::new()]);
    let original = other.map(|o| match (first_zh, zh) {
        (false, false) => format!("Chinese original: {o}"),
        (false, true) => format!("中文原文：{o}"),
        (true, false) => format!("English: {o}"),
        (true, true) => format!("英文：{o}"),
    });
    let kind = match (row.as_catch_up, row.anchor_x.is_some(), zh) {
        (true, _, false) => "catch-up reading: the claim names no model to count from",
        (true, _, true) => "追赶解读：该说法未提及可作起点的模型",
        (false, false, false) => "no date can be projected",
        (false, false, true) => "无可推算的日期",
        (false, true, _) => "",
    };
    let mut reading =
        if zh { format!("解读：{}", row.summary) } else { format!("Read as: {}", row.summary) };
    if !kind.is_empty() {
        reading.push_str(&if zh { format!("（{kind}）") } else { format!(" ({kind})") });
    }
    // The other comparisons the same sentence makes, listed together.
    if !row.others.is_empty() {
        let others = row.others.join(if zh { "；" } else { "; " });
        reading.push_str(&if zh {
            format!("；同一句还说：{others}")
        } else {
            format!("; the same sentence also says: {others}")
        });
    }
    let dates: Vec<&str> =
        [row.parity_text.as_deref(), row.observed_text.as_deref()].into_iter().flatten().collect();
    if !dates.is_empty() {
        reading.push('\n');
        reading.push_str(&dates.join(if zh { "；" } else { "; " }));
    }
    if !row.overridden.is_empty() {
        let fields = row.overridden.join(", ");
        reading.push_str(&if zh {
            format!("；人工设定：{fields}")
        } else {
            format!("; set by hand: {fields}")
        });
    }
    // A reading nobody confirmed is published as the parser read it: the reader is told.
    if !row.reviewed {
        reading.push_str(if zh {
            "（自动解读，未经审核）"
        } else {
            " (read automatically, not reviewed)"
        });
    }
    Some(ClaimCard {
        title: claim.speaker.clone(),
        byline: byline.join(" · "),
        quote,
        original,
        reading,
        verdict: row.verdict_text.clone(),
        link: (
            (if zh { "来源" } else { "Source" }).to_string(),
            claim.source_url.as_str().to_string(),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset::RawDataset;
    use crate::scene::{SceneOptions, build_scene};

    const DATA: &str = r#"{"models": [
        {"id": "gpt-4", "name": "GPT-4", "organization": "OpenAI", "region": "US", "released": "2023-03-14", "scores": {"mmlu": 86.4}, "source_url": "https://openai.com/research/gpt-4"},
        {"id": "qwen", "name": "Qwen", "organization": "Alibaba", "region": "CN", "released": "2024-04-01", "scores": {"mmlu": 87.0}, "source_url": "https://example.org/qwen"}],
      "claims": [
        {"id": "zhou", "speaker": "Zhou Hongyi", "affiliation": "Chairman, 360", "venue": "Weibo", "said_on": "2024-02-16",
         "source_url": "https://example.org/zhou",
         "text": "There is still a 1.5-year gap from GPT-4.",
         "text_zh": "但跟GPT-4还有1.5年的差距。"},
        {"id": "hand", "speaker": "Someone", "said_on": "2024-03", "source_url": "https://example.org/s",
         "text": "They are far behind.", "gap_months": {"min": 24}}]}"#;

    fn scene_and_data(lang: Lang) -> (crate::scene::Scene, Dataset) {
        let d = serde_json::from_str::<RawDataset>(DATA).expect("JSON").check().dataset;
        let s = build_scene(
            &d,
            &SceneOptions { lang, benchmark: Some("MMLU".into()), ..SceneOptions::default() },
        );
        (s, d)
    }

    #[test]
    fn a_claim_card_has_the_quote_with_its_gap_highlighted_the_original_and_the_verdict() {
        let (s, d) = scene_and_data(Lang::En);
        let card = claim_details(&d, &s.claims[0], Lang::En).expect("a card");
        assert_eq!(card.title, "Zhou Hongyi");
        assert_eq!(card.byline, "Chairman, 360 · Weibo · 16 February 2024");
        assert_eq!(card.quote[1], "1.5-year", "the stated gap is the highlighted part");
        assert_eq!(card.quote.concat(), "There is still a 1.5-year gap from GPT-4.");
        assert_eq!(card.original.as_deref(), Some("Chinese original: 但跟GPT-4还有1.5年的差距。"));
        assert!(card.reading.starts_with("Read as: behind GPT-4 by 1.5 years"), "{}", card.reading);
        let verdict = card.verdict.clone().expect("a verdict on MMLU");
        assert!(verdict.contains("Qwen"), "{verdict}");
        assert_eq!(card.link.1, "https://example.org/zhou");
        let html = card.body_html();
        assert!(html.contains("There is still a <mark>1.5-year</mark> gap from GPT-4."), "{html}");
    }

    #[test]
    fn a_chinese_reader_sees_the_chinese_first_and_fields_set_by_hand_are_named() {
        let (s, d) = scene_and_data(Lang::Zh);
        let card = claim_details(&d, &s.claims[0], Lang::Zh).expect("a card");
        assert_eq!(card.quote.concat(), "但跟GPT-4还有1.5年的差距。");
        assert_eq!(
            card.original.as_deref(),
            Some("英文：There is still a 1.5-year gap from GPT-4.")
        );
        assert!(card.byline.ends_with("2024年2月16日"), "{}", card.byline);
        let (s, d) = scene_and_data(Lang::En);
        let hand = claim_details(&d, &s.claims[1], Lang::En).expect("a card");
        assert!(hand.reading.contains("set by hand: gap_months"), "{}", hand.reading);
        assert_eq!(hand.quote[1], "", "nothing to highlight when the gap was given by hand");
        assert!(!hand.body_html().contains("<mark>"));
        let hostile = ClaimCard {
            byline: "<script>x</script>".into(),
            quote: ["<img src=x onerror=alert(1)>".into(), String::new(), String::new()],
            ..hand
        };
        assert!(!hostile.body_html().contains("<img") && !hostile.body_html().contains("<script"));
    }

    #[test]
    fn spans_outside_the_text_are_not_highlighted() {
        assert_eq!(split_chars("abc", (1, 2)), Some(["a".into(), "b".into(), "c".into()]));
        assert_eq!(split_chars("差距", (0, 1)), Some(["".into(), "差".into(), "距".into()]));
        assert_eq!(split_chars("abc", (2, 9)), None);
        assert_eq!(split_chars("abc", (2, 1)), None);
    }
}
