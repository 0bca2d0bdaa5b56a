//! The width of an element, as a signal that follows resizes.

use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Tracks the content width of the element behind `target`, in CSS px, with a
/// `ResizeObserver` (so an embed follows its column, not only the window). Starts at
/// `initial` (also the value during server rendering) and ignores zero widths, which an
/// element reports while it is hidden.
pub fn use_element_width(target: NodeRef<Div>, initial: f64) -> ReadSignal<f64> {
    let (width, set_width) = signal(initial);
    Effect::new(move |_| {
        let Some(element) = target.get() else { return };
        let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let measured = entries
                .get(0)
                .dyn_into::<web_sys::ResizeObserverEntry>()
                .map(|entry| entry.content_rect().width())
                .unwrap_or(0.0);
            if measured > 0.0 {
                set_width.set(measured.floor());
            }
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            observer.observe(&element);
            // Disconnected before the closure is freed, so the browser never calls a freed one.
            let kept = SendWrapper::new((observer, callback));
            on_cleanup(move || {
                let (observer, callback) = kept.take();
                observer.disconnect();
                drop(callback);
            });
        }
    });
    width
}
