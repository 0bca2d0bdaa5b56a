//! Draws a core [`Scene`] as SVG. No layout happens here: every position comes from the scene.

use gapline_core::Scene;
use gapline_core::scene::fonts;
use gapline_core::scene::{POINT_RADIUS, TextLine};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The index in `scene.marks` of the mark an event happened on, from its `data-mark` attribute.
fn mark_index(event: &web_sys::Event) -> Option<usize> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest("[data-mark]").ok()??.get_attribute("data-mark")?.parse().ok()
}

fn px(v: f64) -> String {
    // Whole tenths of a pixel are plenty and keep the DOM small.
    ((v * 10.0).round() / 10.0).to_string()
}

/// One scene as an `<svg>`. Events are delegated: one handler for all marks.
#[component]
pub fn SceneView(scene: Scene) -> impl IntoView {
    let active = RwSignal::new(None::<usize>);
    // Roving tab stop: the timeline is one stop in the page's tab order; arrows move within it.
    let focus_stop = RwSignal::new(0usize);
    let count = scene.marks.len();
    let tooltip_scene = scene.clone();
    let title = scene.title.iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" ");

    let on_key = move |ev: web_sys::KeyboardEvent| {
        let Some(current) = mark_index(&ev) else { return };
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => (current + 1).min(count.saturating_sub(1)),
            "ArrowLeft" | "ArrowUp" => current.saturating_sub(1),
            "Home" => 0,
            "End" => count.saturating_sub(1),
            _ => return,
        };
        ev.prevent_default();
        focus_stop.set(next);
        let svg = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        if let Some(el) =
            svg.and_then(|s| s.query_selector(&format!("[data-mark=\"{next}\"]")).ok().flatten())
        {
            let _ = el.unchecked_into::<web_sys::SvgElement>().focus();
        }
    };

    let lanes = scene.lanes.iter().map(|l| view! {
        <g class=format!("gl-lane gl-lane-{}", l.index) data-lane=l.region.code().to_string()>
            <line class="gl-lane-axis" x1=px(scene.plot.0) x2=px(scene.plot.1) y1=px(l.marks_y) y2=px(l.marks_y)/>
            <text class="gl-lane-name" x=px(l.name.x) y=px(l.name.y) font-size=fonts::LANE>{l.name.text.clone()}</text>
        </g>
    }).collect_view();

    let leaders = scene.marks.iter().filter_map(|m| {
        let (x, y1, y2) = m.label.as_ref()?.leader?;
        Some(view! { <line class=format!("gl-leader gl-lane-{}", m.lane) x1=px(x) x2=px(x) y1=px(y1) y2=px(y2)/> })
    }).collect_view();

    let marks = scene.marks.iter().enumerate().map(|(i, m)| {
        let shape = if m.span {
            let w = (m.x1 - m.x0).max(4.0);
            view! { <rect x=px(m.x0) y=px(m.y - 5.0) width=px(w) height="10" rx="3"/> }.into_any()
        } else {
            view! { <circle cx=px(m.x0) cy=px(m.y) r=POINT_RADIUS/> }.into_any()
        };
        view! {
            <g class=format!("gl-mark gl-lane-{}", m.lane) data-mark=i data-model-id=m.id.clone()
               role="img" aria-label=m.description.clone()
               tabindex=move || if focus_stop.get() == i { "0" } else { "-1" }>
                {shape}
            </g>
        }
    }).collect_view();

    let labels = scene.marks.iter().filter_map(|m| {
        let l = m.label.as_ref()?;
        Some(view! { <text class="gl-label" data-label=m.id.clone() x=px(l.x) y=px(l.y) font-size=fonts::LABEL aria-hidden="true">{m.name.clone()}</text> })
    }).collect_view();

    let ticks = scene.ticks.iter().map(|t| view! {
        <line class=if t.major { "gl-tick gl-major" } else { "gl-tick" } x1=px(t.x) x2=px(t.x) y1=px(scene.axis_y) y2=px(scene.axis_y + 5.0)/>
        {t.label.clone().map(|label| view! {
            <text class="gl-tick-label" x=px(t.x) y=px(scene.axis_y + 18.0) font-size=fonts::TICK text-anchor="middle">{label}</text>
        })}
    }).collect_view();

    let text_lines = |lines: &[TextLine], class: &'static str, size: f64| {
        lines.iter().map(|t| view! { <text class=class x=px(t.x) y=px(t.y) font-size=size>{t.text.clone()}</text> }).collect_view()
    };

    view! {
        <svg class="gl-svg" width=px(scene.width) height=px(scene.height)
             viewBox=format!("0 0 {} {}", px(scene.width), px(scene.height))
             role="group" aria-label=title
             on:mouseover=move |ev| active.set(mark_index(&ev))
             on:mouseleave=move |_| active.set(None)
             on:focusin=move |ev| active.set(mark_index(&ev))
             on:focusout=move |_| active.set(None)
             on:keydown=on_key>
            {text_lines(&scene.title, "gl-title", fonts::TITLE)}
            {lanes}
            <line class="gl-axis" x1=px(scene.plot.0) x2=px(scene.plot.1) y1=px(scene.axis_y) y2=px(scene.axis_y)/>
            {ticks}
            {leaders}
            {marks}
            {labels}
            {text_lines(&scene.notes, "gl-note", fonts::SMALL)}
            {text_lines(&scene.credit, "gl-credit", fonts::SMALL)}
            {move || active.get().and_then(|i| tooltip_scene.tooltip(i)).map(|t| view! {
                <g class="gl-tooltip" aria-hidden="true" pointer-events="none">
                    <rect x=px(t.x) y=px(t.y) width=px(t.width) height=px(t.height) rx="4"/>
                    <text x=px(t.x + 6.0) y=px(t.baseline) font-size=fonts::LABEL>{t.text}</text>
                </g>
            })}
        </svg>
    }
}
