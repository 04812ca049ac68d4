/**
 * Full golden output of extraction over every Reuters story: one article document per story (title + body)
 * and, separately, each non-empty title as a headline document. Writes one JSON line per document so two
 * recordings can be compared with `cmp` or `diff`.
 * Usage: node bench/profile/extraction-golden-full.mjs DIST_EXTRACTION_INDEX_JS OUT_FILE
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { reutersRows } from './reuters-stories.mjs';

const [modulePath, outFile] = process.argv.slice(2);
if (!modulePath || !outFile) {
  console.error('usage: extraction-golden-full.mjs DIST_EXTRACTION_INDEX_JS OUT_FILE');
  process.exit(2);
}
const extraction = await import(pathToFileURL(modulePath).href);
const rows = reutersRows();
const lines = [];
rows.forEach((row, i) => {
  const title = row.title ?? '';
  const body = row.body ?? '';
  if (title || body) lines.push(`article ${i} ${JSON.stringify(extraction.extractDocuments([extraction.articleDocument(title, body)]))}`);
  if (title.trim()) lines.push(`headline ${i} ${JSON.stringify(extraction.extractDocuments([{ kind: 'headline', text: title.trim() }]))}`);
});
writeFileSync(outFile, lines.join('\n') + '\n');
console.log(`${lines.length} documents written to ${outFile}`);
