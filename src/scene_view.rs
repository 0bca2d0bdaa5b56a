//! Draws a core [`Scene`]: the static picture is the core's SVG markup (the same the command
//! line writes), inserted once; interaction is added around it with delegated events, one
//! handler per kind of event for all marks. Drawing thousands of marks through individual
//! views would cost far more code and time for no behaviour they need.
//!
//! Focus indices cover the marks, then the claim rows, then the events (see
//! `Scene::next_focus`); each carries its index in `data-mark`.

use gapline_core::scene::svg::{SvgOptions, to_svg, tooltip_svg};
use gapline_core::scene::{claim_details, event_details, model_details};
use gapline_core::{Dataset, Lang, Scene};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The focus index an event happened on, from its `data-mark` attribute (or, on a mark's
/// wider touch target, `data-hit`).
fn mark_index(event: &web_sys::Event) -> Option<usize> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let at = target.closest("[data-mark],[data-hit]").ok()??;
    at.get_attribute("data-mark").or_else(|| at.get_attribute("data-hit"))?.parse().ok()
}

/// Moves the single tab stop to `new` and focuses it.
fn focus(old: Option<web_sys::Element>, new: &web_sys::Element) {
    if let Some(old) = old {
        let _ = old.set_attribute("tabindex", "-1");
    }
    let _ = new.set_attribute("tabindex", "0");
    let _ = new.unchecked_ref::<web_sys::SvgElement>().focus();
}

/// One scene, with hover and keyboard focus showing each mark's name, developer and date;
/// Enter or a click opens a mark's or a claim's details card, Escape closes it. `refocus`
/// holds the id of a mark to focus once drawn (the keyboard zoomed while it had focus).
#[component]
pub fn SceneView(
    scene: Arc<Scene>,
    data: Arc<Dataset>,
    lang: Lang,
    refocus: StoredValue<Option<String>>,
) -> impl IntoView {
    let active = RwSignal::new(None::<usize>);
    // The mark with keyboard focus, announced to screen readers (hover is not announced).
    let focused = RwSignal::new(None::<usize>);
    // The timeline is one stop in the page's tab order (the first mark); arrows move within it.
    let markup = to_svg(&scene, SvgOptions { tab_stop: Some(0) });
    let marks = scene.marks.len();
    let scene = StoredValue::new(scene);
    let root = NodeRef::<leptos::html::Div>::new();
    let find = move |index: usize| -> Option<web_sys::Element> {
        root.get_untracked()?.query_selector(&format!("[data-mark=\"{index}\"]")).ok()?
    };
    // After a keyboard zoom, the same mark (or, when it left the window, the first) has focus.
    Effect::new(move |_| {
        let Some(el) = root.get() else { return };
        let Some(id) = refocus.get_value() else { return };
        refocus.set_value(None);
        let Ok(all) = el.query_selector_all("[data-mark]") else { return };
        let same = (0..all.length())
            .filter_map(|i| all.item(i)?.dyn_into::<web_sys::Element>().ok())
            .find(|e| {
                e.get_attribute("data-model-id")
                    .or_else(|| e.get_attribute("data-claim-id"))
                    .or_else(|| e.get_attribute("data-event-id"))
                    == Some(id.clone())
            });
        if let Some(target) = same.or_else(|| find(0)) {
            focus(find(0), &target);
        }
    });

    // The focus index whose details card is open.
    let open = RwSignal::new(None::<usize>);
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let Some(current) = mark_index(&ev) else { return };
        match ev.key().as_str() {
            "Enter" | " " => {
                ev.prevent_default();
                open.set(Some(current));
                return;
            }
            "Escape" => {
                open.set(None);
                return;
            }
            _ => {}
        }
        let Some(next) = scene.with_value(|s| s.next_focus(&ev.key(), current)) else { return };
        ev.prevent_default();
        if let Some(new) = find(next) {
            focus(find(current), &new);
        }
    };

    view! {
        <div class="gl-chart" inner_html=markup node_ref=root
             on:mouseover=move |ev| active.set(mark_index(&ev))
             on:mouseleave=move |_| active.set(None)
             on:focusin=move |ev| {
                 let index = mark_index(&ev);
                 active.set(index);
                 focused.set(index);
             }
             on:focusout=move |_| active.set(None)
             on:keydown=on_key
             on:click=move |ev| if let Some(i) = mark_index(&ev) { open.set(Some(i)) }></div>
        {move || open.get().and_then(|i| scene.with_value(|s| card(s, &data, i, lang, open)))}
        <p class="gl-sr" aria-live="polite">
            {move || focused.get().and_then(|i| scene.with_value(|s| {
                s.marks.get(i).map(|m| m.description.clone())
                    .or_else(|| s.claims.get(i - marks).map(|c| c.description.clone()))
            }))}
        </p>
        // The tooltip: an overlay the core writes, escaped (less code than a view of it).
        <div inner_html=move || active.get().map(|i| scene.with_value(|s| tooltip_svg(s, i))).unwrap_or_default()></div>
    }
}

/// The details card of focus index `i`: a model's, a claim row's or an event's.
fn card(
    scene: &Scene,
    data: &Dataset,
    i: usize,
    lang: Lang,
    open: RwSignal<Option<usize>>,
) -> Option<AnyView> {
    let zh = lang == Lang::Zh;
    let close = view! {
        <button type="button" class="gl-card-close" on:click=move |_| open.set(None)>
            {if zh { "关闭" } else { "Close" }}
        </button>
    };
    let (title, body, link) = match scene.marks.get(i) {
        // A cluster has no card: it zooms in (see `Zoom::cluster`).
        Some(mark) if mark.cluster.is_some() => return None,
        Some(mark) => {
            let card = model_details(data, mark.model, lang)?;
            (card.title.clone(), card.body_html(), card.link)
        }
        None => {
            let c = i.checked_sub(scene.marks.len())?;
            match scene.claims.get(c) {
                Some(row) => {
                    let card = claim_details(data, row, lang)?;
                    (card.title.clone(), card.body_html(), card.link.clone())
                }
                None => {
                    let e = scene.events.get(c - scene.claims.len())?;
                    let card = event_details(data, e.event, lang)?;
                    (card.title.clone(), card.body_html(), card.link)
                }
            }
        }
    };
    let label = title.clone();
    Some(
        view! {
            <div class="gl-card" role="dialog" aria-label=label
                 on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Escape" { open.set(None) }>
                <h3>{title}</h3>
                // Escaped by the core: a string costs far less code than views per line.
                <div inner_html=body></div>
                <p><a href=link.1 target="_blank" rel="noopener noreferrer">{link.0}</a></p>
                {close}
            </div>
        }
        .into_any(),
    )
}
