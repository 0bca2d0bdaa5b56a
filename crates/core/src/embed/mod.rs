//! What an embedded timeline is told, read from strings: a page's `data-*` attributes,
//! `embed.html`'s query, or the options given to `mount()`. One reader for all three, so they
//! accept the same values and word their complaints the same way.

mod data_url;
mod settings;
mod theme_choice;
mod view_settings;

pub use data_url::{MAX_DATA_BYTES, check_data_url};
pub use settings::{Settings, SettingsRead};
pub use theme_choice::ThemeChoice;
pub use view_settings::ReaderView;
