//! The one sentence above the chart: what the data in view shows about the gap, on the
//! scene's benchmark. On the demo's data: "In January 2025 China's best model on GPQA diamond,
//! DeepSeek-R1 (71.7 %), scored what United States models first reached in December 2024 (o1):
//! a lag of 1 month."
//!
//! It reads the observed lag (`gap::observed`): the lagging region's frontier as of the
//! window's end is the last rise of the series up to that day, and its leading model is the
//! first of the leading region that scored at least as much. Lanes lead and lag as the
//! connectors do. With no scores, the sentence says "not enough data" rather than guessing.

use super::prepared::lead_and_lag;
use super::primitives::Scene;
use crate::data::dataset::Dataset;
use crate::data::date::{PartialDate, Precision};
use crate::gap::evaluators::{ScoresUsed, scores_used};
use crate::gap::observed::{LagSeries, observed_lag};
use crate::lang::Lang;
use chrono::NaiveDate;

fn month(date: NaiveDate, lang: Lang) -> String {
    lang.date(PartialDate::containing(date, Precision::Month))
}

/// "China's", "the Philippines'".
fn possessive(name: &str) -> String {
    if name.ends_with('s') { format!("{name}'") } else { format!("{name}'s") }
}

/// The summary sentence for `scene`, drawn from `data` (the observed lag is computed here; the
/// widget keeps it prepared, see [`Prepared::summary`](super::Prepared::summary)).
pub fn summary_sentence(data: &Dataset, scene: &Scene, lang: Lang) -> String {
    let regions: Vec<_> = scene.lanes.iter().map(|l| l.region).collect();
    let series = match (&scene.benchmark, lead_and_lag(&regions)) {
        (Some(b), Some((lead, lag))) => Some(observed_lag(data, b, lead, lag)),
        _ => None,
    };
    let used = scene.benchmark.as_deref().and_then(|b| scores_used(data, b));
    with_scores(sentence(series.as_ref(), scene.window.1, lang), used, lang)
}

/// The sentence, saying whose scores it rests on when they were chosen ("… a lag of 5 months,
/// on independent scores (Epoch AI).").
pub(super) fn with_scores(sentence: String, used: Option<&ScoresUsed>, lang: Lang) -> String {
    let Some(used) = used else { return sentence };
    let bare = sentence.trim_end_matches(['.', '。']);
    if lang == Lang::Zh {
        format!("{bare}（{}）。", used.text(lang))
    } else {
        format!("{bare}, on {}.", used.text(lang))
    }
}

/// The sentence from the observed lag `series`, as of `end`.
pub(super) fn sentence(series: Option<&LagSeries>, end: NaiveDate, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let Some(series) = series else {
        return if zh {
            "数据不足，无法比较。".into()
        } else {
            "Not enough data to compare.".into()
        };
    };
    let (name, lead_name, lag_name) =
        (&series.benchmark, series.lead.name(lang), series.lag.name(lang));
    let Some(point) = series.points.iter().take_while(|p| p.lagging.date <= end).last() else {
        return if zh {
            format!("截至{}，{lag_name}没有{name}成绩：数据不足。", month(end, lang))
        } else {
            format!(
                "No {lag_name} model has a {name} score up to {}: not enough data.",
                month(end, lang)
            )
        };
    };
    let best = &point.lagging;
    let (when, score) = (month(best.date, lang), best.shown(lang));
    let (Some(led), Some(lag)) = (&point.leading, point.lag_months) else {
        return if zh {
            format!(
                "{when}，{lag_name}在{name}上最好的模型{}（{score}）高于数据中所有{lead_name}模型。",
                best.model_name
            )
        } else {
            format!(
                "In {when} {} best model on {name}, {} ({score}), scored above every {lead_name} model in the data.",
                possessive(lag_name),
                best.model_name
            )
        };
    };
    let months = lag.round() as i64;
    let lag_text = match (months, zh) {
        (0, false) => "no lag".to_string(),
        (0, true) => "没有差距".to_string(),
        (1, false) => "a lag of 1 month".to_string(),
        (n, false) if n > 0 => format!("a lag of {n} months"),
        (n, false) => format!("{} months ahead", -n),
        (n, true) if n > 0 => format!("落后{n}个月"),
        (n, true) => format!("领先{}个月", -n),
    };
    let led_when = month(led.date, lang);
    if zh {
        format!(
            "{when}，{lag_name}在{name}上最好的模型{}（{score}）达到了{lead_name}模型在{led_when}首次达到的水平（{}）：{lag_text}。",
            best.model_name, led.model_name
        )
    } else {
        format!(
            "In {when} {} best model on {name}, {} ({score}), scored what {lead_name} models first reached in {led_when} ({}): {lag_text}.",
            possessive(lag_name),
            best.model_name,
            led.model_name
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset::RawDataset;
    use crate::data::region::Region;
    use crate::scene::{SceneOptions, build_scene};

    fn data() -> Dataset {
        let json = r#"{"models": [
            {"id": "gpt-35", "name": "GPT-3.5", "organization": "OpenAI", "region": "US", "released": "2022-11-30", "scores": {"mmlu": 70.0}, "source_url": "https://example.org/a"},
            {"id": "gpt-4", "name": "GPT-4", "organization": "OpenAI", "region": "US", "released": "2023-03-14", "scores": {"mmlu": 86.4}, "source_url": "https://example.org/b"},
            {"id": "qwen", "name": "Qwen", "organization": "Alibaba", "region": "CN", "released": "2023-09-25", "scores": {"mmlu": 72.5}, "source_url": "https://example.org/c"},
            {"id": "ds", "name": "DeepSeek", "organization": "DeepSeek", "region": "CN", "released": "2025-01-20", "scores": {"mmlu": 90.8}, "source_url": "https://example.org/d"}]}"#;
        serde_json::from_str::<RawDataset>(json).expect("JSON").check().dataset
    }

    fn sentence(to: &str, lang: Lang, benchmark: &str) -> String {
        let d = data();
        let to = PartialDate::parse(to).expect("date").end();
        let options = SceneOptions {
            to: Some(to),
            lang,
            benchmark: Some(benchmark.into()),
            ..SceneOptions::default()
        };
        summary_sentence(&d, &build_scene(&d, &options), lang)
    }

    #[test]
    fn the_sentence_follows_the_window_and_counts_the_lag() {
        assert_eq!(
            sentence("2024-06", Lang::En, "MMLU"),
            "In September 2023 China's best model on MMLU, Qwen (72.5 %), scored what United States models first reached in March 2023 (GPT-4): a lag of 6 months."
        );
        assert_eq!(
            sentence("2025-06", Lang::En, "MMLU"),
            "In January 2025 China's best model on MMLU, DeepSeek (90.8 %), scored above every United States model in the data."
        );
        assert_eq!(
            sentence("2024-06", Lang::Zh, "MMLU"),
            "2023年9月，中国在MMLU上最好的模型Qwen（72.5%）达到了美国模型在2023年3月首次达到的水平（GPT-4）：落后6个月。"
        );
    }

    #[test]
    fn the_prepared_sentence_is_the_same_and_china_lags_whatever_the_lane_order() {
        let d = data();
        for lanes in [vec![Region::US, Region::CN], vec![Region::CN, Region::US]] {
            let options = SceneOptions {
                to: Some(PartialDate::parse("2024-06").expect("date").last_day()),
                benchmark: Some("MMLU".into()),
                lanes,
                ..SceneOptions::default()
            };
            let prepared = crate::scene::Prepared::new(&d, &options);
            let scene = crate::scene::build_scene_with(&d, &prepared, &options);
            let sentence = prepared.summary(&scene, Lang::En);
            assert_eq!(sentence, summary_sentence(&d, &scene, Lang::En));
            assert!(sentence.starts_with("In September 2023 China's best model"), "{sentence}");
        }
    }

    #[test]
    fn without_scores_it_says_not_enough_data() {
        let s = sentence("2023-06", Lang::En, "MMLU");
        assert!(s.ends_with("not enough data."), "{s}");
        let s = sentence("2024-06", Lang::En, "GPQA");
        assert!(s.ends_with("not enough data."), "{s}");
        assert_eq!(possessive("Philippines"), "Philippines'");
    }
}
