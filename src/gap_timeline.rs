//! `<GapTimeline/>`: the timeline component.

use crate::controls::{Choices, Controls, tr};
use crate::element_width::use_element_width;
use crate::load::{Fetched, builtin_data_url, load_claims, load_dataset};
use crate::scene_view::SceneView;
use crate::table_view::TableView;
use crate::zoom::Zoom;
use gapline_core::ThemeChoice;
use gapline_core::data::event::EventKind;
use gapline_core::gap::evaluators::EvaluatorChoice;
use gapline_core::gap::observed::{benchmarks, has_benchmark};
use gapline_core::gap::projection::ReadingKind;
use gapline_core::layout::viewport::Viewport;
use gapline_core::scene::{
    ModelFilter, Prepared, build_scene_with, claim_list_html, claims_table, events_table,
    models_table,
};
use gapline_core::scene::{View, apply_view};
use gapline_core::{
    Dataset, Lang, Loaded, PartialDate, Problem, RawDataset, Region, Scene, SceneOptions,
};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Where the data stands.
#[derive(Clone)]
pub(crate) enum Data {
    Loading,
    /// The data, the problems found in it and how many records they cost.
    Ready(Arc<Dataset>, Arc<Vec<Problem>>, usize),
    /// The data loaded but its claims file did not: the data, why, and the data's own problems
    /// (still listed) with how many records they cost.
    ClaimsFailed(Arc<Dataset>, String, Arc<Vec<Problem>>, usize),
    Failed(String),
    /// What the data needs that only the authoring build does (`read` a claim's text, a `csv`
    /// file): the widget readers load asks the start code to hand the element over
    /// ([`author`](crate::author)).
    Author(&'static str),
}

impl Data {
    /// The data loaded, as drawn: in the widget readers load, a claim with no stored reading
    /// needs the parser, which is the authoring build's.
    /// Asked before `shape`, which may keep claims by what they are read to be about.
    fn ready(
        data: Dataset,
        shape: &dyn Fn(Dataset) -> Dataset,
        problems: Vec<Problem>,
        skipped: usize,
    ) -> Data {
        if needs_author(&data) {
            return Data::Author("read");
        }
        Data::Ready(Arc::new(shape(data)), Arc::new(problems), skipped)
    }
}

/// True when `data` has a claim this build cannot read: one with no stored reading, in a build
/// without the parser.
fn needs_author(data: &Dataset) -> bool {
    !cfg!(feature = "authoring")
        && data.claims.iter().any(gapline_core::claims::reading::needs_parser)
}

/// A US-vs-China (or any lanes) timeline of model releases.
///
/// With neither `data` nor `src`, the built-in dataset (`data/models.json` beside the bundle)
/// is fetched. A file that cannot be loaded, or a dataset with bad records, is explained inside
/// the widget's own box and logged to the console; valid records are always drawn.
///
/// In another Leptos app (every prop is optional):
///
/// ```
/// use gapline::{GapTimeline, Lang, Region, ThemeChoice};
/// use leptos::prelude::*;
///
/// #[component]
/// fn Explainer() -> impl IntoView {
///     view! {
///         <h2>"How far behind is China?"</h2>
///         <GapTimeline claims="/data/claims.json" lang=Lang::Zh theme=ThemeChoice::Dark
///             lanes=vec![Region::US, Region::CN] height=480.0 benchmark="MMLU"/>
///     }
/// }
/// # // Rendered on the server the widget says it is loading: it fetches only in a browser.
/// # let html = Explainer().to_html();
/// # assert!(html.contains("加载中"), "{html}");
/// ```
///
/// With data the app already holds, nothing is fetched:
///
/// ```
/// use gapline::{Dataset, GapTimeline};
/// use gapline_core::{Format, import};
/// use leptos::prelude::*;
///
/// let json = r#"{"models": [
///   {"id": "gpt-4", "name": "GPT-4", "region": "US", "released": "2023-03-14",
///    "source_url": "https://openai.com/research/gpt-4"}]}"#;
/// let data: Dataset = import(json.as_bytes(), Format::Gapline).dataset;
/// let html = view! { <GapTimeline data height=360.0/> }.to_html();
/// assert!(html.contains("gapline"));
/// ```
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
    /// A gapline document given inline, as the JSON of a child `<script
    /// type="application/json">` or `mount()`'s `data` option. With models, it is the dataset
    /// (checked; problems are listed under the chart); without, its claims, benchmark runs and
    /// events are added to `src` or the built-in data (checked against it). Default: none.
    #[prop(optional)]
    inline: Option<RawDataset>,
    /// Colour theme: auto (the reader's system setting), light or dark. Default: auto.
    #[prop(optional)]
    theme: ThemeChoice,
    /// The kinds of policy and hardware events drawn in the events track. Default: all four
    /// (export controls, chips, policy, milestones).
    #[prop(default = EventKind::ALL.to_vec())]
    events: Vec<EventKind>,
    /// Which models carry a label: `Some(ModelFilter::Key)` the prominent ones only (those
    /// the claims name, new bests on the benchmark, those marked `key`), `Some(ModelFilter::All)`
    /// any that fits. Every model is drawn and reachable either way; the reader can switch with
    /// the toolbar. Default: `None`, chosen from the data (key models when it marks some `key`
    /// or has claims to draw, else all).
    #[prop(default = None)]
    models: Option<ModelFilter>,
    /// True: a plain wheel zooms at once (a page that is all timeline). Default: false, the
    /// wheel scrolls the page until the reader clicks into the chart.
    #[prop(optional)]
    wheel_zoom: bool,
    /// What is drawn: the model releases, or the chips (with dense FP16 throughput as the
    /// default benchmark). Default: models.
    #[prop(optional)]
    view: View,
    /// Whose scores the lag and the verdicts use. Default: auto (independent scores where both
    /// sides have them, else all, and the text says which).
    #[prop(optional)]
    evaluator: EvaluatorChoice,
) -> impl IntoView {
    // The reader's choices start from the props; the toolbar changes them.
    let choices = Choices {
        reading: RwSignal::new(reading),
        benchmark: RwSignal::new(
            benchmark
                .filter(|b| !b.trim().is_empty())
                .or_else(|| view.default_benchmark().map(str::to_string)),
        ),
        lang: RwSignal::new(lang),
        theme: RwSignal::new(theme),
        table: RwSignal::new(false),
        events: RwSignal::new(events),
        models: RwSignal::new(models),
    };
    // Inline data with no models of its own (claims, runs, events) is added to the fetched
    // dataset.
    let (inline_data, inline_extra) = match inline {
        Some(raw) if !raw.models.is_empty() => (Some(raw), None),
        extra => (None, extra),
    };
    // What is drawn of the data and whose scores it rests on, chosen once as the data arrives.
    let shape = {
        let lanes = lanes.clone();
        move |mut d: Dataset| {
            apply_view(&mut d, view, &lanes, evaluator);
            d
        }
    };
    let state = RwSignal::new(match (data, inline_data) {
        (Some(d), _) => Data::ready(d, &shape, Vec::new(), 0),
        (None, Some(raw)) => checked_inline(raw, &shape),
        (None, None) => Data::Loading,
    });
    if matches!(state.get_untracked(), Data::Loading) {
        let src = src.filter(|s| !s.trim().is_empty());
        // Effects run only in the browser: server rendering shows "Loading…" and never fetches.
        Effect::new(move |_| {
            let url = src.clone().unwrap_or_else(builtin_data_url);
            let claims_url = claims.clone().filter(|c| !c.trim().is_empty());
            let inline_extra = inline_extra.clone();
            let shape = shape.clone();
            leptos::task::spawn_local(async move {
                let next = load(url, claims_url, inline_extra, &shape).await;
                // The widget may be gone by the time the data arrives (destroyed, or its page
                // section replaced): then there is nothing to update.
                let _ = state.try_set(next);
            });
        });
    }

    let host = NodeRef::new();
    let width = use_element_width(host, 800.0);
    let lanes = StoredValue::new(lanes);
    let zoom = Zoom::new(wheel_zoom);
    // A benchmark the data has no scores for falls back to the default, with a warning in the
    // console and a note in the box.
    let bench_note = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        state.with(|d| {
            if let (Data::Ready(data, ..) | Data::ClaimsFailed(data, ..), Some(b)) =
                (d, choices.benchmark.get_untracked())
                && !has_benchmark(data, &b)
            {
                let note =
                    format!("the data has no scores on the benchmark \"{b}\"; using the default");
                web_sys::console::warn_1(&format!("gapline: {note}").into());
                bench_note.set(Some(note));
                choices.benchmark.set(None);
            }
        })
    });
    // What no zoom step changes (each claim read, the models in lane and date order, the
    // observed lag, the data's own window): prepared when the data, the reading or the
    // benchmark changes, not on every step. Compared by nothing: what arrives is new
    // (comparing two would cost code and time).
    let prepared = Memo::new_with_compare(
        move |_| {
            let (reading, benchmark) = (choices.reading.get(), choices.benchmark.get());
            state.with(|d| match d {
                Data::Ready(data, _, _) | Data::ClaimsFailed(data, ..) => {
                    Some(Arc::new(Prepared::new(
                        data,
                        &SceneOptions {
                            lanes: lanes.get_value(),
                            reading,
                            benchmark,
                            ..SceneOptions::default()
                        },
                    )))
                }
                _ => None,
            })
        },
        |_, _| true,
    );
    // One scene per change of data, size, window or choice, shared by the chart, the summary
    // and the table. Never compared: comparing two scenes costs as much as building one.
    let scene = Memo::new_with_compare(
        move |_| {
            let viewport = zoom.viewport.get();
            let prepared = prepared.get();
            let built = state.with(|s| match (s, &prepared) {
                (Data::Ready(data, _, _) | Data::ClaimsFailed(data, ..), Some(prepared)) => {
                    Some(Arc::new(build_scene_with(
                        data,
                        prepared,
                        &SceneOptions {
                            width: width.get(),
                            height,
                            lang: choices.lang.get(),
                            lanes: lanes.get_value(),
                            from: viewport.map(|v| v.start_date()).or(from.map(|d| d.start())),
                            to: viewport.map(|v| v.end_date()).or(to.map(|d| d.last_day())),
                            reading: choices.reading.get_untracked(),
                            benchmark: choices.benchmark.get_untracked(),
                            exported: None,
                            event_kinds: choices.events.get(),
                            models: choices.models.get(),
                        },
                    )))
                }
                _ => None,
            });
            // Zooming out stops at the data's own window.
            if let Some(s) = &built {
                let limits = prepared.map(|p| p.full_window());
                let shown = Viewport::new(s.window.0, s.window.1);
                let limits = limits
                    .map_or(shown, |(a, b)| Viewport::new(a.min(s.window.0), b.max(s.window.1)));
                zoom.drawn(shown, limits, s.plot);
            }
            built
        },
        |_: Option<&Option<Arc<Scene>>>, _: Option<&Option<Arc<Scene>>>| true,
    );
    let dataset = move || {
        state.with_untracked(|d| match d {
            Data::Ready(data, _, _) | Data::ClaimsFailed(data, ..) => Some(data.clone()),
            _ => None,
        })
    };
    let left = move || {
        host.get_untracked()
            .map_or(0.0, |h: web_sys::HtmlDivElement| h.get_bounding_client_rect().left())
    };
    let stage = NodeRef::<leptos::html::Div>::new();
    // The id of the mark that had the keyboard focus when a key zoomed: focused again in the
    // redrawn chart.
    let refocus = StoredValue::new(None::<String>);
    // Export: the view drawn again for a file, with today's date in its credit. The widget
    // readers load has no file writers: the authoring build draws the same view for it.
    let export = Callback::new(move |kind: String| {
        let Some(shown) = scene.get_untracked() else { return };
        let dark = dark(choices.theme.get_untracked());
        #[cfg(not(feature = "authoring"))]
        if let Some(h) = host.get_untracked() {
            crate::author::export(&h, &kind, &shown, &choices, dark);
        }
        #[cfg(feature = "authoring")]
        if let (Some(data), Some(prepared)) = (dataset(), prepared.get_untracked()) {
            let lang = choices.lang.get_untracked();
            let picture = build_scene_with(
                &data,
                &prepared,
                &SceneOptions {
                    width: shown.width,
                    height,
                    lang,
                    lanes: lanes.get_value(),
                    from: Some(shown.window.0),
                    to: Some(shown.window.1),
                    reading: choices.reading.get_untracked(),
                    benchmark: choices.benchmark.get_untracked(),
                    exported: crate::export::today(),
                    event_kinds: choices.events.get_untracked(),
                    models: choices.models.get_untracked(),
                },
            );
            let theme = if dark {
                gapline_core::scene::Theme::Dark
            } else {
                gapline_core::scene::Theme::Light
            };
            crate::export::download(&kind, &data, &picture, lang, theme);
        }
    });
    // The authoring build is asked for once the data says it is needed.
    Effect::new(move |_| {
        if let (Data::Author(need), Some(h)) = (state.get(), host.get()) {
            crate::author::ask(&h, need);
        }
    });
    let chart = move || {
        let data = dataset().unwrap_or_default();
        let names = benchmarks(&data).into_iter().map(|(name, _)| name).collect();
        view! {
            <Controls choices zoom benchmarks=names export scene>
            <p class="gl-summary">{move || {
                let lang = choices.lang.get();
                let prepared = prepared.get_untracked()?;
                scene.with(|s| s.as_ref().map(|s| prepared.summary(s, lang)))
            }}</p>
            <div class="gl-stage" node_ref=stage hidden=move || choices.table.get()>
                {move || scene.get().map(|s| {
                    let data = dataset().unwrap_or_default();
                    view! { <SceneView scene=s data lang=choices.lang.get_untracked() refocus/> }
                })}
            </div>
            {move || choices.table.get().then(|| {
                let data = dataset()?;
                let lang = choices.lang.get();
                scene.with(|s| s.as_ref().map(|s| view! {
                    <TableView tables=vec![models_table(&data, s, lang), claims_table(&data, s, lang), events_table(&data, s, lang)]
                        label=tr(lang, "Tables of what is in view", "视图中的数据表")/>
                }))
            })}
            </Controls>
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
                "touchstart" | "touchmove" | "touchend" | "touchcancel" => {
                    zoom.touch(ev.unchecked_ref(), left())
                }
                "keydown" => {
                    let key = ev.unchecked_ref::<web_sys::KeyboardEvent>().key();
                    let inward = matches!(key.as_str(), "+" | "=");
                    if inward || matches!(key.as_str(), "-" | "_") {
                        // Zoomed around the focused mark, which keeps the focus when redrawn.
                        let mark = focused_mark();
                        refocus.set_value(mark.as_ref().and_then(mark_id));
                        zoom.key(inward, mark, left());
                        return;
                    }
                    match key.as_str() {
                        "Enter" | " " => zoom.cluster(&ev),
                        _ => {}
                    }
                }
                "click" => zoom.cluster(&ev),
                _ => {}
            },
        );
        zoom.listen(&el, handler.as_ref().unchecked_ref());
        // Taken off and freed with the timeline (`destroy()`, or the element's owner gone), so
        // nothing of it outlives the widget.
        let kept = SendWrapper::new((el, handler));
        on_cleanup(move || {
            let (el, handler) = kept.take();
            Zoom::unlisten(&el, handler.as_ref().unchecked_ref());
        });
    });

    let lang = choices.lang;
    view! {
        // Under 560 px of its own width (an embed is narrower than the page), the toolbar folds
        // into one Options button (the chart's own phone layout follows from the width).
        <div class=move || format!("{}{}", choices.theme.get().class(), if width.get() < 560.0 { " gl-narrow" } else { "" })
            node_ref=host lang=move || lang.get().code()>
            {move || bench_note.get().map(|n| view! { <ul class="gl-settings" role="note"><li>{n}</li></ul> })}
            {move || state.with(|s| matches!(s, Data::Ready(..) | Data::ClaimsFailed(..))).then(chart)}
            {move || match state.get() {
                Data::Loading => view! { <p class="gl-status" role="status">{tr(lang.get_untracked(), "Loading…", "加载中…")}</p> }.into_any(),
                Data::Failed(message) => view! { <p class="gl-error" role="alert">{message}</p> }.into_any(),
                Data::Author(need) => view! { <p class="gl-status" role="status">{crate::author::loading(need, lang.get_untracked())}</p> }.into_any(),
                // The claims failed, the data did not: its problems are still listed.
                Data::ClaimsFailed(_, message, problems, skipped) => view! {
                    <p class="gl-error" role="alert">{message}</p>
                    <ProblemList problems skipped/>
                }.into_any(),
                Data::Ready(data, problems, skipped) => view! {
                    // The core writes the list as escaped HTML: far less code than a view per item.
                    <div inner_html=move || claim_list_html(&data, lang.get())></div>
                    <ProblemList problems skipped/>
                }.into_any(),
            }}
        </div>
    }
}

/// True when `theme` draws dark: chosen so, or chosen by the reader's system setting.
fn dark(theme: ThemeChoice) -> bool {
    match theme {
        ThemeChoice::Dark => true,
        ThemeChoice::Light => false,
        ThemeChoice::Auto => web_sys::window()
            .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
            .is_some_and(|m| m.matches()),
    }
}

/// Logs each problem found in `what` as a console warning.
fn warn_all(what: &str, problems: &[Problem]) {
    for p in problems {
        web_sys::console::warn_1(&format!("gapline: {what}: {p}").into());
    }
}

/// Loads the dataset at `url`, then adds what was given inline without models (claims,
/// benchmark runs, events) and the claims at `claims_url`, each checked against it. Every
/// failure becomes a state the widget explains, and every problem is listed. `shape` chooses
/// what is drawn of the data (`apply_view`) before it is shared.
pub(crate) async fn load(
    url: String,
    claims_url: Option<String>,
    inline: Option<RawDataset>,
    shape: &dyn Fn(Dataset) -> Dataset,
) -> Data {
    let loaded = match load_dataset(&url).await {
        Ok(Fetched::Dataset(loaded)) => loaded,
        Ok(Fetched::NeedsAuthoring(need)) => return Data::Author(need),
        Err(reason) => {
            web_sys::console::error_1(&format!("gapline: cannot load {url}: {reason}").into());
            return Data::Failed(format!("Could not load the timeline data from {url}: {reason}."));
        }
    };
    let mut skipped = loaded.skipped();
    let Loaded { mut dataset, mut problems } = loaded;
    warn_all(&url, &problems);
    let mut add = |what: &str, found: Vec<Problem>| {
        warn_all(what, &found);
        skipped += Problem::records(&found);
        problems.extend(found);
    };
    if let Some(raw) = inline {
        let mut found = raw.unread;
        found.extend(dataset.add_benchmarks(&raw.benchmarks));
        found.extend(dataset.add_claims(&raw.claims));
        found.extend(dataset.add_events(&raw.events));
        add("inline data", found);
    }
    if let Some(c) = &claims_url {
        match load_claims(c).await {
            Ok((raw, mut found)) => {
                found.extend(dataset.add_claims(&raw));
                add(c, found);
            }
            Err(reason) => {
                web_sys::console::error_1(&format!("gapline: cannot load {c}: {reason}").into());
                if needs_author(&dataset) {
                    return Data::Author("read");
                }
                return Data::ClaimsFailed(
                    Arc::new(shape(dataset)),
                    format!("Could not load the claims from {c}: {reason}."),
                    Arc::new(problems),
                    skipped,
                );
            }
        }
    }
    Data::ready(dataset, shape, problems, skipped)
}

/// A gapline document given inline with models of its own: the dataset, checked.
pub(crate) fn checked_inline(raw: RawDataset, shape: &dyn Fn(Dataset) -> Dataset) -> Data {
    let loaded = raw.check();
    let skipped = loaded.skipped();
    warn_all("inline data", &loaded.problems);
    Data::ready(loaded.dataset, shape, loaded.problems, skipped)
}

/// The element with the keyboard focus, if it is a mark or a claim row.
fn focused_mark() -> Option<web_sys::Element> {
    let active = web_sys::window()?.document()?.active_element()?;
    active.has_attribute("data-mark").then_some(active)
}

/// A mark's model id, a claim row's id, or an event's id.
fn mark_id(mark: &web_sys::Element) -> Option<String> {
    mark.get_attribute("data-model-id")
        .or_else(|| mark.get_attribute("data-claim-id"))
        .or_else(|| mark.get_attribute("data-event-id"))
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
