import { parseArticle } from '../index.js';
import { readFileSync } from 'node:fs';

// Placeholder entry; the CLI proper lives in src/cli/.
const text = readFileSync(0, 'utf8');
process.stdout.write(JSON.stringify({ id: '-', article: parseArticle(text) }) + '\n');
