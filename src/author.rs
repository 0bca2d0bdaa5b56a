//! Asking for the authoring build: what a reader never needs, loaded when an author does.
//!
//! The widget readers load (`gapline.js`, built without the `authoring` feature) has no claim
//! parser, no spreadsheet reader and no file writers. When the data needs one — a claim with no
//! stored reading, a CSV `data-src` — or the reader clicks Export, the timeline dispatches a
//! `gapline-author` event (it bubbles) with `detail.need` = `read`, `csv` or `export`. The start
//! code the bundle ends with (`src/start.js`) loads the authoring build (`site/gapline.js`
//! beside the bundle, the same crate with every tool) and hands it the element: it draws the
//! timeline in its place (`read`, `csv`), or writes the file of the view (`export`, with
//! `detail.kind` and `detail.view`, see [`export`]). A failed download is a message in the box.

use crate::controls::{Choices, tr};
use gapline_core::embed::ReaderView;
use gapline_core::{Lang, Scene};
use leptos::prelude::GetUntracked;
use wasm_bindgen::JsValue;

/// The event the start code listens for.
pub const EVENT: &str = "gapline-author";

/// What the box says while the authoring build loads for `need`.
pub fn loading(need: &str, lang: Lang) -> &'static str {
    match need {
        "csv" => tr(lang, "Loading the spreadsheet reader…", "正在加载表格读取工具…"),
        _ => tr(lang, "Loading the claim reader…", "正在加载观点解读工具…"),
    }
}

/// Dispatches the event from `from` with `detail`.
fn dispatch(from: &web_sys::Element, detail: &js_sys::Object) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_detail(detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(EVENT, &init) {
        let _ = from.dispatch_event(&event);
    }
}

/// Sets `key` of `object` to `value`.
fn set(object: &js_sys::Object, key: &str, value: impl Into<JsValue>) {
    let _ = js_sys::Reflect::set(object, &key.into(), &value.into());
}

/// Asks for the authoring build to draw this timeline: `need` is `read` or `csv`.
pub fn ask(from: &web_sys::Element, need: &str) {
    let detail = js_sys::Object::new();
    set(&detail, "need", need);
    dispatch(from, &detail);
}

/// Asks for the authoring build to write `kind` (`svg`, `png`, `csv`) of the view `shown`, as
/// the reader has it: `detail.view` holds it as settings ([`ReaderView::settings`]), which
/// replace the element's own, with its `width` in px and `theme` (`dark` or `light`, as drawn).
#[cfg_attr(feature = "authoring", allow(dead_code))]
pub fn export(from: &web_sys::Element, kind: &str, shown: &Scene, choices: &Choices, dark: bool) {
    let view = js_sys::Object::new();
    let seen = ReaderView {
        window: shown.window,
        lang: choices.lang.get_untracked(),
        reading: choices.reading.get_untracked(),
        benchmark: choices.benchmark.get_untracked(),
        events: choices.events.get_untracked(),
        models: choices.models.get_untracked(),
    };
    for (name, value) in seen.settings() {
        set(&view, name, value);
    }
    set(&view, "width", shown.width);
    set(&view, "theme", if dark { "dark" } else { "light" });
    let detail = js_sys::Object::new();
    set(&detail, "need", "export");
    set(&detail, "kind", kind);
    set(&detail, "view", view);
    dispatch(from, &detail);
}
