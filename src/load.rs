//! Loading a dataset over HTTP, with every failure put in words a reader can act on.

use gapline_core::data::claim::RawClaim;
use gapline_core::embed::MAX_DATA_BYTES;
use gapline_core::{Format, Loaded, RawDataset, read_models_csv};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// `import.meta.url` of the generated module: the default data file sits beside the bundle.
    #[wasm_bindgen(thread_local_v2, js_namespace = ["import", "meta"], js_name = url)]
    static MODULE_URL: String;
}

/// Where the built-in dataset is, from the module: beside it, or one folder up for the site's
/// build (`dist/site/gapline.js`).
const BUILTIN: &str =
    if cfg!(feature = "site") { "../data/models.json" } else { "data/models.json" };

/// The URL of the built-in dataset: `data/models.json` next to the module that loaded the
/// widget, so a page that embeds it from another folder still finds it.
pub fn builtin_data_url() -> String {
    let base = MODULE_URL.with(String::clone);
    web_sys::Url::new_with_base(BUILTIN, &base)
        .map(|u| u.href())
        .unwrap_or_else(|_| BUILTIN.to_string())
}

/// What a JS error says.
pub(crate) fn js_message(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_string())
}

/// The limit, in words.
fn too_large(bytes: f64) -> String {
    format!(
        "the file is {:.0} MB, over the limit of {} MB; make it smaller (fewer models, or only the columns gapline reads)",
        (bytes / 1e6).ceil(),
        MAX_DATA_BYTES / 1_000_000
    )
}

/// Fetches `url` as text; the error says what failed and what to do about it. A file over
/// [`MAX_DATA_BYTES`] is refused from its `Content-Length` before it is downloaded (and after,
/// when the server does not say).
async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("there is no window to load it in")?;
    // The browser tells a refused cross-origin read and a dead server apart only in the console,
    // so the message names both.
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|e| {
        format!(
            "the server could not be reached, or it does not let this page read the file ({}); a file on another site must be served with Access-Control-Allow-Origin",
            js_message(&e)
        )
    })?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(format!(
            "the server answered {} {}; check the address",
            response.status(),
            response.status_text()
        ));
    }
    let length = response.headers().get("content-length").ok().flatten();
    if let Some(n) = length.and_then(|l| l.trim().parse::<f64>().ok())
        && n > MAX_DATA_BYTES as f64
    {
        return Err(too_large(n));
    }
    let text = JsFuture::from(response.text().map_err(|e| js_message(&e))?)
        .await
        .map_err(|e| format!("the download failed ({})", js_message(&e)))?;
    let text = text.as_string().unwrap_or_default();
    if text.len() as u64 > MAX_DATA_BYTES {
        return Err(too_large(text.len() as f64));
    }
    Ok(text)
}

/// A gapline document from parsed JSON: an object with `models`, `claims`, `benchmarks`, or a
/// bare list, read as its claims.
pub(crate) fn raw_document(value: JsValue) -> Result<RawDataset, String> {
    // A bare list is read as `{"claims": [...]}`: one deserializer for both shapes.
    let value = if js_sys::Array::is_array(&value) {
        let doc = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&doc, &"claims".into(), &value);
        doc.into()
    } else {
        value
    };
    serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
}

/// Fetches claims: gapline JSON with a `claims` list (models, if any, are ignored), or a bare
/// list of claims. They are checked against the dataset by the caller.
pub async fn load_claims(url: &str) -> Result<Vec<RawClaim>, String> {
    let text = fetch_text(url).await?;
    let value = js_sys::JSON::parse(&text)
        .map_err(|e| format!("the file is not valid JSON ({})", js_message(&e)))?;
    let raw =
        raw_document(value).map_err(|e| format!("the file is not a gapline claims file ({e})"))?;
    Ok(raw.claims)
}

/// Fetches and checks a dataset: gapline JSON, or a CSV export (a spreadsheet's, or Epoch's),
/// told apart by their content. The error says what failed, for `url`.
pub async fn load_dataset(url: &str) -> Result<Loaded, String> {
    let text = fetch_text(url).await?;
    match Format::Auto.resolve(&text) {
        // JSON is parsed by the browser, which is faster and costs no code.
        Format::Gapline => {
            let value = js_sys::JSON::parse(&text)
                .map_err(|e| format!("the file is not valid JSON ({})", js_message(&e)))?;
            let raw: RawDataset = serde_wasm_bindgen::from_value(value)
                .map_err(|e| format!("the file is not a gapline dataset ({e})"))?;
            Ok(raw.check())
        }
        // Any table is read as a CSV of models (Epoch's notable-models export included, through
        // the column aliases); converting Epoch's benchmark runs is the command line's job.
        _ => Ok(read_models_csv(&text)),
    }
}
