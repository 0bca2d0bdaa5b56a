//! Mounting timelines into plain HTML pages.
//!
//! Loading the module mounts a [`GapTimeline`](crate::GapTimeline) in every element with a
//! `data-gapline` attribute, now and whenever one is added to the page later, each in a wasm
//! instance of its own so that one failing timeline leaves the others drawing (the start code,
//! `src/start.js`, calls [`mount_element`]). Its settings are
//! the element's `data-*` attributes (read by [`Settings::read`]: `data-src`, `data-claims`,
//! `data-lang`, `data-theme`, `data-height`, `data-reading`, `data-benchmark`, `data-from`,
//! `data-to`, `data-lanes`, `data-events`, `data-models`, `data-wheel-zoom`, `data-view`,
//! `data-evaluator`), and a child `<script type="application/json">`
//! may hold a gapline document inline. With `data-query`, they are read from the page's query
//! string instead, and the page reports its height to the page that frames it (`embed.html`,
//! see [`frame_height`](crate::frame_height)).
//!
//! Pages that build their own configuration call [`mount`] and keep the [`Timeline`] it returns.
//!
//! Nothing a page gives can break it: a value that cannot be read falls back to its default,
//! and a data URL that will not be loaded is refused, each with a note in the widget's box and
//! a console warning.

use crate::GapTimeline;
use gapline_core::RawDataset;
use gapline_core::embed::{Settings, SettingsRead};
use leptos::mount::mount_to;
use leptos::prelude::*;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// Marks an element that holds a timeline, so it is mounted once.
const MOUNTED: &str = "data-gapline-mounted";

/// Draws a timeline in `element` from settings already read: the problems found in them as
/// notes, then the timeline, or only the reason it cannot be drawn. The returned value
/// unmounts it when dropped.
fn draw(
    element: web_sys::HtmlElement,
    read: SettingsRead,
    inline: Result<Option<RawDataset>, String>,
) -> Box<dyn Any> {
    let SettingsRead { settings: s, mut problems, fatal } = read;
    let (inline, fatal) = match inline {
        Ok(inline) => (inline, fatal),
        Err(e) => (None, fatal.or(Some(e))),
    };
    for p in &problems {
        web_sys::console::warn_1(&format!("gapline: {p}").into());
    }
    if let Some(f) = &fatal {
        web_sys::console::error_1(&format!("gapline: {f}").into());
        problems.clear();
    }
    let _ = element.set_attribute(MOUNTED, "");
    Box::new(mount_to(element, move || {
        let notes = (!problems.is_empty()).then(|| {
            view! {
                <ul class="gl-settings" role="note">
                    {problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                </ul>
            }
        });
        let body = match fatal {
            Some(message) => view! {
                <div class=s.theme.class()><p class="gl-error" role="alert">{message}</p></div>
            }
            .into_any(),
            None => view! {
                <GapTimeline src=s.src.unwrap_or_default() claims=s.claims.unwrap_or_default()
                    height=s.height lang=s.lang from=s.from to=s.to reading=s.reading
                    benchmark=s.benchmark.unwrap_or_default() theme=s.theme lanes=s.lanes
                    wheel_zoom=s.wheel_zoom inline=inline.unwrap_or_default() events=s.events
                    models=s.models view=s.view evaluator=s.evaluator/>
            }
            .into_any(),
        };
        view! { {notes} {body} }
    }))
}

/// A timeline drawn in an element: what unmounts it, the options of a [`mount`] timeline, and
/// the authoring build's handle once the timeline was handed to it ([`hand_off`]).
#[derive(Default)]
struct Slot {
    mounted: Option<Box<dyn Any>>,
    options: Option<js_sys::Object>,
    author: Option<JsValue>,
}

thread_local! {
    /// The timelines this instance drew, by element.
    static SLOTS: RefCell<Vec<(web_sys::HtmlElement, Rc<RefCell<Slot>>)>> = const { RefCell::new(Vec::new()) };
}

/// The slot of the timeline in `element`, if this instance drew one there.
fn slot_of(element: &web_sys::HtmlElement) -> Option<Rc<RefCell<Slot>>> {
    SLOTS.with(|s| s.borrow().iter().find(|(e, _)| e == element).map(|(_, slot)| slot.clone()))
}

/// Keeps `slot` as the timeline in `element`.
fn register(element: &web_sys::HtmlElement, slot: Rc<RefCell<Slot>>) {
    SLOTS.with(|s| {
        let mut s = s.borrow_mut();
        s.retain(|(e, _)| e != element);
        s.push((element.clone(), slot));
    });
}

/// Hands the timeline in `element` over to another build (the start code, for the authoring
/// build, [`author`](crate::author)): this instance's timeline is unmounted, and what the other
/// build draws it from is returned — the options of a [`mount`] timeline, or `undefined` for a
/// `data-gapline` element (whose attributes say it all).
#[wasm_bindgen(js_name = handOff)]
pub fn hand_off(element: web_sys::HtmlElement) -> JsValue {
    let Some(slot) = slot_of(&element) else { return JsValue::UNDEFINED };
    let (mounted, options) = {
        let mut slot = slot.borrow_mut();
        (slot.mounted.take(), slot.options.clone())
    };
    drop(mounted);
    if !element.has_attribute("data-gapline") {
        // The other build's `mount` refuses an element marked as holding a timeline.
        let _ = element.remove_attribute(MOUNTED);
    }
    options.map_or(JsValue::UNDEFINED, JsValue::from)
}

/// The options of the [`mount`] timeline in `element` (`undefined` for a `data-gapline`
/// element): what the authoring build draws an export from, with the reader's view.
#[wasm_bindgen(js_name = optionsOf)]
pub fn options_of(element: web_sys::HtmlElement) -> JsValue {
    slot_of(&element)
        .and_then(|s| s.borrow().options.clone())
        .map_or(JsValue::UNDEFINED, JsValue::from)
}

/// After [`hand_off`] of a [`mount`] timeline: `handle` is the authoring build's [`Timeline`]
/// for it, to which the page's handle passes `update` and `destroy` on.
#[wasm_bindgen]
pub fn adopt(element: web_sys::HtmlElement, handle: JsValue) {
    if let Some(slot) = slot_of(&element) {
        slot.borrow_mut().author = Some(handle);
    }
}

/// Calls `method` of `handle` with `args`.
fn call(handle: &JsValue, method: &str, args: &js_sys::Array) {
    if let Ok(f) = js_sys::Reflect::get(handle, &method.into())
        && let Some(f) = f.dyn_ref::<js_sys::Function>()
    {
        let _ = f.apply(handle, args);
    }
}

/// The gapline document in `element`'s child `<script type="application/json">`, if any.
fn inline_json(element: &web_sys::Element) -> Result<Option<RawDataset>, String> {
    let Ok(Some(script)) = element.query_selector(r#":scope > script[type="application/json"]"#)
    else {
        return Ok(None);
    };
    let text = script.text_content().unwrap_or_default();
    let what = r#"The inline data (the <script type="application/json"> in this element)"#;
    document_text(&text, what).map(Some)
}

/// The page's query string (`embed.html?…`).
fn page_query() -> Option<web_sys::UrlSearchParams> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()
}

/// The gapline document in the page's `data` query parameter, if any (`embed.html?data=…`).
fn query_data() -> Result<Option<RawDataset>, String> {
    match page_query().and_then(|q| q.get("data")) {
        Some(text) => document_text(&text, "The data in the page's address").map(Some),
        None => Ok(None),
    }
}

/// A gapline document from JSON text; `what` says where it came from, for the messages.
pub(crate) fn document_text(text: &str, what: &str) -> Result<RawDataset, String> {
    let value = js_sys::JSON::parse(text)
        .map_err(|e| format!("{what} is not valid JSON: {}.", crate::load::js_message(&e)))?;
    document_from(value, what)
}

/// A gapline document from a JS value (an object, or an array of claims).
pub(crate) fn document_from(value: JsValue, what: &str) -> Result<RawDataset, String> {
    crate::load::raw_document(value).map_err(|e| {
        format!("{what} is not a gapline document ({e}); see the README's Data section.")
    })
}

/// Where a timeline's settings and inline data come from: `options` for a [`mount`] timeline,
/// else the element's `data-*` attributes and inline JSON, or with `data-query` the page's
/// query. `over` is asked first for each setting (an export's view of the reader,
/// [`export_view`](crate::export_view)); `&|_| None` for none.
pub(crate) fn source(
    element: &web_sys::Element,
    options: Option<&js_sys::Object>,
    over: &dyn Fn(&str) -> Option<String>,
) -> (SettingsRead, Result<Option<RawDataset>, String>) {
    match options {
        Some(o) => (Settings::read("", |n| over(n).or_else(|| option(o, n))), options_data(o)),
        None if element.has_attribute("data-query") => {
            let query = page_query();
            let get = |n: &str| over(n).or_else(|| query.as_ref().and_then(|q| q.get(n)));
            (Settings::read("", get), query_data())
        }
        None => {
            let get = |n: &str| over(n).or_else(|| element.get_attribute(&format!("data-{n}")));
            (Settings::read("data-", get), inline_json(element))
        }
    }
}

/// Mounts a timeline in one `[data-gapline]` element, from its settings. Called by the start
/// code the bundle ends with (`src/start.js`), in a wasm instance of the element's own, which
/// has already marked the element as mounted.
#[wasm_bindgen(js_name = mountElement)]
pub fn mount_element(element: web_sys::HtmlElement) {
    if element.has_attribute("data-query") {
        crate::frame_height::report_height();
    }
    let (read, inline) = source(&element, None, &|_| None);
    // Kept for the life of the page, like the element, unless handed over.
    let mounted = draw(element.clone(), read, inline);
    register(&element, Rc::new(RefCell::new(Slot { mounted: Some(mounted), ..Slot::default() })));
}

/// Where this instance's stack is: the same number every time it is called from JavaScript,
/// until a trap leaves the stack pointer moved (a trap does not run the frames' epilogues). The
/// start code reads it after an uncaught error to tell which timeline stopped.
#[wasm_bindgen(js_name = stackMark)]
pub fn stack_mark() -> usize {
    let here = 0u8;
    std::hint::black_box(&here) as *const u8 as usize
}

/// A timeline that [`mount`] drew: change its options with `update`, remove it with `destroy`.
#[wasm_bindgen]
pub struct Timeline {
    element: Option<web_sys::HtmlElement>,
    /// The options in force, as given (later `update`s merged in), what unmounts the timeline,
    /// and the authoring build's handle if it was handed over.
    slot: Rc<RefCell<Slot>>,
}

/// An option's value as the settings reader takes it: strings as they are, numbers and
/// booleans written out; `wheel-zoom` is also read as `wheelZoom`.
pub(crate) fn option(options: &js_sys::Object, name: &str) -> Option<String> {
    let key = if name == "wheel-zoom" { "wheelZoom" } else { name };
    let v = js_sys::Reflect::get(options, &key.into()).ok()?;
    if v.is_undefined() || v.is_null() {
        return None;
    }
    match (v.as_string(), v.as_f64(), v.as_bool()) {
        (Some(s), ..) => Some(s),
        // Written by JavaScript: Rust's float formatting would cost every reader 3 KB.
        (_, Some(n), _) => js_sys::Number::from(n).to_string_with_radix(10).ok().map(String::from),
        (_, _, Some(true)) => Some(String::new()),
        (_, _, Some(false)) => Some("false".into()),
        _ => Some(String::from(js_sys::JSON::stringify(&v).ok()?)),
    }
}

impl Timeline {
    /// Draws the timeline for the options in force, replacing what was drawn.
    fn redraw(&mut self) {
        let old = self.slot.borrow_mut().mounted.take();
        drop(old);
        let Some(element) = self.element.clone() else { return };
        let options = self.slot.borrow().options.clone().unwrap_or_default();
        let (read, inline) = source(&element, Some(&options), &|_| None);
        let mounted = draw(element, read, inline);
        self.slot.borrow_mut().mounted = Some(mounted);
    }
}

/// The `data` option of [`mount`]: a gapline document as JSON text or an object.
fn options_data(options: &js_sys::Object) -> Result<Option<RawDataset>, String> {
    let data = js_sys::Reflect::get(options, &"data".into()).unwrap_or_default();
    if data.is_undefined() || data.is_null() {
        return Ok(None);
    }
    match data.as_string() {
        Some(text) => document_text(&text, "The data option"),
        None => document_from(data, "The data option"),
    }
    .map(Some)
}

#[wasm_bindgen]
impl Timeline {
    /// Changes options: those given replace the ones in force, the others stay; then the
    /// timeline is drawn again (the reader's zoom and toolbar choices start afresh).
    pub fn update(&mut self, options: JsValue) {
        if self.element.is_none() {
            web_sys::console::warn_1(&"gapline: update() after destroy() does nothing".into());
            return;
        }
        if let Some(more) = options.dyn_ref::<js_sys::Object>() {
            let mut slot = self.slot.borrow_mut();
            let merged = js_sys::Object::assign(
                &js_sys::Object::new(),
                &slot.options.clone().unwrap_or_default(),
            );
            slot.options = Some(js_sys::Object::assign(&merged, more));
        }
        let author = self.slot.borrow().author.clone();
        match author {
            // Handed over: the authoring build's timeline is the one drawn.
            Some(author) => call(&author, "update", &js_sys::Array::of1(&options)),
            None => self.redraw(),
        }
    }

    /// Removes the timeline: its nodes, listeners and observers. The element stays, empty;
    /// a `data-gapline` element keeps its mounted mark, so the page watcher leaves it be.
    pub fn destroy(&mut self) {
        let (mounted, author) = {
            let mut slot = self.slot.borrow_mut();
            (slot.mounted.take(), slot.author.take())
        };
        drop(mounted);
        if let Some(author) = author {
            call(&author, "destroy", &js_sys::Array::new());
        }
        if let Some(element) = &self.element {
            SLOTS.with(|s| s.borrow_mut().retain(|(e, _)| e != element));
        }
        if let Some(element) = self.element.take()
            && !element.has_attribute("data-gapline")
        {
            let _ = element.remove_attribute(MOUNTED);
        }
    }
}

/// Draws a timeline in `element` with `options`, an object with the settings of the `data-*`
/// attributes by name (`src`, `claims`, `lang`, `theme`, `height`, `reading`, `benchmark`,
/// `from`, `to`, `lanes`, `events`, `models`, `wheelZoom`) and `data`, a gapline document (object or JSON text)
/// used as inline data. Returns the [`Timeline`], for `update(options)` and `destroy()`.
///
/// What is drawn in the element replaces its content. An element that is not an element, or
/// one that already holds a timeline, is refused with a console error, and the handle returned
/// does nothing.
///
/// From JavaScript: `import { mount } from './gapline.js'; const t = mount(el, { lang: 'zh' });
/// t.update({ theme: 'dark' }); t.destroy();`. From Rust (in the browser):
///
/// ```no_run
/// use wasm_bindgen::JsValue;
///
/// let document = web_sys::window().and_then(|w| w.document()).expect("a page");
/// let element = document.get_element_by_id("chart").expect("an element with id chart");
/// let options = js_sys::Object::new();
/// js_sys::Reflect::set(&options, &"claims".into(), &"/data/claims.json".into()).expect("set");
/// let mut timeline = gapline::embed::mount(element.into(), options.into());
/// timeline.update(JsValue::from(js_sys::JSON::parse(r#"{"lang": "zh"}"#).expect("JSON")));
/// timeline.destroy();
/// ```
#[wasm_bindgen]
pub fn mount(element: JsValue, options: JsValue) -> Timeline {
    let options = options.dyn_into::<js_sys::Object>().unwrap_or_else(|_| js_sys::Object::new());
    let slot = Rc::new(RefCell::new(Slot { options: Some(options), ..Slot::default() }));
    let mut timeline = Timeline { element: None, slot };
    match element.dyn_into::<web_sys::HtmlElement>() {
        Ok(el) if el.has_attribute(MOUNTED) => web_sys::console::error_1(
            &"gapline: mount(): this element already holds a timeline; destroy() it first".into(),
        ),
        Ok(el) => {
            // Whatever the host put there (a fallback link, a "loading" note) gives way.
            el.set_inner_html("");
            register(&el, timeline.slot.clone());
            timeline.element = Some(el);
            timeline.redraw();
        }
        Err(_) => web_sys::console::error_1(
            &"gapline: mount(element, options): element must be an HTML element".into(),
        ),
    }
    timeline
}
