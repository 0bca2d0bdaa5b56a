//! `<GapTimeline/>`: the timeline component.

use crate::claim_list::ClaimList;
use crate::element_width::use_element_width;
use crate::load::{builtin_data_url, load_claims, load_dataset};
use crate::scene_view::SceneView;
use gapline_core::gap::projection::ReadingKind;
use gapline_core::{
    Dataset, Lang, Loaded, PartialDate, Problem, Region, SceneOptions, build_scene,
};
use leptos::prelude::*;
use std::sync::Arc;

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
                                    let skipped = skipped
                                        + found
                                            .iter()
                                            .filter_map(Problem::record)
                                            .collect::<std::collections::BTreeSet<_>>()
                                            .len();
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
    let scene = move || {
        state.with(|s| match s {
            Data::Ready(data, _, _) | Data::ClaimsFailed(data, _) => Some(build_scene(
                data,
                &SceneOptions {
                    width: width.get(),
                    height,
                    lang,
                    lanes: lanes.get_value(),
                    from: from.map(|d| d.start()),
                    to: to.map(|d| d.end()),
                    reading,
                    benchmark: benchmark.get_value(),
                },
            )),
            _ => None,
        })
    };

    view! {
        <div class="gapline" node_ref=host lang=lang.code()>
            {move || match state.get() {
                Data::Loading => view! { <p class="gl-status" role="status">"Loading…"</p> }.into_any(),
                Data::Failed(message) => view! { <p class="gl-error" role="alert">{message}</p> }.into_any(),
                Data::ClaimsFailed(_, message) => view! {
                    {move || scene().map(|s| view! { <SceneView scene=s/> })}
                    <p class="gl-error" role="alert">{message}</p>
                }.into_any(),
                Data::Ready(data, problems, skipped) => view! {
                    {move || scene().map(|s| view! { <SceneView scene=s/> })}
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
