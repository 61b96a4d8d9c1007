// Parse one news text with the newsparse API and print a short summary.
//
//   node examples/parse-article.mjs [file.txt] [published-at]
//
// Defaults to the repo's fixture, published 2017-05-14 (relative dates such as "on Sunday"
// resolve against it). In the repo, `npm run build` first: the import below is the package
// referring to itself, which Node resolves to dist/ through package.json "exports".
import { readFileSync } from 'node:fs';
import { parseArticle } from 'newsparse';

const file = process.argv[2] ?? new URL('../fixtures/seed-xinhua-interpol.txt', import.meta.url);
const publishedAt = process.argv[3] ?? '2017-05-14';

const text = readFileSync(file, 'utf8');
const article = parseArticle(text, { publishedAt });

const clip = (s, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const list = (items) => (items.length > 0 ? items.join('; ') : '(none found)');

console.log(`Headline:      ${article.headline ? clip(article.headline.text) : '(none found)'}`);
if (article.dateline) console.log(`Dateline:      ${article.dateline.text}`);
if (article.byline) console.log(`Byline:        ${article.byline.authors.join(', ') || article.byline.text}`);
console.log(`Published:     ${article.publishedAt ?? '(unknown)'}`);
console.log(`Body:          ${article.body.paragraphs.length} paragraphs, ${article.body.text.length} characters`);
console.log(`Boilerplate:   ${article.boilerplate.length} block(s) set aside`);
console.log(
  `People:        ${list(
    article.people.map((p) => {
      const about = [...p.titles, p.affiliation].filter(Boolean).join(', ');
      return about ? `${p.name} (${about})` : p.name;
    }),
  )}`,
);
console.log(`Organizations: ${list(article.organizations.map((o) => o.name))}`);
console.log(`Places:        ${list(article.places.map((p) => p.name))}`);

console.log(`Quotes:        ${article.quotes.length || '(none found)'}`);
for (const q of article.quotes) {
  console.log(`  - ${q.speaker?.name ?? '(unknown speaker)'} [${q.type}]: "${clip(q.text, 80)}"`);
}
console.log(`Dates:         ${article.dates.length || '(none found)'}`);
for (const d of article.dates) {
  console.log(`  - "${d.text}" -> ${d.value ?? '(unresolved)'} (${d.type})`);
}
