//! The toolbar above the chart: zoom, the reading of the claims, the benchmark, which models
//! are labelled, the language, the theme, chart or table, and "How this is measured". Every
//! control is a real button or select with a label, so keyboards and screen readers reach
//! them; one click, one change and one key handler serve them all, and the chart under the
//! toolbar too (each `on:` handler costs the bundle its own code).
//!
//! The toolbar is one HTML string (fixed words, escaped benchmark names) drawn again when the
//! language changes; pressed states change in place. As views, its controls cost several KiB.
//!
//! In a narrow widget (the root's `gl-narrow` class, from its measured width) the toolbar folds
//! into one "Options" disclosure button (`aria-expanded`, `aria-controls`); Escape closes it and
//! gives the button the focus. "How this is measured" ([`method_html`]) is a modal `<dialog>`
//! opened from the toolbar and from a link under the chart: the browser moves the focus into it,
//! closes it on Escape and gives the focus back to the button that opened it.

use crate::zoom::Zoom;
use gapline_core::Lang;
use gapline_core::Scene;
use gapline_core::ThemeChoice;
use gapline_core::data::event::EventKind;
use gapline_core::gap::projection::ReadingKind;
use gapline_core::scene::svg::escape;
use gapline_core::scene::{ModelFilter, method_html};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The reader's choices: each control writes one of these signals.
#[derive(Clone, Copy)]
pub struct Choices {
    /// Which reading of the claims is drawn.
    pub reading: RwSignal<ReadingKind>,
    /// The benchmark for connectors and verdicts; `None` for the data's default.
    pub benchmark: RwSignal<Option<String>>,
    /// The language of every string.
    pub lang: RwSignal<Lang>,
    /// The colour theme.
    pub theme: RwSignal<ThemeChoice>,
    /// True for the table view instead of the chart.
    pub table: RwSignal<bool>,
    /// The kinds of events drawn.
    pub events: RwSignal<Vec<EventKind>>,
    /// Which models carry a label; `None` for the data's default (the scene says which).
    pub models: RwSignal<Option<ModelFilter>>,
}

/// An id no other element of the page has (several timelines may share a page).
fn unique_id(what: &str) -> String {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("gl-{what}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// `en` or `zh` text for the current language.
pub fn tr(lang: Lang, en: &'static str, zh: &'static str) -> &'static str {
    if lang == Lang::Zh { zh } else { en }
}

/// The `data-*` name and value of the control an event came from.
fn control(ev: &web_sys::Event) -> Option<(String, String)> {
    let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?.closest("[data-ctl]").ok()??;
    let name = el.get_attribute("data-ctl")?;
    let value = match el.dyn_ref::<web_sys::HtmlSelectElement>() {
        Some(select) => select.value(),
        None => el.get_attribute("value").unwrap_or_default(),
    };
    Some((name, value))
}

/// Marks the buttons of control `name` pressed when their value is `value` (or, with `None`,
/// flips the one button): the toolbar is drawn once per language, and only these attributes
/// change in place, which costs far less code than a reactive attribute per button.
fn press(toolbar: &web_sys::Element, name: &str, value: Option<&str>) {
    let Ok(buttons) = toolbar.query_selector_all(&format!("button[data-ctl={name}]")) else {
        return;
    };
    for i in 0..buttons.length() {
        let Some(b) = buttons.item(i).and_then(|b| b.dyn_into::<web_sys::Element>().ok()) else {
            continue;
        };
        let on = match value {
            Some(v) => b.get_attribute("value").as_deref() == Some(v),
            None => b.get_attribute("aria-pressed").as_deref() != Some("true"),
        };
        let _ = b.set_attribute("aria-pressed", if on { "true" } else { "false" });
    }
}

/// The toggle buttons of the event kinds, pressed for those in `shown`. The words are fixed
/// (no data), so the string needs no escaping.
fn event_buttons(lang: Lang, shown: &[EventKind]) -> String {
    EventKind::ALL
        .iter()
        .map(|&k| {
            let word = match k {
                EventKind::ExportControl => tr(lang, "Export controls", "出口管制"),
                EventKind::Chip => tr(lang, "Chips", "芯片"),
                EventKind::Policy => tr(lang, "Policy", "政策"),
                EventKind::Milestone => tr(lang, "Milestones", "里程碑"),
            };
            format!(
                r#"<button type="button" data-ctl="event" value="{0}" class="gl-evk gl-ev-{0}" aria-pressed="{1}">{word}</button>"#,
                k.name(),
                shown.contains(&k)
            )
        })
        .collect()
}

/// The two buttons of the models shown, `current` pressed. Fixed words: no escaping needed.
fn models_buttons(lang: Lang, current: ModelFilter) -> String {
    [
        (ModelFilter::Key, tr(lang, "Key models", "重点模型")),
        (ModelFilter::All, tr(lang, "All models", "全部模型")),
    ]
    .iter()
    .map(|&(m, word)| {
        format!(
            r#"<button type="button" data-ctl="models" value="{}" aria-pressed="{}">{word}</button>"#,
            m.name(),
            m == current
        )
    })
    .collect()
}

/// Calls the method `name` (`showModal` or `close`) of the method panel's `<dialog>` in `root`.
fn dialog(root: NodeRef<leptos::html::Div>, name: &str) {
    let Some(d) = root.get_untracked().and_then(|w| w.query_selector(".gl-method").ok().flatten())
    else {
        return;
    };
    if let Some(f) = js_sys::Reflect::get(&d, &name.into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        let _ = f.call0(&d);
    }
}

/// Focuses the element of `root` that `selector` finds, once the views changed now are drawn.
fn focus_later(root: NodeRef<leptos::html::Div>, selector: &'static str) {
    set_timeout(
        move || {
            let el = root.get_untracked().and_then(|w| w.query_selector(selector).ok().flatten());
            if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.focus();
            }
        },
        std::time::Duration::ZERO,
    );
}

/// The toolbar, with `children` (the chart, the summary, the table) under it and the method
/// link and panel after them. `benchmarks` are the names the data has scores for, most scores
/// first; `scene` is the scene drawn (its benchmark and models are the effective ones).
#[component]
pub fn Controls(
    choices: Choices,
    zoom: Zoom,
    benchmarks: Vec<String>,
    /// Called with `svg`, `png` or `csv` when the reader picks a download.
    export: Callback<String>,
    scene: Memo<Option<Arc<Scene>>>,
    children: Children,
) -> impl IntoView {
    let Choices { reading, benchmark, lang, theme, table, events, models } = choices;
    let wrap = NodeRef::<leptos::html::Div>::new();
    // The menu of a narrow widget is open; kept when the toolbar is drawn again.
    let open = StoredValue::new(false);
    let (menu_id, head_id) = (unique_id("menu"), unique_id("method"));
    let act = move |ev: web_sys::MouseEvent| {
        let Some((name, value)) = control(&ev) else { return };
        let toolbar = wrap.get_untracked().map(web_sys::Element::from);
        match (name.as_str(), value.as_str()) {
            ("options", _) => {
                let now = !open.get_value();
                open.set_value(now);
                toolbar.inspect(|t| {
                    if let Ok(Some(b)) = t.query_selector(".gl-options") {
                        let _ =
                            b.set_attribute("aria-expanded", if now { "true" } else { "false" });
                    }
                });
            }
            ("models", m) => {
                models.set(ModelFilter::parse(m));
                toolbar.inspect(|t| press(t, "models", Some(m)));
            }
            // A modal <dialog>: the browser moves the focus into it, closes it on Escape and
            // gives the focus back to the button that opened it.
            ("method", "close") => dialog(wrap, "close"),
            ("method", _) => dialog(wrap, "showModal"),
            ("zoom", "in") => zoom.zoom_in(),
            ("zoom", "out") => zoom.zoom_out(),
            ("zoom", _) => zoom.reset(),
            ("reading", r) => {
                reading.set(ReadingKind::parse(r).unwrap_or_default());
                toolbar.inspect(|t| press(t, "reading", Some(r)));
            }
            ("export", kind) => {
                export.run(kind.to_string());
                // The menu closes once a file is chosen.
                let menu = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                if let Some(Ok(Some(d))) = menu.map(|m| m.closest("details")) {
                    let _ = d.remove_attribute("open");
                }
            }
            ("event", word) => {
                let Some(kind) = EventKind::parse(word) else { return };
                let mut shown = events.get_untracked();
                let on = !shown.contains(&kind);
                if on {
                    shown.push(kind)
                } else {
                    shown.retain(|&k| k != kind)
                }
                events.set(shown);
                // Only the button pressed changes.
                let button = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                if let Some(Ok(Some(b))) = button.map(|b| b.closest("button")) {
                    let _ = b.set_attribute("aria-pressed", if on { "true" } else { "false" });
                }
            }
            ("table", _) => {
                table.update(|t| *t = !*t);
                toolbar.inspect(|t| press(t, "table", None));
            }
            ("lang", code) => {
                lang.set(Lang::parse(code).unwrap_or_default());
                // The toolbar is drawn again in the new language: the switch keeps the focus.
                focus_later(wrap, "[data-ctl=lang]");
            }
            _ => {}
        }
    };
    let change = move |ev: web_sys::Event| {
        let Some((name, value)) = control(&ev) else { return };
        match name.as_str() {
            "benchmark" => benchmark.set(Some(value)),
            "theme" => theme.set(ThemeChoice::parse(&value).unwrap_or_default()),
            _ => {}
        }
    };
    // Escape in the open menu of a narrow widget closes it and gives the Options button the focus
    // (only while the toolbar is folded: the button shown).
    let key = move |ev: web_sys::KeyboardEvent| {
        let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        if ev.key() != "Escape"
            || !open.get_value()
            || target.is_none_or(|t| t.closest(".gl-bar").ok().flatten().is_none())
        {
            return;
        }
        let button =
            wrap.get_untracked().and_then(|w| w.query_selector(".gl-options").ok().flatten());
        if let Some(b) = button.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
            && b.offset_width() > 0
        {
            open.set_value(false);
            let _ = b.set_attribute("aria-expanded", "false");
            let _ = b.focus();
        }
    };
    let benchmarks = StoredValue::new(benchmarks);
    // The toolbar, one string (its words are fixed, the benchmark names escaped): as views, its
    // two dozen controls cost the bundle several KiB more. Drawn again when the language changes;
    // the other choices are read as they are then.
    let bar = move || {
        let l = lang.get();
        let t = |en, zh| tr(l, en, zh);
        let current =
            benchmark.get_untracked().or_else(|| benchmarks.with_value(|b| b.first().cloned()));
        let benches: String = benchmarks.with_value(|all| {
            all.iter()
                .map(|b| {
                    let on = if current.as_deref() == Some(b.as_str()) { " selected" } else { "" };
                    format!(r#"<option value="{0}"{on}>{0}</option>"#, escape(b))
                })
                .collect()
        });
        let chosen = theme.get_untracked();
        let themes: String = [
            (ThemeChoice::Auto, "auto", t("Auto", "自动")),
            (ThemeChoice::Light, "light", t("Light", "浅色")),
            (ThemeChoice::Dark, "dark", t("Dark", "深色")),
        ]
        .iter()
        .map(|&(c, value, word)| {
            let on = if c == chosen { " selected" } else { "" };
            format!(r#"<option value="{value}"{on}>{word}</option>"#)
        })
        .collect();
        let lag = reading.get_untracked() == ReadingKind::Lag;
        let shown = scene.with_untracked(|s| s.as_ref().map(|s| s.models)).unwrap_or_default();
        // The switch is labelled in the language it switches to.
        let (other, other_code, other_label, other_word) = match l {
            Lang::Zh => ("en", "en", "English (英文)", "English"),
            Lang::En => ("zh", "zh-Hans", "中文 (Chinese)", "中文"),
        };
        format!(
            concat!(
                r#"<button type="button" class="gl-options" data-ctl="options" aria-expanded="{open}" aria-controls="{menu}">{options}</button>"#,
                r#"<div class="gl-controls" id="{menu}" role="toolbar" aria-label="{toolbar}">"#,
                r#"<span class="gl-group" role="group" aria-label="{zoom}"><button type="button" data-ctl="zoom" value="in" aria-label="{zoom_in}">+</button><button type="button" data-ctl="zoom" value="out" aria-label="{zoom_out}">−</button><button type="button" data-ctl="zoom" value="reset">{reset}</button></span>"#,
                r#"<span class="gl-group" role="group" aria-label="{readings}"><button type="button" data-ctl="reading" value="lag" aria-pressed="{lag}">{lag_word}</button><button type="button" data-ctl="reading" value="catch-up" aria-pressed="{catch_up}">{catch_up_word}</button></span>"#,
                r#"<label class="gl-group"><span>{bench_word}</span><select data-ctl="benchmark">{benches}</select></label>"#,
                r#"<label class="gl-group"><span>{theme_word}</span><select data-ctl="theme">{themes}</select></label>"#,
                r#"<span class="gl-group" role="group" aria-label="{events_label}">{events}</span>"#,
                r#"<span class="gl-group" role="group" aria-label="{models_label}">{models}</span>"#,
                r#"<button type="button" data-ctl="table" value="" aria-pressed="{table}">{table_word}</button>"#,
                r#"<details class="gl-export"><summary>{export}</summary><span class="gl-menu" role="group" aria-label="{download}"><button type="button" data-ctl="export" value="svg">SVG</button><button type="button" data-ctl="export" value="png">PNG</button><button type="button" data-ctl="export" value="csv">CSV</button></span></details>"#,
                r#"<button type="button" data-ctl="lang" value="{other}" lang="{other_code}" aria-label="{other_label}">{other_word}</button>"#,
                r#"<button type="button" data-ctl="method" value="bar">{method}</button></div>"#,
            ),
            open = open.get_value(),
            lag = lag,
            benches = benches,
            themes = themes,
            other = other,
            other_code = other_code,
            other_label = other_label,
            other_word = other_word,
            menu = menu_id,
            options = t("Options", "选项"),
            toolbar = t("Timeline controls", "时间线控件"),
            zoom = t("Zoom", "缩放"),
            zoom_in = t("Zoom in", "放大"),
            zoom_out = t("Zoom out", "缩小"),
            reset = t("Reset", "重置"),
            readings = t("Reading of the claims", "说法的解读"),
            lag_word = t("Lag", "差距"),
            catch_up = !lag,
            catch_up_word = t("Catch-up", "追赶"),
            bench_word = t("Benchmark", "基准"),
            theme_word = t("Theme", "主题"),
            events_label = t("Events shown", "显示的事件"),
            events = event_buttons(l, &events.get_untracked()),
            models_label = t("Models labelled", "标注的模型"),
            models = models_buttons(l, shown),
            table = table.get_untracked(),
            table_word = t("Table", "表格"),
            export = t("Export", "导出"),
            download = t("Download the view", "下载当前视图"),
            method = t("How this is measured", "如何测量"),
        )
    };
    // The link under the chart and the panel it opens, one string: the panel's text is the
    // core's escaped HTML, for the benchmark the scene uses.
    let after = move || {
        let l = lang.get();
        benchmark.track();
        let body = scene
            .with_untracked(|s| method_html(s.as_ref().and_then(|s| s.benchmark.as_deref()), l));
        let title = tr(l, "How this is measured", "如何测量");
        format!(
            r#"<p class="gl-more"><button type="button" class="gl-link" data-ctl="method" value="link">{title}</button></p><dialog class="gl-method" aria-labelledby="{head_id}"><button type="button" data-ctl="method" value="close">{}</button><h3 id="{head_id}">{title}</h3>{body}</dialog>"#,
            tr(l, "Close", "关闭")
        )
    };
    view! {
        <div node_ref=wrap on:click=act on:change=change on:keydown=key>
            <div class="gl-bar" inner_html=bar></div>
            <p class="gl-hint" aria-live="polite">
                {move || zoom.hint.get().then(|| tr(lang.get(), "Ctrl + scroll to zoom, or click the chart first", "按住 Ctrl 滚动以缩放，或先点击图表"))}
            </p>
            {children()}
            <div inner_html=after></div>
        </div>
    }
}
