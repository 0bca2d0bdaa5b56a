//! Components rendered to HTML natively (Leptos `ssr`), no browser: what a reader's first paint
//! contains for inline data.
#![cfg(not(target_arch = "wasm32"))]

use gapline::{GapTimeline, Lang};
use gapline_core::{RawDataset, Region};
use leptos::prelude::*;

fn dataset(models: &str) -> gapline::Dataset {
    let json =
        format!(r#"{{"title": "Test timeline", "source": "test data", "models": [{models}]}}"#);
    let loaded = serde_json::from_str::<RawDataset>(&json).expect("test JSON").check();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    loaded.dataset
}

const MODELS: &str = r#"
    {"id": "gpt-4", "name": "GPT-4", "organization": "OpenAI", "region": "US", "released": "2023-03-14", "source_url": "https://a.example"},
    {"id": "ernie", "name": "ERNIE Bot", "organization": "Baidu", "region": "CN", "released": "2023-03-16", "source_url": "https://b.example"},
    {"id": "qwen", "name": "Qwen", "organization": "Alibaba", "region": "CN", "released": "2023-08", "source_url": "https://c.example"},
    {"id": "mistral", "name": "Mistral 7B", "organization": "Mistral", "region": "FR", "released": "2023-09", "source_url": "https://d.example"}"#;

fn render(view: impl FnOnce() -> AnyView) -> String {
    Owner::new().with(|| view().to_html())
}

#[test]
fn inline_data_renders_lanes_marks_and_credit_without_a_browser() {
    let data = dataset(MODELS);
    let html = render(move || view! { <GapTimeline data/> }.into_any());
    for needle in [
        r#"data-lane="US""#,
        r#"data-lane="CN""#,
        ">United States</text>",
        ">China</text>",
        r#"data-model-id="gpt-4""#,
        r#"data-model-id="ernie""#,
        r#"aria-label="Qwen, Alibaba, August 2023""#,
        ">Test timeline</text>",
        "Source: test data",
        "1 model from France not shown",
    ] {
        assert!(html.contains(needle), "missing {needle} in {html}");
    }
    assert!(!html.contains(r#"data-model-id="mistral""#), "FR has no lane by default");
    assert_eq!(html.matches("data-mark=").count(), 3);
    assert_eq!(html.matches(r#"tabindex="0""#).count(), 1, "one tab stop");
}

#[test]
fn lanes_and_language_props_change_the_picture() {
    let data = dataset(MODELS);
    let fr = Region::parse("FR").expect("FR");
    let html = render(move || {
        view! { <GapTimeline data lang=Lang::Zh lanes=vec![Region::CN, fr]/> }.into_any()
    });
    assert!(html.contains(r#"lang="zh-Hans""#));
    let china = html.find(">中国</text>").expect("CN lane in Chinese");
    let france = html.find(">法国</text>").expect("FR lane in Chinese");
    assert!(china < france, "lanes in the order given");
    assert!(!html.contains(r#"data-lane="US""#));
    assert!(html.contains(r#"aria-label="Qwen, Alibaba, 2023年8月""#));
}

#[test]
fn without_data_the_first_paint_says_it_is_loading() {
    let html = render(|| view! { <GapTimeline src="/nowhere.json"/> }.into_any());
    assert!(html.contains(r#"role="status""#), "{html}");
    assert!(!html.contains("data-mark"));
}

#[test]
fn without_a_source_server_rendering_does_not_touch_the_browser() {
    let html = render(|| view! { <GapTimeline/> }.into_any());
    assert!(html.contains("Loading"), "{html}");
}

#[test]
fn claims_given_as_text_are_read_and_given_fields_win() {
    let json = format!(
        r#"{{"models": [{MODELS}], "claims": [
        {{"id": "zhou", "speaker": "Zhou Hongyi", "said_on": "2024-02-16", "source_url": "https://e.example/zhou",
          "text": "still a 1.5-year gap from <b>GPT-4</b>", "text_zh": "与GPT-4还有一年半的差距"}},
        {{"id": "edited", "speaker": "An analyst", "said_on": "2024-05", "source_url": "https://f.example",
          "text": "two years behind", "gap_months": {{"min": 6, "max": 12}}}}]}}"#
    );
    let loaded = serde_json::from_str::<RawDataset>(&json).expect("test JSON").check();
    assert_eq!(loaded.problems, []);
    let (en, zh) = (loaded.dataset.clone(), loaded.dataset);
    let html = render(move || view! { <GapTimeline data=en/> }.into_any());
    assert!(html.contains("behind GPT-4 by 1.5 years"), "{html}");
    assert!(html.contains("Zhou Hongyi, 16 February 2024"), "{html}");
    assert!(html.contains("behind the US by 6 months–1 year"), "the hand-given gap wins: {html}");
    assert!(html.contains("(set by hand)"));
    // Quotes are text, never markup; links open safely.
    assert!(html.contains("&lt;b&gt;GPT-4&lt;/b&gt;") && !html.contains("<b>GPT-4"), "{html}");
    assert!(
        html.contains(r#"href="https://e.example/zhou" target="_blank" rel="noopener noreferrer""#)
    );
    let html = render(move || view! { <GapTimeline data=zh lang=Lang::Zh/> }.into_any());
    assert!(html.contains("落后GPT-4 1.5年") && html.contains("与GPT-4还有一年半的差距"), "{html}");
}
