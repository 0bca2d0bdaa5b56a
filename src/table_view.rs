//! The table view: the models and claims in view as real `<table>`s. The core builds the rows
//! and writes the escaped HTML; this inserts it.

use gapline_core::scene::Table;
use leptos::prelude::*;

/// The tables, one after another, in a box that scrolls (focusable, so keyboards scroll it).
#[component]
pub fn TableView(tables: Vec<Table>, label: &'static str) -> impl IntoView {
    let html: String = tables.iter().map(Table::to_html).collect();
    view! { <div class="gl-tables" role="region" aria-label=label tabindex="0" inner_html=html></div> }
}
