//! Zoom and pan: the viewport lives in a signal, every change goes through the core's
//! [`Viewport`] (zoom around a point, pan, constrain to the data), and this file only turns
//! events into those calls.
//!
//! - Ctrl/⌘ + wheel (or a trackpad pinch, which browsers send as Ctrl + wheel) zooms around the
//!   pointer. A plain wheel zooms only after the reader has clicked into the timeline; before
//!   that the page scrolls as usual and a short hint says how to zoom.
//! - Dragging with the mouse pans.
//! - Touch: one finger keeps its default and scrolls the page; two fingers pan (their midpoint
//!   moves) and zoom (their distance changes) at once, and the page neither scrolls nor zooms
//!   while they do. Limits as for the mouse.
//! - Buttons zoom in, out and reset; `+` / `-` do the same from the keyboard.
//! - A click, Enter or Space on a cluster zooms to its models' dates.
//! - However many events arrive within one frame, the window is redrawn once per frame.
//!
//! Touch events rather than pointer events: a touch event lists every finger down, so the two
//! positions come with each move with no bookkeeping by pointer id, and `preventDefault` on a
//! non-passive `touchmove` stops the page's own scroll and pinch-zoom for that move only, so a
//! one-finger swipe is never held back. With pointer events the page could be kept still only
//! through `touch-action`, decided once when the first finger lands. The stage's CSS still says
//! `touch-action: pan-x pan-y` as a second guard: Chromium then starts neither a pinch-zoom nor
//! a two-finger scroll over the chart, even where a move can no longer be cancelled (a second
//! finger added after a one-finger scroll began). The end-to-end test checks the gesture with
//! and without that CSS.

use gapline_core::PartialDate;
use gapline_core::layout::viewport::{Touches, Viewport};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The events of the stage that zoom and pan, all through its one listener (and `touchstart`,
/// see [`Zoom::listen`]). Added without options, so not passive (the default on an element): a
/// two-finger touch must stop the page.
const STAGE_EVENTS: [&str; 7] =
    ["wheel", "pointerdown", "pointermove", "pointerup", "pointerleave", "keydown", "click"];

/// The rest of a touch, followed on the element it started on (see [`Zoom::touch`]).
const TOUCH_EVENTS: [&str; 3] = ["touchmove", "touchend", "touchcancel"];

/// The zoom step of a button or key press.
const STEP: f64 = 1.5;

/// What was last drawn: its window, the data's limits, the plot's px range.
type Drawn = (Viewport, Viewport, (f64, f64));

/// Zoom and pan state of one timeline.
#[derive(Clone, Copy)]
pub struct Zoom {
    /// The window asked for; `None` until the reader zooms or pans (the props' window).
    pub viewport: RwSignal<Option<Viewport>>,
    /// The window last drawn, the data's limits and the plot's px range.
    drawn: StoredValue<Option<Drawn>>,
    /// True after the reader clicked into the timeline: the plain wheel zooms.
    engaged: RwSignal<bool>,
    /// True when the plain wheel always zooms (the `wheel_zoom` option).
    wheel_zooms: bool,
    /// True while the "how to zoom" hint shows.
    pub hint: RwSignal<bool>,
    /// Where a drag started: pointer x and the window then.
    drag: StoredValue<Option<(f64, Viewport)>>,
    /// Where a two-finger gesture started: the window then and the two touches.
    pinch: StoredValue<Option<(Viewport, Touches)>>,
    /// True once the current drag has moved the window: its click is no click on a cluster.
    panned: StoredValue<bool>,
    /// The window asked for since the last frame: drawn at the next one.
    pending: StoredValue<Option<Viewport>>,
}

impl Zoom {
    /// A fresh state: nothing zoomed. With `wheel_zooms`, a plain wheel zooms from the start
    /// (as on a page that is all timeline), not only after a click into it.
    pub fn new(wheel_zooms: bool) -> Zoom {
        Zoom {
            viewport: RwSignal::new(None),
            drawn: StoredValue::new(None),
            engaged: RwSignal::new(wheel_zooms),
            wheel_zooms,
            hint: RwSignal::new(false),
            drag: StoredValue::new(None),
            pinch: StoredValue::new(None),
            panned: StoredValue::new(false),
            pending: StoredValue::new(None),
        }
    }

    /// Asks for `next` to be drawn at the next animation frame; later asks before that frame
    /// replace it, so a burst of wheel or pointer events costs one redraw.
    fn ask(&self, next: Viewport) {
        let idle = self.pending.get_value().is_none();
        self.pending.set_value(Some(next));
        if idle {
            let (pending, viewport) = (self.pending, self.viewport);
            request_animation_frame(move || {
                if let Some(next) = pending.get_value() {
                    pending.set_value(None);
                    viewport.set(Some(next));
                }
            });
        }
    }

    /// The window the next step starts from: the one asked for, else the one drawn.
    fn current(&self, shown: Viewport) -> Viewport {
        self.pending.get_value().or(self.viewport.get_untracked()).unwrap_or(shown)
    }

    /// Puts `listener` on the stage for its wheel, pointer, key and touch events. For
    /// `touchstart` it is the stage's `ontouchstart`, so that [`Zoom::touch`] finds it there
    /// again to follow a touch (cheaper than keeping it in a signal).
    pub fn listen(&self, stage: &web_sys::HtmlElement, listener: &js_sys::Function) {
        for kind in STAGE_EVENTS {
            let _ = stage.add_event_listener_with_callback(kind, listener);
        }
        stage.set_ontouchstart(Some(listener));
    }

    /// Takes off what [`Zoom::listen`] put on, when the timeline is removed.
    pub fn unlisten(stage: &web_sys::HtmlElement, listener: &js_sys::Function) {
        for kind in STAGE_EVENTS {
            let _ = stage.remove_event_listener_with_callback(kind, listener);
        }
        stage.set_ontouchstart(None);
    }

    /// Records what was drawn: its window, the data's limits and the plot's px range.
    pub fn drawn(&self, shown: Viewport, limits: Viewport, plot: (f64, f64)) {
        self.drawn.set_value(Some((shown, limits, plot)));
    }

    /// Zooms by `factor` around `at` (0 = plot's left edge … 1 = right edge).
    pub fn zoom(&self, factor: f64, at: f64) {
        if let Some((shown, limits, _)) = self.drawn.get_value() {
            self.ask(self.current(shown).zoom(factor, at).constrain(limits));
        }
    }

    /// Zoom in one step around the middle.
    pub fn zoom_in(&self) {
        self.zoom(STEP, 0.5);
    }

    /// Zoom out one step around the middle.
    pub fn zoom_out(&self) {
        self.zoom(1.0 / STEP, 0.5);
    }

    /// A key zooms in (`inward`) or out one step: around the mark with the keyboard focus,
    /// which so stays in view, or around the middle; `left` is the timeline's left edge.
    pub fn key(&self, inward: bool, focused: Option<web_sys::Element>, left: f64) {
        let at = focused.map_or(0.5, |e| {
            let r = e.get_bounding_client_rect();
            self.across(r.left() + r.width() / 2.0, left)
        });
        self.zoom(if inward { STEP } else { 1.0 / STEP }, at);
    }

    /// Back to the window the timeline opened on.
    pub fn reset(&self) {
        self.pending.set_value(None);
        self.viewport.set(None);
    }

    /// A click, or Enter or Space, on a cluster (`data-window="first/last"`): zooms to its
    /// models' dates. After a key, the keyboard focus goes to the new scene's first mark.
    pub fn cluster(&self, ev: &web_sys::Event) {
        let window = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("[data-window]").ok().flatten())
            .and_then(|c| c.get_attribute("data-window"));
        let Some((first, last)) = window.as_deref().and_then(|w| w.split_once('/')) else {
            return;
        };
        let (Ok(first), Ok(last), Some((_, limits, _))) =
            (PartialDate::parse(first), PartialDate::parse(last), self.drawn.get_value())
        else {
            return;
        };
        let key = ev.type_() == "keydown";
        if !key && self.panned.get_value() {
            return;
        }
        ev.prevent_default();
        self.ask(Viewport::showing(first.start(), last.start()).constrain(limits));
        let stage = ev.current_target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(stage) = stage.filter(|_| key) {
            // Drawn at the next frame; focus the frame after.
            request_animation_frame(move || {
                request_animation_frame(move || {
                    if let Ok(Some(mark)) = stage.query_selector("[data-mark][tabindex=\"0\"]") {
                        let _ = mark.unchecked_into::<web_sys::HtmlElement>().focus();
                    }
                })
            });
        }
    }

    /// Where `client_x` falls across the plot, 0 … 1, for an element whose left edge is at
    /// `left` px in the viewport.
    fn across(&self, client_x: f64, left: f64) -> f64 {
        match self.drawn.get_value() {
            Some((_, _, (x0, x1))) if x1 > x0 => {
                ((client_x - left - x0) / (x1 - x0)).clamp(0.0, 1.0)
            }
            _ => 0.5,
        }
    }

    /// A wheel event on the timeline whose left edge is at `left` px.
    pub fn wheel(&self, ev: &web_sys::WheelEvent, left: f64) {
        if !(ev.ctrl_key() || ev.meta_key() || self.engaged.get_untracked()) {
            // The page scrolls; say how to zoom, briefly.
            self.hint.set(true);
            let hint = self.hint;
            set_timeout(move || hint.set(false), std::time::Duration::from_millis(1600));
            return;
        }
        ev.prevent_default();
        // Lines and pages count as 40 and 800 px; a notch of 100 px zooms by about 1.2.
        let scale = match ev.delta_mode() {
            1 => 40.0,
            2 => 800.0,
            _ => 1.0,
        };
        let factor = (-ev.delta_y() * scale * 0.002).exp();
        self.zoom(factor, self.across(f64::from(ev.client_x()), left));
    }

    /// A pointer pressed on the timeline: engages the wheel, and starts a drag for the mouse.
    pub fn press(&self, ev: &web_sys::PointerEvent) {
        self.engaged.set(true);
        self.panned.set_value(false);
        if ev.pointer_type() != "mouse" || ev.button() != 0 {
            return;
        }
        if let Some((shown, _, _)) = self.drawn.get_value() {
            self.drag.set_value(Some((f64::from(ev.client_x()), self.current(shown))));
        }
    }

    /// A pointer moved: pans while dragging.
    pub fn r#move(&self, ev: &web_sys::PointerEvent) {
        let (Some((x, start)), Some((_, limits, (x0, x1)))) =
            (self.drag.get_value(), self.drawn.get_value())
        else {
            return;
        };
        let dx = f64::from(ev.client_x()) - x;
        if dx.abs() < 3.0 || x1 <= x0 {
            return;
        }
        let days = -dx / (x1 - x0) * start.span();
        self.panned.set_value(true);
        self.ask(start.pan(days).constrain(limits));
    }

    /// The drag ended.
    pub fn release(&self) {
        self.drag.set_value(None);
    }

    /// A touch event on the timeline whose left edge is at `left` px: with two fingers or more
    /// down, the first two pan and zoom and the page is kept still; with fewer, nothing happens
    /// and the browser scrolls as usual. A finger added or lifted starts the gesture afresh from
    /// the window then, so the window never jumps.
    ///
    /// The rest of a touch is followed on the element it started on: every redraw replaces the
    /// chart's markup, and the browser keeps sending a touch's events to its first element even
    /// once that is out of the page, where they no longer reach the stage. (Adding the same
    /// listener twice to one element is a no-op.)
    pub fn touch(&self, ev: &web_sys::TouchEvent, left: f64) {
        if ev.type_() == "touchstart" {
            let stage = ev.current_target().map(|s| s.unchecked_into::<web_sys::HtmlElement>());
            if let (Some(target), Some(f)) = (ev.target(), stage.and_then(|s| s.ontouchstart())) {
                for kind in TOUCH_EVENTS {
                    let _ = target.add_event_listener_with_callback(kind, &f);
                }
            }
        }
        let list = ev.touches();
        let Some((shown, limits, (x0, x1))) = self.drawn.get_value() else { return };
        let at =
            |i| list.get(i).map(|t| (f64::from(t.client_x()) - left - x0, f64::from(t.client_y())));
        let (Some(a), Some(b)) = (at(0), at(1)) else {
            self.pinch.set_value(None);
            return;
        };
        ev.prevent_default();
        match self.pinch.get_value() {
            Some((start, from)) if ev.type_() == "touchmove" => {
                // Drawn at the next frame; fingers on two elements send each move twice, and
                // the second ask replaces the first.
                self.ask(start.pinch(x1 - x0, from, [a, b]).constrain(limits));
            }
            _ => {
                let current = self.current(shown);
                self.pinch.set_value(Some((current, [a, b])));
            }
        }
    }

    /// The pointer left the timeline: the plain wheel scrolls the page again.
    pub fn leave(&self) {
        self.release();
        self.engaged.set(self.wheel_zooms);
    }
}

impl Default for Zoom {
    fn default() -> Self {
        Zoom::new(false)
    }
}
