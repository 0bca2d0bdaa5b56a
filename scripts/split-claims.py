#!/usr/bin/env python3
"""Splits newly collected claims once into the frozen test split and the development split.

Usage: scripts/split-claims.py NEW.jsonl [NEW.jsonl ...]

Each statement goes to data/claims-test.jsonl or data/claims-dev-2.jsonl by the SHA-256 of
its id alone (55 of every 100 ids to the test split), so the split does not depend on the
order of collection, on the other statements, or on anything read in them. A statement whose
id is already in either file, or in data/claims-dev.jsonl, is skipped. The test split is
never used to change the parser: it is only scored (crates/core/tests/parse_accuracy.rs).
"""
import hashlib
import json
import sys

FIELDS = ["id", "speaker", "affiliation", "said_on", "venue", "source_url", "text", "text_zh",
          "subject", "reference", "relation", "gap_months_min", "gap_months_max", "modality"]
RELATIONS = {"behind", "ahead", "parity", "near", "unspecified"}
MODALITIES = {"text", "video", "chips", "general"}
TEST_SHARE = 55


def ids(path):
    try:
        return {json.loads(line)["id"] for line in open(path, encoding="utf-8") if line.strip()}
    except FileNotFoundError:
        return set()


def check(row, where):
    missing = [f for f in FIELDS if f not in row]
    if missing:
        sys.exit(f"{where}: missing {', '.join(missing)}")
    if row["relation"] not in RELATIONS or row["modality"] not in MODALITIES:
        sys.exit(f"{where}: relation or modality not in the conventions of data/README.md")
    if not str(row["source_url"]).startswith(("https://", "http://")):
        sys.exit(f"{where}: source_url is not a web link")


def main():
    seen = ids("data/claims-dev.jsonl") | ids("data/claims-test.jsonl") | ids("data/claims-dev-2.jsonl")
    out = {"test": open("data/claims-test.jsonl", "a", encoding="utf-8"),
           "dev": open("data/claims-dev-2.jsonl", "a", encoding="utf-8")}
    counts = {"test": 0, "dev": 0, "skipped": 0}
    for path in sys.argv[1:]:
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            check(row, f"{path}:{n}")
            if row["id"] in seen:
                counts["skipped"] += 1
                continue
            seen.add(row["id"])
            digest = int(hashlib.sha256(row["id"].encode()).hexdigest(), 16)
            split = "test" if digest % 100 < TEST_SHARE else "dev"
            out[split].write(json.dumps({f: row[f] for f in FIELDS}, ensure_ascii=False) + "\n")
            counts[split] += 1
    print(counts)


if __name__ == "__main__":
    main()
