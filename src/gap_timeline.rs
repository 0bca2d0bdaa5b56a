//! `<GapTimeline/>`: the timeline component.

use crate::claim_list::ClaimList;
use crate::element_width::use_element_width;
use crate::load::{builtin_data_url, load_claims, load_dataset};
use crate::scene_view::SceneView;
use crate::zoom::Zoom;
use gapline_core::gap::projection::ReadingKind;
use gapline_core::layout::viewport::Viewport;
use gapline_core::scene::{Prepared, build_scene_with};
use gapline_core::{Dataset, Lang, Loaded, PartialDate, Problem, Region, SceneOptions};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Where the data stands.
#[derive(Clone)]
enum Data {
    Loading,
    /// The data, the problems found in it and how many records they cost.
    Ready(Arc<Dataset>, Arc<Vec<Problem>>, usize),
    /// The data loaded but its claims file did not: the data, and why.
    ClaimsFailed(Arc<Dataset>, String),
    Failed(String),
}

/// A US-vs-China (or any lanes) timeline of model releases.
///
/// With neither `data` nor `src`, the built-in dataset (`data/models.json` beside the bundle)
/// is fetched. A file that cannot be loaded, or a dataset with bad records, is explained inside
/// the widget's own box and logged to the console; valid records are always drawn.
#[component]
pub fn GapTimeline(
    /// The dataset to draw. Default: none, so `src` (or the built-in data) is fetched.
    #[prop(optional)]
    data: Option<Dataset>,
    /// URL of a gapline JSON dataset. Default: the built-in `data/models.json` beside the bundle.
    #[prop(optional, into)]
    src: Option<String>,
    /// URL of claims to draw (gapline JSON with a `claims` list, or a list of claims), checked
    /// against the dataset. Default: none, only the dataset's own claims (if any) are drawn.
    #[prop(optional, into)]
    claims: Option<String>,
    /// Height in CSS px; grows if the lanes need more. Default: 420.
    #[prop(default = 420.0)]
    height: f64,
    /// Language of every string. Default: English.
    #[prop(optional)]
    lang: Lang,
    /// Lanes, top to bottom. Default: US, then China.
    #[prop(default = vec![Region::US, Region::CN])]
    lanes: Vec<Region>,
    /// Start of the time window (from the first day of this period). Default: the earliest
    /// model, less a margin.
    #[prop(default = None)]
    from: Option<PartialDate>,
    /// End of the time window (to the last day of this period). Default: the latest model,
    /// plus a margin.
    #[prop(default = None)]
    to: Option<PartialDate>,
    /// Which reading of the claims is drawn: lag (parity the gap after the reference's
    /// release) or catch-up (the gap after the claim was made). Default: lag.
    #[prop(optional)]
    reading: ReadingKind,
    /// Benchmark for the observed-lag connectors and the verdicts. Default: the benchmark with
    /// the most scores in the data.
    #[prop(optional, into)]
    benchmark: Option<String>,
    /// True: a plain wheel zooms at once (a page that is all timeline). Default: false, the
    /// wheel scrolls the page until the reader clicks into the chart.
    #[prop(optional)]
    wheel_zoom: bool,
) -> impl IntoView {
    let state = RwSignal::new(match data {
        Some(d) => Data::Ready(Arc::new(d), Arc::new(Vec::new()), 0),
        None => Data::Loading,
    });
    if matches!(state.get_untracked(), Data::Loading) {
        let src = src.filter(|s| !s.trim().is_empty());
        // Effects run only in the browser: server rendering shows "Loading…" and never fetches.
        Effect::new(move |_| {
            let url = src.clone().unwrap_or_else(builtin_data_url);
            let claims_url = claims.clone().filter(|c| !c.trim().is_empty());
            leptos::task::spawn_local(async move {
                let next = match load_dataset(&url).await {
                    Ok(loaded) => {
                        let skipped = loaded.skipped();
                        let Loaded { mut dataset, mut problems } = loaded;
                        for p in &problems {
                            web_sys::console::warn_1(&format!("gapline: {url}: {p}").into());
                        }
                        match &claims_url {
                            None => Data::Ready(Arc::new(dataset), Arc::new(problems), skipped),
                            Some(c) => match load_claims(c).await {
                                Ok(raw) => {
                                    let found = dataset.add_claims(&raw);
                                    for p in &found {
                                        web_sys::console::warn_1(
                                            &format!("gapline: {c}: {p}").into(),
                                        );
                                    }
                                    let skipped = skipped + Problem::records(&found);
                                    problems.extend(found);
                                    Data::Ready(Arc::new(dataset), Arc::new(problems), skipped)
                                }
                                Err(reason) => {
                                    web_sys::console::error_1(
                                        &format!("gapline: cannot load {c}: {reason}").into(),
                                    );
                                    Data::ClaimsFailed(
                                        Arc::new(dataset),
                                        format!("Could not load the claims from {c}: {reason}."),
                                    )
                                }
                            },
                        }
                    }
                    Err(reason) => {
                        web_sys::console::error_1(
                            &format!("gapline: cannot load {url}: {reason}").into(),
                        );
                        Data::Failed(format!(
                            "Could not load the timeline data from {url}: {reason}."
                        ))
                    }
                };
                state.set(next);
            });
        });
    }

    let host = NodeRef::new();
    let width = use_element_width(host, 800.0);
    // Recomputed when the data or the width changes; not memoised, since comparing two scenes
    // would cost as much code and time as building one.
    let lanes = StoredValue::new(lanes);
    let benchmark = StoredValue::new(benchmark.filter(|b| !b.trim().is_empty()));
    let zoom = Zoom::new(wheel_zoom);
    // What no zoom step changes (each claim read, the models in lane and date order, the
    // data's own window): prepared when the data arrives, not on every step.
    // Compared by nothing: data that arrives is new (comparing two would cost code and time).
    let prepared = Memo::new_with_compare(
        move |_| {
            state.with(|d| match d {
                Data::Ready(data, _, _) | Data::ClaimsFailed(data, _) => {
                    Some(Arc::new(Prepared::new(
                        data,
                        &SceneOptions {
                            lanes: lanes.get_value(),
                            reading,
                            benchmark: benchmark.get_value(),
                            ..SceneOptions::default()
                        },
                    )))
                }
                _ => None,
            })
        },
        |_, _| true,
    );
    let scene = move || {
        let viewport = zoom.viewport.get();
        let prepared = prepared.get();
        let built = state.with(|s| match (s, &prepared) {
            (Data::Ready(data, _, _) | Data::ClaimsFailed(data, _), Some(prepared)) => {
                Some(build_scene_with(
                    data,
                    prepared,
                    &SceneOptions {
                        width: width.get(),
                        height,
                        lang,
                        lanes: lanes.get_value(),
                        from: viewport.map(|v| v.start_date()).or(from.map(|d| d.start())),
                        to: viewport.map(|v| v.end_date()).or(to.map(|d| d.end())),
                        reading,
                        benchmark: benchmark.get_value(),
                    },
                ))
            }
            _ => None,
        });
        // Zooming out stops at the data's own window.
        if let Some(s) = &built {
            let limits = prepared.map(|p| p.full_window());
            let shown = Viewport::new(s.window.0, s.window.1);
            let limits =
                limits.map_or(shown, |(a, b)| Viewport::new(a.min(s.window.0), b.max(s.window.1)));
            zoom.drawn(shown, limits, s.plot);
        }
        built
    };
    let left = move || {
        host.get_untracked()
            .map_or(0.0, |h: web_sys::HtmlDivElement| h.get_bounding_client_rect().left())
    };
    let zh = lang == Lang::Zh;
    let stage = NodeRef::<leptos::html::Div>::new();
    let chart = move || {
        view! {
            // One click handler for the three buttons, one handler for the stage's events: each
            // `on:` costs the bundle its own code.
            <div class="gl-controls" role="toolbar" aria-label=if zh { "缩放" } else { "Zoom" }
                on:click=move |ev| {
                    let action = ev.target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .and_then(|t| t.closest("[data-zoom]").ok().flatten())
                        .and_then(|b| b.get_attribute("data-zoom"));
                    match action.as_deref() {
                        Some("in") => zoom.zoom_in(),
                        Some("out") => zoom.zoom_out(),
                        Some("reset") => zoom.reset(),
                        _ => {}
                    }
                }>
                <button type="button" data-zoom="in" aria-label=if zh { "放大" } else { "Zoom in" }>"+"</button>
                <button type="button" data-zoom="out" aria-label=if zh { "缩小" } else { "Zoom out" }>"−"</button>
                <button type="button" data-zoom="reset">{if zh { "重置" } else { "Reset" }}</button>
                <span class="gl-hint" aria-live="polite">
                    {move || zoom.hint.get().then_some(if zh { "按住 Ctrl 滚动以缩放，或先点击图表" } else { "Ctrl + scroll to zoom, or click the chart first" })}
                </span>
            </div>
            <div class="gl-stage" node_ref=stage>
                {move || scene().map(|s| {
                    let data = state.with_untracked(|d| match d {
                        Data::Ready(data, _, _) | Data::ClaimsFailed(data, _) => Some(data.clone()),
                        _ => None,
                    }).unwrap_or_default();
                    view! { <SceneView scene=s data lang/> }
                })}
            </div>
        }
        // Type-erased: the nested view types otherwise exceed the compiler's depth limit.
        .into_any()
    };
    // The stage's wheel, pointer and key events, through one listener.
    Effect::new(move |_| {
        let Some(el) = stage.get() else { return };
        let el: web_sys::HtmlElement = el.into();
        let handler = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(
            move |ev: web_sys::Event| match ev.type_().as_str() {
                "wheel" => zoom.wheel(ev.unchecked_ref(), left()),
                "pointerdown" => zoom.press(ev.unchecked_ref()),
                "pointermove" => zoom.r#move(ev.unchecked_ref()),
                "pointerup" => zoom.release(),
                "pointerleave" => zoom.leave(),
                "keydown" => match ev.unchecked_ref::<web_sys::KeyboardEvent>().key().as_str() {
                    "+" | "=" => zoom.zoom_in(),
                    "-" | "_" => zoom.zoom_out(),
                    "Enter" | " " => zoom.cluster(&ev),
                    _ => {}
                },
                "click" => zoom.cluster(&ev),
                _ => {}
            },
        );
        for kind in
            ["wheel", "pointerdown", "pointermove", "pointerup", "pointerleave", "keydown", "click"]
        {
            let _ = el.add_event_listener_with_callback(kind, handler.as_ref().unchecked_ref());
        }
        // Lives as long as the element: the page keeps one per timeline.
        handler.forget();
    });

    view! {
        <div class="gapline" node_ref=host lang=lang.code()>
            {move || state.with(|s| matches!(s, Data::Ready(..) | Data::ClaimsFailed(..))).then(chart)}
            {move || match state.get() {
                Data::Loading => view! { <p class="gl-status" role="status">"Loading…"</p> }.into_any(),
                Data::Failed(message) | Data::ClaimsFailed(_, message) => view! { <p class="gl-error" role="alert">{message}</p> }.into_any(),
                Data::Ready(data, problems, skipped) => view! {
                    <ClaimList data lang/>
                    <ProblemList problems skipped/>
                }.into_any(),
            }}
        </div>
    }
}

/// Records that were left out, listed under the chart so nothing is dropped silently.
#[component]
fn ProblemList(problems: Arc<Vec<Problem>>, skipped: usize) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        let n = problems.len();
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        let summary = if skipped > 0 {
            format!("{skipped} record{} left out of the chart ({n} problem{}):", plural(skipped), plural(n))
        } else {
            format!("{n} problem{} in the data:", plural(n))
        };
        view! {
            <details class="gl-problems">
                <summary>{summary}</summary>
                <ul>{problems.iter().map(|p| view! { <li>{p.to_string()}</li> }).collect_view()}</ul>
            </details>
        }
    })
}
