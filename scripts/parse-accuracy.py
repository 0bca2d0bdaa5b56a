#!/usr/bin/env python3
"""Scores `gapline parse --jsonl` against a labelled claims file (default data/claims-dev.jsonl),
English `text` and Chinese `text_zh` separately, field by field; prints a Markdown table.
Usage: scripts/parse-accuracy.py [GAPLINE_BINARY] [CLAIMS.jsonl] [--misses]"""
import json, subprocess, sys

args = [a for a in sys.argv[1:] if not a.startswith('--')]
binary = args[0] if args else 'target/debug/gapline'
rows = [json.loads(l) for l in open(args[1] if len(args) > 1 else 'data/claims-dev.jsonl')]

def run(texts):
    out = subprocess.run([binary, 'parse', '--jsonl'], input=''.join(json.dumps({'text': t}) + '\n' for t in texts),
                         capture_output=True, text=True, check=True).stdout.splitlines()
    return [json.loads(o) for o in out]

def alnum(s):
    return ''.join(c.lower() for c in (s or '') if c.isalnum())

FIELDS = ['relation', 'gap min', 'gap max', 'reference', 'modality']

def score(row, result):
    c = result.get('claim') or {}
    g = c.get('gap_months') or {}
    ref = c.get('reference') or {}
    # The reference is right when the named model's name is in the label, or when no model was
    # named and the label names none of the well-known ones either (a region, a lab, "the West").
    label = alnum(row['reference'])
    named = ref.get('model_id')
    ref_ok = alnum(ref.get('text', '').split('(')[0]) in label if named else not any(
        k in label for k in ['gpt', 'chatgpt', 'o1', 'sora', 'claude', 'gemini', 'llama', 'a100'])
    return {
        'relation': c.get('relation', 'error') == row['relation'],
        'gap min': g.get('min') == row['gap_months_min'],
        'gap max': g.get('max') == row['gap_months_max'],
        'reference': ref_ok,
        'modality': c.get('modality') == row['modality'],
    }

print('| set | rows | ' + ' | '.join(FIELDS) + ' |')
print('|---|---:|' + '---:|' * len(FIELDS))
for name, key in [('English', 'text'), ('中文', 'text_zh')]:
    subset = [r for r in rows if r.get(key)]
    results = run([r[key] for r in subset])
    scores = [score(r, o) for r, o in zip(subset, results)]
    cells = [f"{sum(s[f] for s in scores)}/{len(scores)} ({100 * sum(s[f] for s in scores) / len(scores):.0f} %)" for f in FIELDS]
    print(f'| {name} | {len(subset)} | ' + ' | '.join(cells) + ' |')
    if '--misses' in sys.argv:
        for r, o, s in zip(subset, results, scores):
            if not all(s.values()):
                print('   miss', [f for f in FIELDS if not s[f]], r['id'], '|', json.dumps(o.get('claim'), ensure_ascii=False)[:200])
