//! The toolbar above the chart: zoom, the reading of the claims, the benchmark, the language,
//! the theme, and chart or table. Every control is a real button or select with a label, so
//! keyboards and screen readers reach them; one click and one change handler serve them all
//! (each `on:` handler costs the bundle its own code).

use crate::zoom::Zoom;
use gapline_core::Lang;
use gapline_core::ThemeChoice;
use gapline_core::data::event::EventKind;
use gapline_core::gap::projection::ReadingKind;
use leptos::prelude::*;
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

/// The toolbar. `benchmarks` are the names the data has scores for, most scores first.
#[component]
pub fn Controls(
    choices: Choices,
    zoom: Zoom,
    benchmarks: Vec<String>,
    /// Called with `svg`, `png` or `csv` when the reader picks a download.
    export: Callback<String>,
) -> impl IntoView {
    let Choices { reading, benchmark, lang, theme, table, events } = choices;
    let wrap = NodeRef::<leptos::html::Div>::new();
    let act = move |ev: web_sys::MouseEvent| {
        let Some((name, value)) = control(&ev) else { return };
        let toolbar = wrap.get_untracked().map(web_sys::Element::from);
        match (name.as_str(), value.as_str()) {
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
                set_timeout(
                    move || {
                        let button = wrap
                            .get_untracked()
                            .and_then(|w| w.query_selector("[data-ctl=lang]").ok().flatten());
                        if let Some(b) =
                            button.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
                        {
                            let _ = b.focus();
                        }
                    },
                    std::time::Duration::ZERO,
                );
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
    let pressed = |on: bool| if on { "true" } else { "false" };
    let benchmarks = StoredValue::new(benchmarks);
    let bar = move || {
        let l = lang.get();
        let t = |en, zh| tr(l, en, zh);
        let current =
            benchmark.get_untracked().or_else(|| benchmarks.with_value(|b| b.first().cloned()));
        let options = benchmarks.with_value(|all| {
            all.iter()
                .map(|b| {
                    let selected = current.as_deref() == Some(b.as_str());
                    view! { <option value=b.clone() selected=selected>{b.clone()}</option> }
                })
                .collect_view()
        });
        let (lag, theme) = (reading.get_untracked() == ReadingKind::Lag, theme.get_untracked());
        let other = if l == Lang::Zh { Lang::En } else { Lang::Zh };
        view! {
            <div class="gl-controls" role="toolbar" aria-label=t("Timeline controls", "时间线控件")>
                <span class="gl-group" role="group" aria-label=t("Zoom", "缩放")>
                    <button type="button" data-ctl="zoom" value="in" aria-label=t("Zoom in", "放大")>"+"</button>
                    <button type="button" data-ctl="zoom" value="out" aria-label=t("Zoom out", "缩小")>"−"</button>
                    <button type="button" data-ctl="zoom" value="reset">{t("Reset", "重置")}</button>
                </span>
                <span class="gl-group" role="group" aria-label=t("Reading of the claims", "说法的解读")>
                    <button type="button" data-ctl="reading" value="lag" aria-pressed=pressed(lag)>{t("Lag", "差距")}</button>
                    <button type="button" data-ctl="reading" value="catch-up" aria-pressed=pressed(!lag)>{t("Catch-up", "追赶")}</button>
                </span>
                <label class="gl-group">
                    <span>{t("Benchmark", "基准")}</span>
                    <select data-ctl="benchmark">{options}</select>
                </label>
                <label class="gl-group">
                    <span>{t("Theme", "主题")}</span>
                    <select data-ctl="theme">
                        <option value="auto" selected=theme == ThemeChoice::Auto>{t("Auto", "自动")}</option>
                        <option value="light" selected=theme == ThemeChoice::Light>{t("Light", "浅色")}</option>
                        <option value="dark" selected=theme == ThemeChoice::Dark>{t("Dark", "深色")}</option>
                    </select>
                </label>
                // Written as one string: four buttons as views cost the bundle 2 KiB more.
                <span class="gl-group" role="group" aria-label=t("Events shown", "显示的事件")
                    inner_html=event_buttons(l, &events.get_untracked())></span>
                <button type="button" data-ctl="table" value="" aria-pressed=pressed(table.get_untracked())>
                    {t("Table", "表格")}
                </button>
                <details class="gl-export">
                    <summary>{t("Export", "导出")}</summary>
                    <span class="gl-menu" role="group" aria-label=t("Download the view", "下载当前视图")>
                        <button type="button" data-ctl="export" value="svg">"SVG"</button>
                        <button type="button" data-ctl="export" value="png">"PNG"</button>
                        <button type="button" data-ctl="export" value="csv">"CSV"</button>
                    </span>
                </details>
                // The switch is labelled in the language it switches to.
                <button type="button" data-ctl="lang" value=if other == Lang::Zh { "zh" } else { "en" }
                    lang=other.code() aria-label=t("中文 (Chinese)", "English (英文)")>
                    {t("中文", "English")}
                </button>
                <span class="gl-hint" aria-live="polite">
                    {move || zoom.hint.get().then(|| tr(l, "Ctrl + scroll to zoom, or click the chart first", "按住 Ctrl 滚动以缩放，或先点击图表"))}
                </span>
            </div>
        }
    };
    view! { <div node_ref=wrap on:click=act on:change=change>{bar}</div> }
}
