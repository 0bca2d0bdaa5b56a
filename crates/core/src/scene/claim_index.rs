//! Every claim of a dataset with its reading and verdict, for the site's claims page: one
//! entry per claim, with the values it can be filtered by (speaker, modality, relation) and its
//! text as escaped HTML. The page only shows and hides entries.

use super::svg::escape;
use crate::claims::reading::read_claim;
use crate::claims::resolve::Resolver;
use crate::data::dataset::Dataset;
use crate::gap::projection::ReadingKind;
use crate::gap::verdict::verdict;
use crate::lang::Lang;

/// One claim on the claims page.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ClaimEntry {
    /// The claim's id.
    pub id: String,
    /// Who said it.
    pub speaker: String,
    /// What it is about, as read: `text`, `video`, `chips` or `general`.
    pub modality: &'static str,
    /// The relation, as read: `behind`, `ahead`, `parity`, … (`Relation::name`).
    pub relation: &'static str,
    /// The entry as HTML (`<article class="gl-entry">`), every piece of text escaped.
    pub html: String,
}

/// The entries of every claim in `data`, in the order of the data, read in `kind` and checked
/// on `benchmark`. A claim whose text cannot be read is listed with the reason.
pub fn claim_index(
    data: &Dataset,
    benchmark: &str,
    kind: ReadingKind,
    lang: Lang,
) -> Vec<ClaimEntry> {
    let zh = lang == Lang::Zh;
    let names = Resolver::new(data);
    data.claims
        .iter()
        .map(|claim| {
            let reading = read_claim(claim, data, Some(&names));
            let judged = verdict(claim, &reading, data, benchmark, kind).text(lang);
            let said = match &reading.error {
                Some(e) if reading.overridden.is_empty() => {
                    if zh { format!("无法解读：{}", e.message) } else { format!("Could not be read: {}", e.message) }
                }
                _ => reading.summary(lang),
            };
            let quote = match (zh, &claim.text_zh) {
                (true, Some(original)) => original,
                _ => &claim.text,
            };
            let byline: Vec<&str> = [
                claim.affiliation.as_deref(),
                claim.venue.as_deref(),
            ]
            .into_iter()
            .flatten()
            .collect();
            let html = format!(
                r#"<article class="gl-entry" data-claim-id="{id}"><h3>{speaker}</h3><p class="gl-entry-by">{byline}{sep}{date}</p><blockquote>{quote}</blockquote><dl><dt>{read_as}</dt><dd>{said}</dd><dt>{verdict_on}</dt><dd>{judged}</dd></dl><a href="{url}" target="_blank" rel="noopener noreferrer">{source}</a></article>"#,
                id = escape(&claim.id),
                speaker = escape(&claim.speaker),
                byline = escape(&byline.join(" · ")),
                sep = if byline.is_empty() { "" } else { " · " },
                date = escape(&lang.date(claim.said_on)),
                quote = escape(quote),
                read_as = if zh { "解读" } else { "Read as" },
                said = escape(&said),
                verdict_on = if zh { format!("对照{}", escape(benchmark)) } else { format!("Against {}", escape(benchmark)) },
                judged = escape(&judged),
                url = escape(claim.source_url.as_str()),
                source = if zh { "来源" } else { "Source" },
            );
            ClaimEntry {
                id: claim.id.clone(),
                speaker: claim.speaker.clone(),
                modality: reading.modality.name(),
                relation: reading.relation.name(),
                html,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset::RawDataset;

    fn data() -> Dataset {
        serde_json::from_str::<RawDataset>(
            r#"{"models": [
              {"id": "gpt-4", "name": "GPT-4", "region": "US", "released": "2023-03-14", "scores": {"mmlu": 86.4}, "source_url": "https://a.example"},
              {"id": "qwen", "name": "Qwen", "region": "CN", "released": "2024-04-01", "scores": {"mmlu": 87.0}, "source_url": "https://a.example"}],
             "claims": [
              {"id": "a", "speaker": "Zhou <b>Hongyi</b>", "said_on": "2024-02", "source_url": "https://s.example/a?x=1&y=2",
               "text": "Chinese models are 1.5 years behind GPT-4.", "text_zh": "与GPT-4还有1.5年的差距", "venue": "Weibo"},
              {"id": "b", "speaker": "Someone", "said_on": "2024-05", "source_url": "https://s.example/b",
               "text": "Chinese video generators are ahead of the US."},
              {"id": "c", "speaker": "Nobody", "said_on": "2024-05", "source_url": "https://s.example/c",
               "text": "The weather is fine."}]}"#,
        )
        .expect("JSON")
        .check()
        .dataset
    }

    #[test]
    fn each_claim_has_its_filters_reading_and_verdict() {
        let d = data();
        let entries = claim_index(&d, "MMLU", ReadingKind::Lag, Lang::En);
        assert_eq!(entries.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["a", "b", "c"]);
        let (a, b, c) = (&entries[0], &entries[1], &entries[2]);
        assert_eq!((a.relation, a.modality), ("behind", "text"));
        assert_eq!((b.relation, b.modality), ("ahead", "video"));
        assert!(a.html.contains("behind GPT-4 by 1.5 years"), "{}", a.html);
        assert!(a.html.contains("Against MMLU"), "{}", a.html);
        assert!(a.html.contains("Qwen"), "the verdict names the matching model: {}", a.html);
        assert!(
            b.html.contains("not enough data") || b.html.contains("Not enough data"),
            "{}",
            b.html
        );
        assert!(c.html.contains("Could not be read"), "{}", c.html);
    }

    #[test]
    fn text_is_escaped_and_chinese_shows_the_original() {
        let d = data();
        let en = claim_index(&d, "MMLU", ReadingKind::Lag, Lang::En);
        assert!(en[0].html.contains("Zhou &lt;b&gt;Hongyi&lt;/b&gt;"), "{}", en[0].html);
        assert!(!en[0].html.contains("<b>"));
        assert!(en[0].html.contains("a?x=1&amp;y=2"), "{}", en[0].html);
        assert_eq!(en[0].speaker, "Zhou <b>Hongyi</b>", "filters keep the plain text");
        let zh = claim_index(&d, "MMLU", ReadingKind::Lag, Lang::Zh);
        assert!(zh[0].html.contains("与GPT-4还有1.5年的差距"), "{}", zh[0].html);
        assert!(zh[0].html.contains("解读"));
    }
}
