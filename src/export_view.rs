//! The authoring build's side of Export for the widget readers load ([`author`](crate::author)):
//! the reader's view drawn again from the element's settings, with the reader's choices, and
//! written as a file.

use crate::embed::source;
use crate::gap_timeline::{Data, checked_inline, load};
use crate::load::builtin_data_url;
use gapline_core::gap::observed::has_benchmark;
use gapline_core::scene::{Prepared, Theme, apply_view, build_scene_with};
use gapline_core::{Dataset, SceneOptions};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// Writes `kind` (`svg`, `png`, `csv`) of the timeline in `element` as the reader sees it:
/// drawn from its settings — `options` for a `mount()` timeline, else its `data-*` attributes
/// (or the page's query, with `data-query`) and inline data — with `view`'s settings in their
/// place (the window, language, reading, benchmark, events, models), at `view.width` px in
/// `view.theme`. Rejects with the reason when the data cannot be loaded.
#[wasm_bindgen(js_name = exportView)]
pub async fn export_view(
    element: web_sys::HtmlElement,
    options: JsValue,
    view: js_sys::Object,
    kind: String,
) -> Result<(), JsValue> {
    let seen = |name: &str| crate::embed::option(&view, name);
    let (read, inline) = source(&element, options.dyn_ref::<js_sys::Object>(), &seen);
    if let Some(fatal) = read.fatal {
        return Err(fatal.into());
    }
    let s = read.settings;
    let inline = inline.map_err(JsValue::from)?;
    let (lanes, view_kind, evaluator) = (s.lanes.clone(), s.view, s.evaluator);
    let shape = move |mut d: Dataset| {
        apply_view(&mut d, view_kind, &lanes, evaluator);
        d
    };
    let state = match inline {
        Some(raw) if !raw.models.is_empty() => checked_inline(raw, &shape),
        extra => {
            let url = s.src.clone().unwrap_or_else(builtin_data_url);
            load(url, s.claims.clone(), extra, &shape).await
        }
    };
    let data = match state {
        Data::Ready(data, ..) | Data::ClaimsFailed(data, ..) => data,
        Data::Failed(message) => return Err(message.into()),
        Data::Loading | Data::Author(_) => return Err("the data could not be read".into()),
    };
    let benchmark = s
        .benchmark
        .filter(|b| !b.trim().is_empty())
        .or_else(|| s.view.default_benchmark().map(str::to_string))
        .filter(|b| has_benchmark(&data, b));
    let prepared = Prepared::new(
        &data,
        &SceneOptions {
            lanes: s.lanes.clone(),
            reading: s.reading,
            benchmark: benchmark.clone(),
            ..SceneOptions::default()
        },
    );
    let width =
        js_sys::Reflect::get(&view, &"width".into()).ok().and_then(|w| w.as_f64()).unwrap_or(800.0);
    let picture = build_scene_with(
        &data,
        &prepared,
        &SceneOptions {
            width,
            height: s.height,
            lang: s.lang,
            lanes: s.lanes,
            from: s.from.map(|d| d.start()),
            to: s.to.map(|d| d.last_day()),
            reading: s.reading,
            benchmark,
            exported: crate::export::today(),
            event_kinds: s.events,
            models: s.models,
        },
    );
    let theme = if seen("theme").as_deref() == Some("dark") { Theme::Dark } else { Theme::Light };
    crate::export::download(&kind, &data, &picture, s.lang, theme);
    Ok(())
}
