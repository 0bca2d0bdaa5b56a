//! Loading a dataset over HTTP, with every failure put in words a reader can act on.

use gapline_core::data::claim::RawClaim;
use gapline_core::data::records::{JsonTree, Scalar, read_document};
use gapline_core::embed::MAX_DATA_BYTES;
#[cfg(feature = "authoring")]
use gapline_core::read_models_csv;
use gapline_core::{Loaded, Problem, RawDataset};
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
        "the file is {} MB, over the limit of {} MB; make it smaller (fewer models, or only the columns gapline reads)",
        // Whole megabytes as an integer: formatting a float would cost every reader 3 KB.
        (bytes / 1e6).ceil() as u64,
        MAX_DATA_BYTES / 1_000_000
    )
}

/// Fetches `url` as text; the error says what failed and what to do about it. A file over
/// [`MAX_DATA_BYTES`] is refused from its `Content-Length` before it is downloaded, and, when
/// the server does not say (or says less than it sends), while it is read: the download stops
/// at the limit.
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
    // An integer parse: the float parser would cost every reader about 13 KiB gzip.
    if let Some(n) = length.and_then(|l| l.trim().parse::<u64>().ok())
        && n > MAX_DATA_BYTES
    {
        return Err(too_large(n as f64));
    }
    let failed = |e: JsValue| format!("the download failed ({})", js_message(&e));
    let Some(body) = response.body() else { return Ok(String::new()) };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes: Vec<u8> = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(failed)?;
        if js_sys::Reflect::get(&chunk, &"done".into()).is_ok_and(|d| d.is_truthy()) {
            break;
        }
        let value = js_sys::Reflect::get(&chunk, &"value".into()).map_err(failed)?;
        let part: js_sys::Uint8Array = value.unchecked_into();
        let total = bytes.len() as u64 + u64::from(part.length());
        if total > MAX_DATA_BYTES {
            // Stop the download: the rest is never read.
            let _ = reader.cancel();
            return Err(too_large(total as f64));
        }
        let start = bytes.len();
        bytes.resize(total as usize, 0);
        part.copy_to(&mut bytes[start..]);
    }
    // As the browser's `Response.text()` would: UTF-8, bad bytes replaced.
    Ok(String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

thread_local! {
    /// The field names asked for, as JS strings, made once: a name made anew for every field of
    /// every record was decoded from UTF-8 each time, most of the time a 100,000-model file
    /// took to read. A record format has a few dozen names, so a list is searched.
    static KEYS: std::cell::RefCell<Vec<(String, JsValue)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A value the browser parsed, read by the core field by field (see
/// [`records`](gapline_core::data::records)): the reader asks only for the fields it knows, so
/// the rest of a record is never copied into Rust.
struct JsTree(JsValue, std::cell::Cell<Option<bool>>);

impl JsTree {
    fn new(value: JsValue) -> JsTree {
        JsTree(value, std::cell::Cell::new(None))
    }

    /// Asked once per value: a record is asked for each of its fields, and each question is a
    /// call into JavaScript.
    fn is_object(&self) -> bool {
        if let Some(known) = self.1.get() {
            return known;
        }
        let object = self.0.is_object() && !js_sys::Array::is_array(&self.0);
        self.1.set(Some(object));
        object
    }
}

impl JsonTree for JsTree {
    fn member(&self, key: &str) -> Option<Self> {
        if !self.is_object() {
            return None;
        }
        let value = KEYS.with(|keys| {
            let mut keys = keys.borrow_mut();
            let at = match keys.iter().position(|(k, _)| k == key) {
                Some(at) => at,
                None => {
                    keys.push((key.to_owned(), JsValue::from_str(key)));
                    keys.len() - 1
                }
            };
            js_sys::Reflect::get(&self.0, &keys[at].1).ok()
        })?;
        (!value.is_undefined()).then(|| JsTree::new(value))
    }

    fn items(&self) -> Option<Vec<Self>> {
        js_sys::Array::is_array(&self.0)
            .then(|| self.0.unchecked_ref::<js_sys::Array>().iter().map(JsTree::new).collect())
    }

    fn entries(&self) -> Vec<(String, Self)> {
        if !self.is_object() {
            return Vec::new();
        }
        let object: &js_sys::Object = self.0.unchecked_ref();
        js_sys::Object::keys(object)
            .iter()
            .filter_map(|key| {
                let value = js_sys::Reflect::get(object, &key).ok()?;
                Some((key.as_string()?, JsTree::new(value)))
            })
            .collect()
    }

    fn scalar(&self) -> Scalar {
        let v = &self.0;
        // Text first: most values are, and each question asked is a call into JavaScript.
        if let Some(t) = v.as_string() {
            Scalar::Text(t)
        } else if v.is_null() || v.is_undefined() {
            Scalar::Null
        } else if let Some(n) = v.as_f64() {
            Scalar::Number(n)
        } else if let Some(b) = v.as_bool() {
            Scalar::Bool(b)
        } else if js_sys::Array::is_array(v) {
            Scalar::List
        } else {
            // `JSON.parse` makes nothing else.
            Scalar::Object
        }
    }

    /// The browser's parser keeps no positions: problems are placed by their JSON pointer.
    fn at(&self) -> Option<(u64, u64)> {
        None
    }
}

/// A gapline document from parsed JSON: an object with `models`, `claims`, `benchmarks`, or a
/// bare list, read as its claims. Each record is read on its own: one of the wrong shape is a
/// problem of that record ([`RawDataset::unread`] or the record's placeholder), and the others
/// are kept. Only a value that is not an object or a list is refused.
pub(crate) fn raw_document(value: JsValue) -> Result<RawDataset, String> {
    // A bare list is read as `{"claims": [...]}`.
    let value = if js_sys::Array::is_array(&value) {
        let doc = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&doc, &"claims".into(), &value);
        doc.into()
    } else {
        value
    };
    let tree = JsTree::new(value);
    match tree.scalar() {
        Scalar::Object => Ok(read_document(&tree)),
        found => Err(format!("it is {}, expected an object or a list", found.kind())),
    }
}

/// Fetches claims: gapline JSON with a `claims` list (models, if any, are ignored), or a bare
/// list of claims, each read on its own. They are checked against the dataset by the caller,
/// with the problems of the document itself (a `claims` that is not a list).
pub async fn load_claims(url: &str) -> Result<(Vec<RawClaim>, Vec<Problem>), String> {
    let text = fetch_text(url).await?;
    let value = js_sys::JSON::parse(&text)
        .map_err(|e| format!("the file is not valid JSON ({})", js_message(&e)))?;
    let raw =
        raw_document(value).map_err(|e| format!("the file is not a gapline claims file ({e})"))?;
    Ok((raw.claims, raw.unread))
}

/// A file fetched: the dataset checked, or what this build cannot read it without.
// One per file loaded, moved once: boxing the dataset would buy nothing.
#[allow(clippy::large_enum_variant)]
pub enum Fetched {
    /// The dataset, checked.
    Dataset(Loaded),
    /// A spreadsheet, which the widget readers load does not read: the authoring build does
    /// (what for, as the start code is told: `csv`).
    #[cfg_attr(feature = "authoring", allow(dead_code))]
    NeedsAuthoring(&'static str),
}

/// Fetches and checks a dataset: gapline JSON, or a CSV export (a spreadsheet's, or Epoch's),
/// told apart by their content. The error says what failed, for `url`.
pub async fn load_dataset(url: &str) -> Result<Fetched, String> {
    let text = fetch_text(url).await?;
    // JSON as `Format::Auto` tells it from a table: by its first character. (Asking
    // `Format::resolve` would put the CSV reader, which it uses to read headers, in the bundle.)
    if text.trim_start_matches('\u{feff}').trim_start().starts_with('{') {
        // JSON is parsed by the browser, which is faster and costs no code.
        let value = js_sys::JSON::parse(&text)
            .map_err(|e| format!("the file is not valid JSON ({})", js_message(&e)))?;
        let raw =
            raw_document(value).map_err(|e| format!("the file is not a gapline dataset ({e})"))?;
        return Ok(Fetched::Dataset(raw.check()));
    }
    // Any table is read as a CSV of models (Epoch's notable-models export included, through
    // the column aliases); converting Epoch's benchmark runs is the command line's job.
    // Reading spreadsheets is an author's tool: the widget readers load hands the element
    // to the authoring build (`site/gapline.js`), which reads it.
    table(&text)
}

/// A table read as a CSV of models.
#[cfg(feature = "authoring")]
fn table(text: &str) -> Result<Fetched, String> {
    Ok(Fetched::Dataset(read_models_csv(text)))
}

/// A table, for the authoring build to read.
#[cfg(not(feature = "authoring"))]
fn table(_: &str) -> Result<Fetched, String> {
    Ok(Fetched::NeedsAuthoring("csv"))
}
