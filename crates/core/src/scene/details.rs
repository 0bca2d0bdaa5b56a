//! What a details card says about a model: its name, who made it, when (at the precision
//! known: "March 2023", not "2023-03-01"), its benchmark scores and its source. Built here so
//! the widget only lays the lines out, and the words are tested without a browser.

use crate::data::dataset::Dataset;
use crate::lang::Lang;
use crate::scene::svg::num;

/// A details card.
#[derive(Debug, Clone, PartialEq)]
pub struct Details {
    /// The heading: the model's name.
    pub title: String,
    /// Lines of text under it.
    pub lines: Vec<String>,
    /// The source link: its text and URL (always http or https: checked when the data was read).
    pub link: (String, String),
}

impl Details {
    /// The lines as HTML, escaped: one paragraph whose lines are kept by `white-space:
    /// pre-line`.
    pub fn body_html(&self) -> String {
        format!(
            r#"<p class="gl-card-lines">{}</p>"#,
            crate::scene::svg::escape(&self.lines.join("\n"))
        )
    }
}

/// The card of model `index` of `data`, or `None` for an index out of range.
pub fn model_details(data: &Dataset, index: usize, lang: Lang) -> Option<Details> {
    let m = data.models.get(index)?;
    let zh = lang == Lang::Zh;
    let mut lines = Vec::new();
    let who = match (m.organization.is_empty(), zh) {
        (true, _) => m.region.name(lang).to_string(),
        (false, false) => format!("{}, {}", m.organization, m.region.name(lang)),
        (false, true) => format!("{}（{}）", m.organization, m.region.name(lang)),
    };
    lines.push(who);
    lines.push(if zh {
        format!("发布：{}", lang.date(m.released))
    } else {
        format!("Released {}", lang.date(m.released))
    });
    // Its own scores, then its best on each benchmark it has runs on, read by the observed-lag
    // rules (so fractions become percentages the same way everywhere), each with its unit and
    // who measured it.
    let mut scores: Vec<(String, String)> =
        m.scores.iter().map(|(k, v)| (k.clone(), format!("{} %", num(*v)))).collect();
    for run in data.benchmarks.iter().filter(|r| r.model == m.id) {
        if scores.iter().any(|(k, _)| *k == run.benchmark) {
            continue;
        }
        let (name, all) = crate::gap::observed::scores(data, &run.benchmark);
        let Some(best) =
            all.iter().filter(|s| s.model_id == m.id).max_by(|a, b| a.score.total_cmp(&b.score))
        else {
            continue;
        };
        let by = match run.evaluator.as_deref() {
            Some(e) if e.eq_ignore_ascii_case("self") && zh => "（自报）".to_string(),
            Some(e) if e.eq_ignore_ascii_case("self") => " (own report)".to_string(),
            Some(e) if zh => format!("（{e}）"),
            Some(e) => format!(" ({e})"),
            None => String::new(),
        };
        scores.push((name, format!("{}{by}", best.shown(lang))));
    }
    for (name, value) in scores {
        let name = if name.chars().all(|c| c.is_ascii_lowercase()) {
            name.to_ascii_uppercase()
        } else {
            name
        };
        lines.push(format!("{name}: {value}"));
    }
    match (m.open_weights, zh) {
        (Some(true), false) => lines.push("Open weights".into()),
        (Some(true), true) => lines.push("开放权重".into()),
        (Some(false), false) => lines.push("Closed weights".into()),
        (Some(false), true) => lines.push("未开放权重".into()),
        (None, _) => {}
    }
    if m.available_in_china == Some(false) {
        lines.push(
            if zh {
                "美国出口管制：不得销往中国"
            } else {
                "Not sold in China under US export rules"
            }
            .into(),
        );
    }
    if let Some(notes) = &m.notes {
        lines.push(notes.clone());
    }
    let link_text = if zh { "来源" } else { "Source" };
    Some(Details {
        title: m.name.clone(),
        lines,
        link: (link_text.to_string(), m.source_url.as_str().to_string()),
    })
}

/// The card of event `index` of `data`: its title in `lang` (the English one when there is no
/// Chinese), the date at its precision with its kind and acting region, its description, and
/// its source; `None` for an index out of range.
pub fn event_details(data: &Dataset, index: usize, lang: Lang) -> Option<Details> {
    let e = data.events.get(index)?;
    let zh = lang == Lang::Zh;
    let title = match (zh, &e.title_zh) {
        (true, Some(t)) => t.clone(),
        _ => e.title.clone(),
    };
    let kind = crate::scene::events::kind_name(e.kind, lang);
    let mut lines = vec![if zh {
        format!("{}，{}，{}", lang.date(e.date), kind, e.region.name(lang))
    } else {
        format!("{}, {kind}, {}", lang.date(e.date), e.region.name(lang))
    }];
    lines.extend(e.description.clone());
    let link_text = if zh { "来源" } else { "Source" };
    Some(Details { title, lines, link: (link_text.to_string(), e.source_url.as_str().to_string()) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset::RawDataset;

    #[test]
    fn a_model_card_says_who_when_scores_and_source_in_both_languages() {
        let json = r#"{"models": [
            {"id": "gpt-4", "name": "GPT-4", "organization": "OpenAI", "region": "US", "released": "2023-03", "scores": {"mmlu": 86.4}, "source_url": "https://openai.com/research/gpt-4"}],
          "benchmarks": [
            {"benchmark": "GPQA diamond", "model": "gpt-4", "model_name": "GPT-4", "region": "US", "released": "2023-06-13", "score": 0.3065, "source_url": "https://epoch.ai"},
            {"benchmark": "GPQA diamond", "model": "gpt-4", "model_name": "GPT-4", "region": "US", "released": "2023-11-06", "score": 0.4236, "source_url": "https://epoch.ai"}]}"#;
        let d = serde_json::from_str::<RawDataset>(json).expect("JSON").check().dataset;
        let card = model_details(&d, 0, Lang::En).expect("a card");
        assert_eq!(card.title, "GPT-4");
        assert_eq!(
            card.lines,
            [
                "OpenAI, United States",
                "Released March 2023",
                "MMLU: 86.4 %",
                "GPQA diamond: 42.4 %"
            ]
        );
        assert_eq!(
            card.link,
            ("Source".to_string(), "https://openai.com/research/gpt-4".to_string())
        );
        assert_eq!(
            card.body_html(),
            "<p class=\"gl-card-lines\">OpenAI, United States\nReleased March 2023\nMMLU: 86.4 %\nGPQA diamond: 42.4 %</p>"
        );
        let zh = model_details(&d, 0, Lang::Zh).expect("a card");
        assert_eq!(&zh.lines[..2], ["OpenAI（美国）", "发布：2023年3月"]);
        assert_eq!(model_details(&d, 5, Lang::En), None);
    }

    #[test]
    fn an_event_card_says_what_when_who_and_where_from_in_both_languages() {
        let json = r#"{"models": [{"id": "a", "name": "A", "region": "US", "released": "2022-05-01", "source_url": "https://a.example"}],
          "events": [{"id": "e", "date": "2023-11", "region": "US", "kind": "chip", "title": "Nvidia readies H20", "title_zh": "英伟达准备H20",
            "description": "Chips <made> for China.", "source_url": "https://e.example/h20"}]}"#;
        let d = serde_json::from_str::<RawDataset>(json).expect("JSON").check().dataset;
        let en = event_details(&d, 0, Lang::En).expect("a card");
        assert_eq!(en.title, "Nvidia readies H20");
        assert_eq!(en.lines, ["November 2023, chip, United States", "Chips <made> for China."]);
        assert_eq!(en.link, ("Source".to_string(), "https://e.example/h20".to_string()));
        assert!(en.body_html().contains("&lt;made&gt;"), "text, never markup");
        let zh = event_details(&d, 0, Lang::Zh).expect("a card");
        assert_eq!(zh.title, "英伟达准备H20");
        assert_eq!(zh.lines[0], "2023年11月，芯片，美国");
        assert!(event_details(&d, 1, Lang::En).is_none());
    }
}
