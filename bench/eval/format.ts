/** Plain-text tables and number formatting for bench and eval output. */

export type Cell = string | number | null | undefined;

export interface Table {
  title?: string;
  head: string[];
  rows: Cell[][];
}

/** 3 decimals for fractions, thousands separators for large counts, '-' for missing values. */
export function cell(v: Cell): string {
  if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return '-';
  if (typeof v === 'string') return v;
  if (Number.isInteger(v)) return Math.abs(v) >= 10000 ? v.toLocaleString('en-US') : String(v);
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(3);
}

/** A table with aligned columns: numbers right, text left. */
export function renderTable(t: Table): string {
  const cells = [t.head, ...t.rows.map((r) => r.map(cell))];
  const right = t.head.map((_, c) => t.rows.every((r) => typeof r[c] !== 'string' || /^-$|^[\d.]+%$/.test(r[c] as string)));
  const widths = t.head.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]): string =>
    r.map((v, c) => (right[c] ? v.padStart(widths[c]!) : v.padEnd(widths[c]!))).join('  ').trimEnd();
  const out = [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)];
  return (t.title ? `${t.title}\n` : '') + out.join('\n');
}

export function renderTables(tables: Table[]): string {
  return tables.map(renderTable).join('\n\n');
}

/** A fraction as a percentage string. */
export const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export const mb = (bytes: number): number => bytes / (1024 * 1024);
