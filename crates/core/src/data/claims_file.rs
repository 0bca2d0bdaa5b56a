//! A claims file as `gapline render --claims` reads it: one gapline document with a `claims`
//! list, or JSON lines, one claim per line (such as `data/claims-dev.jsonl`, of which only the
//! claim fields are read).

use super::claim::RawClaim;
use super::dataset::Dataset;
use super::import::place;
use super::problem::{Location, Problem};
use super::records::{JsonTree, TextTree, Untyped, plain_message, read_claim, read_document};

impl Dataset {
    /// Adds the claims of a claims file's `text`, checked against this dataset's models (so a
    /// claim may name any of them); returns the problems. Each claim is read on its own: one of
    /// the wrong shape is a located problem and the others are added. In a document, problems
    /// are placed by line, column and pointer; in JSON lines, by line and the pointer inside
    /// that line's claim (`line 3 (/relation)`). Text that is no document with `claims` is read
    /// as JSON lines; blank lines are skipped.
    pub fn add_claims_text(&mut self, text: &str) -> Vec<Problem> {
        let document = TextTree::parse(text).ok().filter(|t| t.member("claims").is_some());
        if let Some(tree) = document {
            let raw = read_document(&tree);
            let mut problems = raw.unread;
            problems.extend(self.add_claims(&raw.claims));
            place(text, &mut problems);
            return problems;
        }
        let mut lines = Vec::new();
        let mut claims = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            // Each line is read as a document of its own, by the rules of a claims list.
            let claim = match TextTree::parse(line) {
                Ok(tree) => read_claim(&tree),
                Err(e) => RawClaim {
                    unreadable: Some(Untyped {
                        message: plain_message(&e.to_string()),
                        field: None,
                        at: None,
                    }),
                    ..RawClaim::default()
                },
            };
            lines.push(i as u64 + 1);
            claims.push(claim);
        }
        let mut problems = self.add_claims(&claims);
        for p in &mut problems {
            // `/claims/K/field` of the list read is `/field` of the K-th claim's line.
            if let Location::Json { pointer } | Location::JsonAt { pointer, .. } = &p.location {
                let mut parts = pointer.splitn(4, '/').skip(2);
                let index = parts.next().and_then(|k| k.parse::<usize>().ok());
                if let Some(line) = index.and_then(|k| lines.get(k)) {
                    let rest = parts.next().map(|r| format!("/{r}")).unwrap_or_default();
                    p.location = Location::JsonLine { line: *line, pointer: rest };
                }
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use crate::{Dataset, Location};

    #[test]
    fn json_lines_are_located_by_line_and_a_document_by_line_and_column() {
        let good = r#"{"id": "c1", "speaker": "S", "said_on": "2024-02", "text": "China is 1.5 years behind GPT-4.", "source_url": "https://s.example"}"#;
        let lines = format!("{good}\n\n{{\"id\": \"c2\", \"relation\": 7}}\nnot json\n");
        let mut data = Dataset::default();
        let problems = data.add_claims_text(&lines);
        assert_eq!(data.claims.len(), 1);
        let places: Vec<&Location> = problems.iter().map(|p| &p.location).collect();
        assert!(places.contains(&&Location::JsonLine { line: 3, pointer: "/relation".into() }));
        assert!(places.iter().any(|l| matches!(l, Location::JsonLine { line: 4, .. })));

        let document = format!("{{\"claims\": [\n{good},\n{{\"id\": 5}}]}}");
        let mut data = Dataset::default();
        let problems = data.add_claims_text(&document);
        assert_eq!(data.claims.len(), 1);
        assert!(
            problems.iter().any(|p| p.to_string().starts_with("line 3, column ")),
            "{problems:?}"
        );
    }
}
