//! Mounting timelines into plain HTML pages.
//!
//! Loading the module mounts a [`GapTimeline`](crate::GapTimeline) in every element with a
//! `data-gapline` attribute. Read attributes (all optional): `data-src` (dataset URL; default the
//! built-in data), `data-claims` (URL of claims to draw), `data-height` (px; default 420), `data-lang` (`en` or `zh`; default `en`),
//! `data-from` / `data-to` (the time window, any date form such as `2022` or `2024-06`;
//! default: all the data), `data-reading` (`lag` or `catch-up`; default `lag`),
//! `data-benchmark` (e.g. `GPQA diamond`; default: the benchmark with the most scores),
//! `data-theme` (`auto`, `light` or `dark`; default `auto`), `data-lanes` (region codes top to
//! bottom, such as `US,CN`; default `US,CN`). A value that cannot be read falls back to the
//! default with a console warning;
//! `data-wheel-zoom` (present: a plain wheel zooms at once, for a page that is all timeline;
//! default: only after a click into the chart, so the page scrolls).

use crate::{GapTimeline, ThemeChoice};
use gapline_core::gap::projection::ReadingKind;
use gapline_core::{Lang, PartialDate, Region};
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// Mounts every `[data-gapline]` element that is not mounted yet; returns how many it mounted.
pub fn mount_all() -> usize {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return 0 };
    let Ok(found) = document.query_selector_all("[data-gapline]:not([data-gapline-mounted])")
    else {
        return 0;
    };
    let mut mounted = 0;
    for i in 0..found.length() {
        let Some(element) = found.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let _ = element.set_attribute("data-gapline-mounted", "");
        let src = element.get_attribute("data-src").filter(|s| !s.trim().is_empty());
        let claims = element.get_attribute("data-claims").unwrap_or_default();
        let height = element
            .get_attribute("data-height")
            .and_then(|h| h.trim().parse::<f64>().ok())
            .filter(|h| h.is_finite() && *h > 0.0)
            .unwrap_or(420.0);
        // A value that cannot be read falls back to the default, with a warning that names it.
        let attr = |name: &str| element.get_attribute(name).filter(|v| !v.trim().is_empty());
        let warn = |name: &str, what: &str, ok: bool| {
            if let (false, Some(v)) = (ok, attr(name)) {
                web_sys::console::warn_1(
                    &format!("gapline: {name}=\"{v}\" is not {what}; using the default").into(),
                );
            }
        };
        let lang = attr("data-lang").map(|l| Lang::parse(&l));
        warn("data-lang", "a language (en or zh)", lang.is_none_or(|l| l.is_some()));
        let lang = lang.flatten().unwrap_or_default();
        let theme = attr("data-theme").map(|t| ThemeChoice::parse(&t));
        warn("data-theme", "a theme (auto, light or dark)", theme.is_none_or(|t| t.is_some()));
        let theme = theme.flatten().unwrap_or_default();
        // Lanes: region codes separated by commas; unknown codes are left out.
        let mut lanes: Vec<Region> = Vec::new();
        for code in
            attr("data-lanes").unwrap_or_default().split(',').filter(|c| !c.trim().is_empty())
        {
            match Region::parse(code.trim()) {
                Some(r) if !lanes.contains(&r) => lanes.push(r),
                Some(_) => {}
                None => web_sys::console::warn_1(
                    &format!("gapline: data-lanes: \"{}\" is not a region code (such as US or CN); left out", code.trim()).into(),
                ),
            }
        }
        if lanes.is_empty() {
            lanes = vec![Region::US, Region::CN];
        }
        let date = |name: &str| {
            element.get_attribute(name).and_then(|d| PartialDate::parse_human(&d).ok())
        };
        let (from, to) = (date("data-from"), date("data-to"));
        let reading = attr("data-reading").map(|r| ReadingKind::parse(&r));
        warn("data-reading", "a reading (lag or catch-up)", reading.is_none_or(|r| r.is_some()));
        let reading = reading.flatten().unwrap_or_default();
        let benchmark = element.get_attribute("data-benchmark").unwrap_or_default();
        let wheel_zoom = element.has_attribute("data-wheel-zoom");
        mount_to(element, move || {
            view! {
                <GapTimeline src=src.clone().unwrap_or_default() claims=claims.clone() height lang from to reading
                    benchmark=benchmark.clone() theme lanes=lanes.clone() wheel_zoom/>
            }
        })
        .forget();
        mounted += 1;
    }
    mounted
}

/// Runs when the module loads: mounts the timelines on the page, then watches the page so
/// that `data-gapline` elements added later (by a CMS, a framework, a lazy section) are mounted
/// too.
#[wasm_bindgen(start)]
pub fn start() {
    mount_all();
    let Some(root) =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element())
    else {
        return;
    };
    // Each batch of changes costs one query for unmounted elements: cheap next to a mount.
    let watch = Closure::<dyn FnMut()>::new(|| {
        mount_all();
    });
    if let Ok(observer) = web_sys::MutationObserver::new(watch.as_ref().unchecked_ref()) {
        let options = web_sys::MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        let _ = observer.observe_with_options(&root, &options);
    }
    // Watches for the life of the page.
    watch.forget();
}
