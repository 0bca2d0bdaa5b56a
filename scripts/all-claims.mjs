// Writes www/data/all-claims.json, the claims page's data: every statement of
// data/claims-dev.jsonl with only the fields a claim has (who, when, where, the words and the
// source). The labels beside them (relation, gap, reference, modality) are the parser's test
// answers, not the claim.
// Each claim ships with its reviewed reading from data/claims-readings.jsonl (written by
// `gapline read`, then checked by a person against the labels and the words: `reviewed: true`),
// so the page draws what a person confirmed. A claim with no reviewed reading stops the build.
//   node scripts/all-claims.mjs [IN] [OUT] [READINGS]
import fs from 'node:fs';
const [input = 'data/claims-dev.jsonl', output = 'www/data/all-claims.json',
  readingsFile = 'data/claims-readings.jsonl'] = process.argv.slice(2);
const FIELDS = ['id', 'speaker', 'affiliation', 'said_on', 'venue', 'source_url', 'text', 'text_zh'];
const lines = (file) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const readings = new Map(lines(readingsFile).map((r) => [r.id, r.reading]));
const claims = lines(input).map((row) => {
  const claim = Object.fromEntries(FIELDS.filter((f) => row[f] != null && row[f] !== '').map((f) => [f, row[f]]));
  const reading = readings.get(row.id);
  if (!reading || reading.reviewed !== true) {
    console.error(`${readingsFile}: no reviewed reading for claim ${row.id}: run gapline read, check it, set "reviewed": true`);
    process.exit(1);
  }
  return { ...claim, reading };
});
fs.writeFileSync(output, JSON.stringify({
  source: 'statements compiled from public reporting, each linked to its source',
  claims,
}, null, 1) + '\n');
console.log(`${output}: ${claims.length} claims`);
