//! The table view: the models and claims in view as rows of text, for a real `<table>` (and
//! for anyone who reads tables better than charts, or cannot see the chart).

use super::primitives::Scene;
use super::svg::{escape, num};
use crate::data::dataset::Dataset;
use crate::data::model::Model;
use crate::gap::observed::scores;
use crate::lang::Lang;

/// A table: caption, column headings and rows of cells, all plain text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// The caption: what the rows are.
    pub caption: String,
    /// Column headings.
    pub head: Vec<String>,
    /// Rows, each with one cell per heading.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// The table as HTML (`<table>` with caption, `<th scope="col">` headings and rows), every
    /// cell escaped; empty when there are no rows. Written here rather than as widget views:
    /// a string costs the bundle far less code than a view per cell.
    pub fn to_html(&self) -> String {
        if self.rows.is_empty() {
            return String::new();
        }
        let mut out = format!(
            r#"<table class="gl-table"><caption>{}</caption><thead><tr>"#,
            escape(&self.caption)
        );
        for h in &self.head {
            out.push_str(&format!(r#"<th scope="col">{}</th>"#, escape(h)));
        }
        out.push_str("</tr></thead><tbody>");
        for row in &self.rows {
            out.push_str("<tr>");
            for cell in row {
                out.push_str(&format!("<td>{}</td>", escape(cell)));
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody></table>");
        out
    }
}

/// The models of the scene's lanes released (at least partly) in its window, by date then name:
/// the same rule as `build_scene` (a release period `[start, end)` meets the window's first to
/// last day), so tables and downloads hold exactly the marks drawn.
pub(crate) fn models_in_view<'a>(data: &'a Dataset, scene: &Scene) -> Vec<&'a Model> {
    let (from, to) = scene.window;
    let mut models: Vec<&Model> = data
        .models
        .iter()
        .filter(|m| scene.lanes.iter().any(|l| l.region == m.region))
        .filter(|m| m.released.end() > from && m.released.start() <= to)
        .collect();
    models.sort_by_key(|m| (m.released.start(), m.name.as_str()));
    models
}

/// The models of the scene's lanes released in its window, by date: name, developer, region,
/// date at its precision, and the best score on the scene's benchmark ("–" without one).
pub fn models_table(data: &Dataset, scene: &Scene, lang: Lang) -> Table {
    let zh = lang == Lang::Zh;
    let all = scene.benchmark.as_deref().map(|b| scores(data, b));
    let rows = models_in_view(data, scene)
        .into_iter()
        .map(|m| {
            let best = all.as_ref().and_then(|(_, all)| {
                all.iter().filter(|s| s.model_id == m.id).map(|s| s.score).reduce(f64::max)
            });
            vec![
                m.name.clone(),
                m.organization.clone(),
                m.region.name(lang).to_string(),
                lang.date(m.released),
                best.map_or_else(|| "–".to_string(), |s| format!("{} %", num(s))),
            ]
        })
        .collect();
    let score = match (&all, zh) {
        (Some((name, _)), false) => format!("{name} score"),
        (Some((name, _)), true) => format!("{name}成绩"),
        (None, false) => "Score".into(),
        (None, true) => "成绩".into(),
    };
    let head: [&str; 4] = if zh {
        ["模型", "开发者", "地区", "发布"]
    } else {
        ["Model", "Developer", "Region", "Released"]
    };
    Table {
        caption: (if zh { "视图中的模型" } else { "Models in view" }).into(),
        head: head.iter().map(|h| h.to_string()).chain([score]).collect(),
        rows,
    }
}

/// The claims drawn in the scene: who, when, how gapline reads them, and the verdict.
pub fn claims_table(data: &Dataset, scene: &Scene, lang: Lang) -> Table {
    let zh = lang == Lang::Zh;
    let rows = scene
        .claims
        .iter()
        .filter_map(|row| {
            let claim = data.claims.get(row.claim)?;
            Some(vec![
                claim.speaker.clone(),
                lang.date(claim.said_on),
                row.summary.clone(),
                row.parity_text.clone().unwrap_or_else(|| "–".into()),
                row.observed_text.clone().unwrap_or_else(|| "–".into()),
                row.verdict_text.clone().unwrap_or_else(|| "–".into()),
            ])
        })
        .collect();
    let head: [&str; 6] = if zh {
        ["说话人", "日期", "解读", "所称追平", "实际追平", "结论"]
    } else {
        ["Speaker", "Said", "Read as", "Claimed parity", "Observed parity", "Verdict"]
    };
    Table {
        caption: (if zh { "视图中的说法" } else { "Claims in view" }).into(),
        head: head.iter().map(|h| h.to_string()).collect(),
        rows,
    }
}

/// The events drawn in the scene, by date: date, kind, acting region, title in the scene's
/// language, and its source.
pub fn events_table(data: &Dataset, scene: &Scene, lang: Lang) -> Table {
    let zh = lang == Lang::Zh;
    let rows = scene
        .events
        .iter()
        .filter_map(|e| {
            let event = data.events.get(e.event)?;
            Some(vec![
                lang.date(event.date),
                super::events::kind_name(event.kind, lang).to_string(),
                event.region.name(lang).to_string(),
                e.title.clone(),
                event.source_url.as_str().to_string(),
            ])
        })
        .collect();
    let head: [&str; 5] = if zh {
        ["日期", "类别", "地区", "事件", "来源"]
    } else {
        ["Date", "Kind", "Region", "Event", "Source"]
    };
    Table {
        caption: (if zh { "视图中的事件" } else { "Events in view" }).into(),
        head: head.iter().map(|h| h.to_string()).collect(),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset::RawDataset;
    use crate::data::date::PartialDate;
    use crate::scene::{SceneOptions, build_scene};

    #[test]
    fn the_tables_hold_what_is_in_view() {
        let json = r#"{"models": [
            {"id": "a", "name": "A-1", "organization": "Lab A", "region": "US", "released": "2023-03-14", "scores": {"mmlu": 86.4}, "source_url": "https://example.org/a"},
            {"id": "b", "name": "B-1", "organization": "Lab B", "region": "CN", "released": "2024-04", "source_url": "https://example.org/b"},
            {"id": "f", "name": "F-1", "organization": "Lab F", "region": "FR", "released": "2024-05", "source_url": "https://example.org/f"},
            {"id": "c", "name": "C-1", "organization": "Lab C", "region": "CN", "released": "2025-06", "source_url": "https://example.org/c"}],
          "claims": [{"id": "k", "speaker": "K", "said_on": "2024-02", "source_url": "https://example.org/k", "text": "China is two years behind A-1."}]}"#;
        let d = serde_json::from_str::<RawDataset>(json).expect("JSON").check().dataset;
        let options = SceneOptions {
            from: Some(PartialDate::parse("2023").expect("date").start()),
            to: Some(PartialDate::parse("2024-12").expect("date").end()),
            benchmark: Some("MMLU".into()),
            ..SceneOptions::default()
        };
        let s = build_scene(&d, &options);
        let t = models_table(&d, &s, Lang::En);
        assert_eq!(t.head.last().map(String::as_str), Some("MMLU score"));
        let names: Vec<&str> = t.rows.iter().map(|r| r[0].as_str()).collect();
        assert_eq!(names, ["A-1", "B-1"], "out of the window and off the lanes are left out");
        assert_eq!(t.rows[0][3..], ["14 March 2023".to_string(), "86.4 %".to_string()]);
        assert_eq!(t.rows[1][3..], ["April 2024".to_string(), "–".to_string()]);
        assert!(t.rows.iter().all(|r| r.len() == t.head.len()));
        let html = t.to_html();
        assert!(html.starts_with(r#"<table class="gl-table"><caption>Models in view</caption>"#));
        assert_eq!(html.matches("<tr>").count(), 3, "a heading row and two rows");
        let hostile = Table {
            caption: "<b>".into(),
            head: vec!["h".into()],
            rows: vec![vec!["<img src=x onerror=alert(1)>".into()]],
        };
        assert!(!hostile.to_html().contains("<img"), "cells are text, never markup");
        assert_eq!(Table::default().to_html(), "");
        let zh = build_scene(&d, &SceneOptions { lang: Lang::Zh, ..options });
        let c = claims_table(&d, &zh, Lang::Zh);
        assert_eq!(c.rows.len(), 1);
        assert_eq!(c.rows[0][..2], ["K".to_string(), "2024年2月".to_string()]);
        assert!(c.rows[0][2].starts_with("落后"), "read in the scene's language: {:?}", c.rows[0]);
    }

    #[test]
    fn the_events_table_lists_the_events_drawn_in_the_scenes_language() {
        let json = r#"{"models": [
            {"id": "a", "name": "A-1", "region": "US", "released": "2022-03-14", "source_url": "https://example.org/a"},
            {"id": "b", "name": "B-1", "region": "CN", "released": "2023-06-14", "source_url": "https://example.org/b"}],
          "events": [
            {"id": "e1", "date": "2022-10-07", "region": "US", "kind": "export_control", "title": "Rules", "title_zh": "规则", "source_url": "https://example.org/e1"},
            {"id": "e2", "date": "2023-03", "region": "CN", "kind": "chip", "title": "A <chip>", "source_url": "https://example.org/e2"}]}"#;
        let d = serde_json::from_str::<RawDataset>(json).expect("JSON").check().dataset;
        let en = build_scene(&d, &SceneOptions::default());
        let t = events_table(&d, &en, Lang::En);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(
            t.rows[0],
            [
                "7 October 2022",
                "export control",
                "United States",
                "Rules",
                "https://example.org/e1"
            ]
        );
        assert_eq!(t.rows[1][..2], ["March 2023".to_string(), "chip".to_string()]);
        assert!(!t.to_html().contains("<chip>"));
        let zh = build_scene(&d, &SceneOptions { lang: Lang::Zh, ..SceneOptions::default() });
        assert_eq!(events_table(&d, &zh, Lang::Zh).rows[0][3], "规则");
        let none =
            build_scene(&d, &SceneOptions { event_kinds: Vec::new(), ..SceneOptions::default() });
        assert!(events_table(&d, &none, Lang::En).rows.is_empty());
    }
}
