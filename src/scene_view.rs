//! Draws a core [`Scene`]: the static picture is the core's SVG markup (the same the command
//! line writes), inserted once; interaction is added around it with delegated events, one
//! handler per kind of event for all marks. Drawing thousands of marks through individual
//! views would cost far more code and time for no behaviour they need.

use gapline_core::scene::fonts;
use gapline_core::scene::model_details;
use gapline_core::scene::next_mark;
use gapline_core::scene::svg::{SvgOptions, num, to_svg};
use gapline_core::{Dataset, Lang, Scene};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The index in `scene.marks` of the mark an event happened on, from its `data-mark` attribute.
fn mark_index(event: &web_sys::Event) -> Option<usize> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest("[data-mark]").ok()??.get_attribute("data-mark")?.parse().ok()
}

/// The mark element `index` inside the element that handled `event`.
fn mark_element(event: &web_sys::Event, index: usize) -> Option<web_sys::Element> {
    let root = event.current_target()?.dyn_into::<web_sys::Element>().ok()?;
    root.query_selector(&format!("[data-mark=\"{index}\"]")).ok()?
}

/// One scene, with hover and keyboard focus showing each mark's name, developer and date;
/// Enter or a click opens a mark's details card, Escape closes it.
#[component]
pub fn SceneView(scene: Scene, data: Arc<Dataset>, lang: Lang) -> impl IntoView {
    let active = RwSignal::new(None::<usize>);
    // The mark with keyboard focus, announced to screen readers (hover is not announced).
    let focused = RwSignal::new(None::<usize>);
    let count = scene.marks.len();
    // The timeline is one stop in the page's tab order (the first mark); arrows move within it.
    let markup = to_svg(&scene, SvgOptions { tab_stop: Some(0) });
    let (width, height) = (num(scene.width), num(scene.height));
    let scene = StoredValue::new(scene);

    // The mark whose details card is open.
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
        let Some(next) = next_mark(&ev.key(), current, count) else { return };
        ev.prevent_default();
        if let (Some(old), Some(new)) = (mark_element(&ev, current), mark_element(&ev, next)) {
            let _ = old.set_attribute("tabindex", "-1");
            let _ = new.set_attribute("tabindex", "0");
            let _ = new.unchecked_into::<web_sys::SvgElement>().focus();
        }
    };

    view! {
        <div class="gl-chart" inner_html=markup
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
        {move || open.get().and_then(|i| {
            // A cluster has no card: it zooms in (see `Zoom::cluster`).
            let model = scene.with_value(|s| s.marks.get(i).filter(|m| m.cluster.is_none()).map(|m| m.model))?;
            let card = model_details(&data, model, lang)?;
            let close = if lang == Lang::Zh { "关闭" } else { "Close" };
            let label = card.title.clone();
            Some(view! {
                <div class="gl-card" role="dialog" aria-label=label
                     on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Escape" { open.set(None) }>
                    <h3>{card.title}</h3>
                    // One text node, lines kept by `white-space: pre-line`: less code than a view per line.
                    <p class="gl-card-lines">{card.lines.join("\n")}</p>
                    <p><a href=card.link.1 target="_blank" rel="noopener noreferrer">{card.link.0}</a></p>
                    <button type="button" class="gl-card-close" on:click=move |_| open.set(None)>{close}</button>
                </div>
            })
        })}
        <p class="gl-sr" aria-live="polite">
            {move || focused.get().and_then(|i| scene.with_value(|s| s.marks.get(i).map(|m| m.description.clone())))}
        </p>
        {move || active.get().and_then(|i| scene.with_value(|s| s.tooltip(i))).map(|t| view! {
            <svg class="gl-overlay" width=width.clone() height=height.clone() aria-hidden="true">
                <g class="gl-tooltip">
                    <rect x=num(t.x) y=num(t.y) width=num(t.width) height=num(t.height) rx="4"/>
                    <text x=num(t.x + 6.0) y=num(t.baseline) font-size=num(fonts::LABEL)>{t.text}</text>
                </g>
            </svg>
        })}
    }
}
