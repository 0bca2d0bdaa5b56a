// Writes www/data/all-claims.json, the claims page's data: every statement of
// data/claims-dev.jsonl with only the fields a claim has (who, when, where, the words and the
// source). The labels beside them (relation, gap, reference, modality) are the parser's test
// answers, not the claim: the page shows what gapline reads from the words.
//   node scripts/all-claims.mjs [IN] [OUT]
import fs from 'node:fs';
const [input = 'data/claims-dev.jsonl', output = 'www/data/all-claims.json'] = process.argv.slice(2);
const FIELDS = ['id', 'speaker', 'affiliation', 'said_on', 'venue', 'source_url', 'text', 'text_zh'];
const claims = fs.readFileSync(input, 'utf8').split('\n').filter((l) => l.trim()).map((line) => {
  const row = JSON.parse(line);
  return Object.fromEntries(FIELDS.filter((f) => row[f] != null && row[f] !== '').map((f) => [f, row[f]]));
});
fs.writeFileSync(output, JSON.stringify({
  source: 'statements compiled from public reporting, each linked to its source',
  claims,
}, null, 1) + '\n');
console.log(`${output}: ${claims.length} claims`);
