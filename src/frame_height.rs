//! An embed page (`embed.html`) tells the page that frames it how tall it is, so the frame is
//! sized without scrollbars by whichever script the host uses:
//!
//! - Pym.js (NPR) and @newswire/frames: the string `pymxPYMx{childId}xPYMxheightxPYMx{px}`,
//!   where `childId` is the query parameter Pym's parent adds to the frame's URL (Pym's parent
//!   drops a message whose id is not its own; frames ignores the id);
//! - AMP's `amp-iframe resizable` and @newswire/frames: `{sentinel: "amp", type: "embed-size",
//!   height}`.
//!
//! Both are posted to `window.parent` with target `*` (a height is no secret, and the host's
//! origin is not known) whenever the page's height changes, and again when the parent asks:
//! Pym's `width` message for this `childId`, or frames' `{sentinel: "amp", type:
//! "frames-init"}`. Messages from any window other than the parent are ignored.

use std::cell::Cell;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

thread_local! {
    /// Whether the page is already reporting (one report per page, however many embeds).
    static STARTED: Cell<bool> = const { Cell::new(false) };
}

/// The page's height in CSS px, rounded up.
fn page_height() -> f64 {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .map_or(0.0, |e| e.get_bounding_client_rect().height().ceil())
}

/// Starts reporting the page's height to its parent, once per page; does nothing outside a
/// frame.
pub fn report_height() {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window || STARTED.with(|s| s.replace(true)) {
        return;
    }
    let search = window.location().search().unwrap_or_default();
    let child_id = web_sys::UrlSearchParams::new_with_str(&search)
        .ok()
        .and_then(|q| q.get("childId"))
        .unwrap_or_default();
    let last = std::rc::Rc::new(Cell::new(-1.0));
    let send = {
        let (parent, child_id, last) = (parent.clone(), child_id.clone(), last.clone());
        move |force: bool| {
            let height = page_height();
            if height <= 0.0 || (!force && height == last.get()) {
                return;
            }
            last.set(height);
            if !child_id.is_empty() {
                // Whole pixels as an integer: formatting a float would cost every reader 3 KB.
                let pym = format!("pymxPYMx{child_id}xPYMxheightxPYMx{}", height.ceil() as i64);
                let _ = parent.post_message(&pym.into(), "*");
            }
            let amp = js_sys::Object::new();
            for (k, v) in [
                ("sentinel", "amp".into()),
                ("type", "embed-size".into()),
                ("height", JsValue::from(height)),
            ] {
                let _ = js_sys::Reflect::set(&amp, &k.into(), &v);
            }
            let _ = parent.post_message(&amp, "*");
        }
    };
    let resized = Closure::<dyn Fn()>::new({
        let send = send.clone();
        move || send(false)
    });
    if let (Ok(observer), Some(root)) = (
        web_sys::ResizeObserver::new(resized.as_ref().unchecked_ref()),
        window.document().and_then(|d| d.document_element()),
    ) {
        observer.observe(&root);
    }
    // The page lives as long as its report.
    resized.forget();
    let width_message = format!("pymxPYMx{child_id}xPYMxwidthxPYMx");
    let asked = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        // Only the parent may ask; other frames and windows are ignored.
        // Compared as values: the parent's window is of another realm, where `instanceof
        // Window` is false.
        let from_parent = ev.source().is_some_and(|s| JsValue::from(s) == JsValue::from(&parent));
        if !from_parent {
            return;
        }
        let data = ev.data();
        let pym = data.as_string().is_some_and(|d| d.starts_with(&width_message));
        let frames = !pym && {
            let field =
                |k: &str| js_sys::Reflect::get(&data, &k.into()).ok().and_then(|v| v.as_string());
            data.is_object()
                && field("sentinel").as_deref() == Some("amp")
                && field("type").as_deref() == Some("frames-init")
        };
        if pym || frames {
            send(true);
        }
    });
    let _ = window.add_event_listener_with_callback("message", asked.as_ref().unchecked_ref());
    asked.forget();
}
