//! Browser tests (wasm-bindgen-test in headless Chromium): the component's wiring in a real DOM.
#![cfg(target_arch = "wasm32")]

use gapline::GapTimeline;
use gapline_core::RawDataset;
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn host() -> web_sys::HtmlElement {
    let doc = document();
    let host: web_sys::HtmlElement = doc.create_element("div").expect("div").unchecked_into();
    host.style().set_property("width", "640px").expect("style");
    doc.body().expect("body").append_child(&host).expect("append");
    host
}

/// Waits (up to ~5 s) until `selector` matches inside `root`.
async fn wait_for(root: &web_sys::HtmlElement, selector: &str) -> web_sys::Element {
    for _ in 0..100 {
        if let Ok(Some(found)) = root.query_selector(selector) {
            return found;
        }
        let sleep = js_sys::Promise::new(&mut |resolve, _| {
            let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(sleep).await;
    }
    panic!("{selector} never appeared in {}", root.inner_html());
}

const DATA: &str = r#"{"models": [
    {"id": "gpt-4", "name": "GPT-4", "organization": "OpenAI", "region": "US", "released": "2023-03-14", "source_url": "https://a.example"},
    {"id": "ernie", "name": "ERNIE Bot", "organization": "Baidu", "region": "CN", "released": "2023-03-16", "source_url": "https://b.example"}]}"#;

#[wasm_bindgen_test]
async fn marks_follow_the_container_width() {
    let host = host();
    let value = js_sys::JSON::parse(DATA).expect("JSON");
    let data =
        serde_wasm_bindgen::from_value::<RawDataset>(value).expect("dataset").check().dataset;
    mount_to(host.clone(), move || view! { <GapTimeline data/> }).forget();
    let svg = wait_for(&host, "svg.gl-svg[width=\"640\"]").await;
    assert_eq!(svg.query_selector_all("[data-mark]").expect("marks").length(), 2);

    // One tab stop for the whole timeline.
    assert_eq!(svg.query_selector_all("[tabindex=\"0\"]").expect("stops").length(), 1);

    // A narrower container redraws at its width.
    host.style().set_property("width", "360px").expect("style");
    wait_for(&host, "svg.gl-svg[width=\"360\"]").await;
}

#[wasm_bindgen_test]
async fn the_builtin_data_is_fetched_beside_the_module_and_a_missing_file_is_explained() {
    // The test server has no data/models.json beside the test module: the widget must say so.
    let host = host();
    mount_to(host.clone(), || view! { <GapTimeline/> }).forget();
    let error = wait_for(&host, ".gl-error").await;
    let text = error.text_content().unwrap_or_default();
    assert!(text.starts_with("Could not load the timeline data from http"), "{text}");
    assert!(text.contains("/data/models.json: the server answered 404"), "{text}");
}

#[wasm_bindgen_test]
async fn a_claim_given_as_text_is_parsed_in_the_browser() {
    let host = host();
    let json = r#"{"models": [
        {"id": "gpt-4", "name": "GPT-4", "region": "US", "released": "2023-03-14", "source_url": "https://a.example"}],
      "claims": [{"id": "zhou", "speaker": "Zhou Hongyi", "said_on": "2024-02-16", "source_url": "https://e.example",
        "text_zh": "中國大語言模型技術水平和GPT-4的差距在2到3年時間", "text": "—"}]}"#;
    let value = js_sys::JSON::parse(json).expect("JSON");
    let data =
        serde_wasm_bindgen::from_value::<RawDataset>(value).expect("dataset").check().dataset;
    mount_to(host.clone(), move || view! { <GapTimeline data/> }).forget();
    let reading = wait_for(&host, "[data-claim-id=\"zhou\"] .gl-claim-reading").await;
    assert_eq!(reading.text_content().as_deref(), Some("behind GPT-4 by 2–3 years"));
}
