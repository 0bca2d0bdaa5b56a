//! The Export menu's downloads: the view as SVG (the same file `gapline render` writes), as PNG
//! at twice its size (drawn from that SVG), and the models and claims in view as CSV. The files
//! are made by the core; this module only hands them to the browser.

use gapline_core::scene::{Theme, export_filename, standalone_svg_with, view_csv};
use gapline_core::{Dataset, Lang, Scene};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// PNG pixels per CSS px: sharp on high-density screens and in print.
const PNG_SCALE: f64 = 2.0;

/// Today's date, as the reader's clock says: the date in an exported file's credit.
pub fn today() -> Option<chrono::NaiveDate> {
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
}

/// A blob of `text` with MIME type `mime`.
fn blob(text: &str, mime: &str) -> Option<web_sys::Blob> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

/// Offers `blob` as a download named `name`.
fn save(blob: &web_sys::Blob, name: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else { return };
    if let Ok(a) =
        document.create_element("a").map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // Freed once the browser has started the download.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
}

/// Downloads `kind` (`svg`, `png` or `csv`) of `scene` (a scene built for export, with its
/// `exported` date), in `theme`.
pub fn download(kind: &str, data: &Dataset, scene: &Scene, lang: Lang, theme: Theme) {
    match kind {
        "csv" => {
            let csv = view_csv(data, scene, lang);
            // A byte-order mark, so spreadsheet programs read the file as UTF-8 (Chinese names).
            if let Some(b) = blob(&format!("\u{feff}{csv}"), "text/csv;charset=utf-8") {
                save(&b, &export_filename(scene, "models-and-claims", "csv"));
            }
        }
        "svg" | "png" => {
            let css = page_css();
            if css.is_empty() {
                web_sys::console::warn_1(&JsValue::from_str(
                    "gapline: the exported picture has no colours: the page's gapline.css could not be read (a style sheet from another site needs crossorigin=\"anonymous\" and Access-Control-Allow-Origin)",
                ));
            }
            picture(scene, theme, &css, kind == "svg");
        }
        _ => {}
    }
}

/// Offers `scene` as an SVG file (`svg`) or a PNG, styled by `css` (the widget's stylesheet).
fn picture(scene: &Scene, theme: Theme, css: &str, svg: bool) {
    let text = standalone_svg_with(scene, theme, css);
    let Some(b) = blob(&text, "image/svg+xml;charset=utf-8") else { return };
    if svg {
        save(&b, &export_filename(scene, "timeline", "svg"));
    } else {
        png(&b, scene.width, scene.height, export_filename(scene, "timeline", "png"));
    }
}

/// The widget's stylesheet as the page loaded it: the rules of the first style sheet that
/// defines the widget's colours (`--gl-bg`), so the bundle needs no copy of `gapline.css`.
/// Empty when the page has none it may read.
fn page_css() -> String {
    let Some(sheets) = web_sys::window().and_then(|w| w.document()).map(|d| d.style_sheets())
    else {
        return String::new();
    };
    for i in 0..sheets.length() {
        let Some(sheet) = sheets.item(i).and_then(|s| s.dyn_into::<web_sys::CssStyleSheet>().ok())
        else {
            continue;
        };
        // Another site's style sheet, served without CORS, cannot be read.
        let Ok(rules) = sheet.css_rules() else { continue };
        let text: String = (0..rules.length())
            .filter_map(|k| rules.item(k))
            .map(|r| r.css_text() + "\n")
            .collect();
        if text.contains("--gl-bg") {
            return text;
        }
    }
    String::new()
}

/// Draws the SVG in `svg` (`width` × `height` CSS px) on a canvas at [`PNG_SCALE`] and offers
/// it as a PNG named `name`. A page whose Content-Security-Policy forbids `blob:` images cannot
/// do this: the failure is logged and the SVG download still works.
fn png(svg: &web_sys::Blob, width: f64, height: f64, name: String) {
    let (Some(document), Ok(url)) = (
        web_sys::window().and_then(|w| w.document()),
        web_sys::Url::create_object_url_with_blob(svg),
    ) else {
        return;
    };
    let Ok(image) = web_sys::HtmlImageElement::new() else { return };
    let (w, h) = ((width * PNG_SCALE).round(), (height * PNG_SCALE).round());
    let loaded = {
        let (image, url) = (image.clone(), url.clone());
        Closure::once(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
            let Some(canvas) = document
                .create_element("canvas")
                .ok()
                .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
            else {
                return;
            };
            canvas.set_width(w as u32);
            canvas.set_height(h as u32);
            let Some(context) = canvas
                .get_context("2d")
                .ok()
                .flatten()
                .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
            else {
                return;
            };
            // The SVG is drawn at the canvas's size, so it is rasterised sharp, not scaled up.
            let _ =
                context.draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, w, h);
            let done = Closure::once(move |png: Option<web_sys::Blob>| {
                if let Some(png) = png {
                    save(&png, &name);
                }
            });
            let _ = canvas.to_blob_with_type(done.as_ref().unchecked_ref(), "image/png");
            done.forget();
        })
    };
    let failed = Closure::once(move || {
        web_sys::console::error_1(
            &"gapline: the PNG could not be drawn (does this page's Content-Security-Policy allow blob: images?); the SVG download still works".into(),
        );
    });
    image.set_onload(Some(loaded.as_ref().unchecked_ref()));
    image.set_onerror(Some(failed.as_ref().unchecked_ref()));
    // Each runs at most once; both are small and kept for the image's life.
    loaded.forget();
    failed.forget();
    image.set_src(&url);
}
