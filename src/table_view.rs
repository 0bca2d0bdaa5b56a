//! The table view: the models and claims in view as real `<table>`s. The core builds the rows
//! and writes the escaped HTML; this inserts it.

use gapline_core::scene::Table;
use leptos::prelude::*;

/// The tables, one after another.
#[component]
pub fn TableView(tables: Vec<Table>) -> impl IntoView {
    let html: String = tables.iter().map(Table::to_html).collect();
    view! { <div class="gl-tables" inner_html=html></div> }
}
