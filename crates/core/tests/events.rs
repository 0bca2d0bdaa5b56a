//! The events layer against the shipped `data/events.csv` and a broken copy of it: every event
//! read, every problem located, the other rows kept, and the shipped dataset carrying them all.

use gapline_core::{Dataset, EventKind, Format, Precision, Region, import};
use std::collections::BTreeMap;

fn root(path: &str) -> String {
    format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"))
}

fn events_csv() -> String {
    std::fs::read_to_string(root("data/events.csv")).expect("data/events.csv")
}

#[test]
fn the_shipped_events_csv_reads_whole_with_its_counts() {
    let text = events_csv();
    assert_eq!(Format::Auto.resolve(&text), Format::Events, "told apart by its header");
    let loaded = import(text.as_bytes(), Format::Auto);
    assert_eq!(loaded.problems, []);
    let events = &loaded.dataset.events;
    assert_eq!(events.len(), 40);
    assert!(loaded.dataset.models.is_empty());

    let mut kinds = BTreeMap::new();
    let mut regions = BTreeMap::new();
    for e in events {
        *kinds.entry(e.kind.name()).or_insert(0) += 1;
        *regions.entry(e.region.code().to_string()).or_insert(0) += 1;
    }
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        [("chip", 10), ("export_control", 16), ("milestone", 4), ("policy", 10)]
    );
    assert_eq!(
        regions.iter().map(|(r, n)| (r.as_str(), *n)).collect::<Vec<_>>(),
        [("CN", 16), ("NL", 1), ("US", 23)]
    );

    // Month rows (stored as YYYY-MM-01 with `month`) are spans of their month, not a day.
    let months: Vec<_> = events.iter().filter(|e| e.date.precision() == Precision::Month).collect();
    assert_eq!(months.len(), 11);
    let days = events.iter().filter(|e| e.date.precision() == Precision::Day).count();
    assert_eq!(days, 29);
    let a100 = events.iter().find(|e| e.id == "a100-h100-licence-2022").expect("row");
    assert_eq!(a100.date.to_string(), "2022-08");
    assert_eq!(
        (a100.date.start().to_string(), a100.date.last_day().to_string()),
        ("2022-08-01".into(), "2022-08-31".into())
    );
    assert!(months.iter().all(|e| (e.date.end() - e.date.start()).num_days() >= 28));

    // Every field carried, Chinese titles and sources included.
    assert!(events.iter().all(|e| e.title_zh.is_some() && e.description.is_some()));
    assert!(events.iter().all(|e| e.source_url.as_str().starts_with("http")));
    let nl = events.iter().find(|e| e.region.code() == "NL").expect("the Dutch controls");
    assert_eq!(nl.kind, EventKind::ExportControl);
    let oct = events.iter().find(|e| e.id == "bis-oct-2023-update").expect("row");
    assert_eq!(oct.title, "BIS tightens AI chip rules, closing A800/H800 route");
    assert_eq!(oct.date.to_string(), "2023-10-17");
}

/// A change to one row: the row's id, and what to do to its line.
type Edit<'a> = (&'a str, &'a dyn Fn(&str) -> String);

/// The shipped file with the row of each id changed by its edit.
fn broken(edits: &[Edit<'_>]) -> String {
    events_csv()
        .lines()
        .map(|line| {
            edits
                .iter()
                .find(|(id, _)| line.starts_with(&format!("{id},")))
                .map_or(line.to_string(), |(_, edit)| edit(line))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_broken_copy_gives_one_located_message_per_planted_problem_and_keeps_the_rest() {
    // Rows 2 (Huawei listing), 3 (Ascend 910) and 5 (A100/H100 licence) of the file.
    let text = broken(&[
        ("huawei-entity-list-2019", &|l| l.replacen(",export_control,", ",sanction,", 1)),
        ("huawei-ascend-910", &|l| {
            l.replace("https://www.computer-automation.de/industrial-communication/huawei---new-processor-and-own-framework-for-ai.htm", "")
        }),
        ("a100-h100-licence-2022", &|l| l.replacen(",2022-08-01,", ",2022-08-32,", 1)),
        ("chips-and-science-act", &|l| l.replacen(",2022-08-09,", ",2205-08-09,", 1)),
    ]);
    let loaded = import(text.as_bytes(), Format::Auto);
    let messages: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "row 2, column `kind`: `sanction` is not allowed here: write one of export_control, chip, policy or milestone",
            "row 3, column `source_url`: `source_url` is missing: every entry needs one",
            "row 5, column `date`: `2022-08-32` is not a real calendar date: check the month and day",
        ],
        "read alone, the events have no models to measure a span against"
    );
    assert_eq!(loaded.dataset.events.len(), 37);
    assert!(loaded.dataset.events.iter().any(|e| e.id == "chips-and-science-act"));

    // Read with the models, the date far outside their span is located too.
    let models = import(&std::fs::read(root("data/models.csv")).expect("models"), Format::Auto);
    assert_eq!(models.problems, []);
    let mut data: Dataset = models.dataset;
    let (from, to) = data.event_span().expect("models give a span");
    // Two years after the latest curated release (the curated file grows as models come out).
    let latest = data.models.iter().map(|m| m.released.last_day()).max().expect("models");
    use chrono::Datelike;
    let two_years_on = latest.with_year(latest.year() + 2).expect("a date two years on");
    assert_eq!(
        (from.to_string(), to.to_string()),
        ("2014-02-14".to_string(), two_years_on.to_string())
    );
    let problems: Vec<String> =
        data.add_events_csv(&text).iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 4);
    assert_eq!(
        problems[3],
        format!(
            "row 6, column `date`: 2205-08-09 is far outside the data's span: events may be dated from 2014-02-14 to {two_years_on} (5 years before the first model to 2 years after the last); correct the date"
        )
    );
    assert_eq!(data.events.len(), 36, "the other rows are kept");
    assert!(!data.events.iter().any(|e| e.id == "chips-and-science-act"));
}

#[test]
fn the_shipped_dataset_carries_every_event_and_reads_without_problems() {
    let bytes = std::fs::read(root("www/data/models.json")).expect("shipped data");
    let loaded = import(&bytes, Format::Gapline);
    assert_eq!(loaded.problems, []);
    assert_eq!(loaded.dataset.events.len(), 40);
    let from_csv = import(events_csv().as_bytes(), Format::Auto).dataset.events;
    assert_eq!(loaded.dataset.events, from_csv, "merged as read, in file order");
    assert!(loaded.dataset.events.iter().any(|e| e.region == Region::parse("NL").expect("NL")));
}
