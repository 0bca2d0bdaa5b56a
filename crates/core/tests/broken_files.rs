//! Every importer against broken input: located messages, valid rows kept, never a panic.

use gapline_core::{Format, import};
use proptest::prelude::*;

/// (label, bytes, format, models kept, the problems' text in order)
type Case = (&'static str, Vec<u8>, Format, usize, Vec<&'static str>);

fn cases() -> Vec<Case> {
    let ok_row = "A,US,2023-03-14,https://a.example\n";
    let header = "name,country,date,url\n";
    vec![
        ("empty file", b"".to_vec(), Format::Auto, 0, vec![]),
        ("header only", header.as_bytes().to_vec(), Format::Auto, 0, vec![]),
        ("BOM and CRLF", format!("\u{feff}{}", (header.to_string() + ok_row).replace('\n', "\r\n")).into_bytes(), Format::Auto, 1, vec![]),
        ("semicolons", "name;country;date;url\nA;US;2023-03;https://a.example\n".as_bytes().to_vec(), Format::Auto, 1, vec![]),
        ("tabs", "name\tcountry\tdate\turl\nA\tUS\t2023\thttps://a.example\n".as_bytes().to_vec(), Format::Auto, 1, vec![]),
        (
            "ragged rows",
            format!("{header}{ok_row}B,CN\nC,CN,2024,https://c.example,extra\n").into_bytes(),
            Format::Auto,
            2,
            vec![
                "row 3, column `date`: `released` is missing: every entry needs one",
                "row 3, column `url`: `source_url` is missing: every entry needs one",
            ],
        ),
        (
            "unterminated quote swallows the rest of the file into one cell",
            format!("{header}{ok_row}\"B,CN,2024,https://b.example\nC,CN,2024,https://c.example\n").into_bytes(),
            Format::Auto,
            1,
            vec![
                "row 3, column `country`: `region` is missing: every entry needs one",
                "row 3, column `date`: `released` is missing: every entry needs one",
                "row 3, column `url`: `source_url` is missing: every entry needs one",
            ],
        ),
        (
            "impossible dates and bad scores: a bad score costs that score, not the model",
            "name,country,date,url,mmlu\nA,US,0000-00-00,https://a.example,\nB,US,2023-02-30,https://b.example,\nC,US,2023,https://c.example,lots\nD,US,2023,https://d.example,1e+25\nE,US,2023,https://e.example,n/a\n".as_bytes().to_vec(),
            Format::Auto,
            3,
            vec![
                "row 2, column `date`: `0000-00-00` is not a real calendar date: check the month and day",
                "row 3, column `date`: `2023-02-30` is not a real calendar date: check the month and day",
                "row 4, column `mmlu`: `lots` is not a score: write a number such as 86.4 (the model is kept without this score)",
                "row 5, column `mmlu`: `1e+25` is out of range: scores are between 0 and 100 (the model is kept without this score)",
            ],
        ),
        (
            "no id column and a name with no letter or digit: said, not lost silently",
            "name,country,date,url\n★,US,2023,https://a.example\nB,CN,2024,https://b.example\n".as_bytes().to_vec(),
            Format::Auto,
            1,
            vec!["row 2, column `name`: `★` has no letter or digit to make an id from: add an `id` column, or write the name with letters or digits"],
        ),
        (
            "an events table: a title with no letter or digit and no id column is said",
            "date,kind,title,region,url\n2023-10-17,export_control,★,US,https://a.example\n2023-10-18,chip,H20,US,https://b.example\n".as_bytes().to_vec(),
            Format::Auto,
            0,
            vec!["row 2, column `title`: `★` has no letter or digit to make an id from: add an `id` column, or write the name with letters or digits"],
        ),
        (
            "script links",
            format!("{header}A,US,2023,javascript:alert(1)\n").into_bytes(),
            Format::Auto,
            0,
            vec!["row 2, column `url`: `javascript:alert(1)` is not a web link: sources must start with https:// or http://"],
        ),
        (
            "invalid UTF-8",
            b"name,country,date,url\nA\xff,US,2023,https://a.example\n".to_vec(),
            Format::Auto,
            0,
            vec!["line 2, column 2: the file is not UTF-8 text: save it as \"CSV UTF-8\" (Excel) or export as CSV (Google Sheets)"],
        ),
        (
            "a key that is not a yes or no, in a CSV: reported, the row kept",
            b"name,country,date,url,key\nA,US,2023,https://a.example,\nB,CN,2024,https://b.example,maybe\nC,CN,2024,https://c.example,YES\n".to_vec(),
            Format::Auto,
            3,
            vec!["row 3, column `key`: `maybe` is not a yes or no: write true or false, yes or no, 1 or 0, or leave the cell empty (for no) (the model is kept, with `key` false)"],
        ),
        (
            "a key that is not a boolean, in JSON: located, the record kept",
            br#"{"models": [{"id": "a", "name": "A", "region": "US", "released": "2023", "source_url": "https://a.example", "key": "yes"},
  {"id": "b", "name": "B", "region": "US", "released": "2023", "source_url": "https://b.example", "key": 1}]}"#.to_vec(),
            Format::Auto,
            2,
            vec![
                "line 1, column 116 (`/models/0/key`): `\"yes\"` is not a yes or no: write true or false, without quotes (the model is kept, with `key` false)",
                "line 2, column 106 (`/models/1/key`): `1` is not a yes or no: write true or false, without quotes (the model is kept, with `key` false)",
            ],
        ),
        (
            "wrong types in JSON: each record is read on its own, the others are kept",
            br#"{"title": 5, "models": [
  {"id": 7, "name": "A"},
  {"id": "b", "name": "B", "region": "US", "released": 2023, "source_url": "https://b.example"},
  {"id": "c", "name": "C", "region": "US", "released": "2023", "source_url": "https://c.example", "scores": {"mmlu": null, "gpqa": 40}},
  "a string",
  {"id": "d", "name": "D", "region": "CN", "released": "2024", "source_url": "https://d.example"}],
 "events": {"id": "e"}}"#.to_vec(),
            Format::Auto,
            2,
            vec![
                "line 1, column 11 (`/title`): this field cannot be read (`title` is a number, expected text); give each field the type the format asks for (see schema/gapline.schema.json); the other records are kept",
                "line 7, column 12 (`/events`): this list cannot be read (`events` is an object, expected a list); give each field the type the format asks for (see schema/gapline.schema.json); the other records are kept",
                "line 2, column 10 (`/models/0/id`): this model cannot be read (`id` is a number, expected text); give each field the type the format asks for (see schema/gapline.schema.json); the other records are kept",
                "line 3, column 56 (`/models/1/released`): this model cannot be read (`released` is a number, expected text); give each field the type the format asks for (see schema/gapline.schema.json); the other records are kept",
                "line 4, column 118 (`/models/2/scores/mmlu`): `null` is not a score: write a number such as 86.4 (the model is kept without this score)",
                "line 5, column 3 (`/models/3`): this model cannot be read (the record is text, expected an object); give each field the type the format asks for (see schema/gapline.schema.json); the other records are kept",
            ],
        ),
        (
            "deeply nested JSON where models should be",
            format!("{{\"models\": {}{}}}", "[".repeat(10_000), "]".repeat(10_000)).into_bytes(),
            Format::Auto,
            0,
            vec!["line 1, column 13 (`/models/0`): this model cannot be read (the record is a list, expected an object); give each field the type the format asks for (see schema/gapline.schema.json); the other records are kept"],
        ),
        // Unknown keys are skipped without recursion, however deep.
        (
            "deeply nested JSON under an unknown key",
            format!("{{\"extra\": {}{}, \"models\": []}}", "[".repeat(100_000), "]".repeat(100_000)).into_bytes(),
            Format::Auto,
            0,
            vec![],
        ),
        (
            "truncated JSON",
            b"{\"models\": [\n".to_vec(),
            Format::Gapline,
            0,
            vec!["line 2, column 1: not a gapline JSON dataset: EOF while parsing a list"],
        ),
    ]
}

#[test]
fn broken_files_give_located_messages_and_keep_valid_rows() {
    for (label, bytes, format, kept, problems) in cases() {
        let loaded = import(&bytes, format);
        let got: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
        assert_eq!(got, problems, "{label}");
        assert_eq!(loaded.dataset.models.len(), kept, "{label}");
    }
}

#[test]
fn a_20_mb_file_is_read_whole() {
    let mut text = String::from("name,country,date,url\n");
    let mut i = 0;
    while text.len() < 20 * 1024 * 1024 {
        text.push_str(&format!("Model {i},US,2023-03-14,https://example.org/{i}\n"));
        i += 1;
    }
    let loaded = import(text.as_bytes(), Format::Auto);
    assert_eq!(loaded.problems, []);
    assert_eq!(loaded.dataset.models.len(), i);
}

proptest! {
    // Arbitrary bytes through every importer: never a panic. 100,000 cases (a few seconds).
    #![proptest_config(ProptestConfig::with_cases(100_000))]
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..96), which in 0usize..4) {
        let format = [Format::Auto, Format::Gapline, Format::Csv, Format::EpochModels][which];
        let _ = import(&bytes, format);
    }

    #[test]
    fn csv_like_text_never_panics(text in "[a-zA-Z0-9,;\t\"\n\r年月日 :/.-]{0,80}") {
        let header = "name,country,date,url\n".to_string();
        let _ = import((header + &text).as_bytes(), Format::Csv);
    }
}

#[test]
fn json_problems_carry_line_column_and_pointer() {
    let text = "{\"models\": [\n  {\"id\": \"a\", \"name\": \"A\", \"region\": \"US\", \"released\": \"2023-02-30\",\n   \"source_url\": \"https://a.example\"},\n  {\"id\": \"b\", \"region\": \"CN\", \"released\": \"2024\", \"source_url\": \"https://b.example\"}\n]}";
    let loaded = import(text.as_bytes(), Format::Auto);
    let messages: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "line 2, column 56 (`/models/0/released`): `2023-02-30` is not a real calendar date: check the month and day",
            "line 4, column 3 (`/models/1/name`): `name` is missing: every entry needs one",
        ]
    );
}
