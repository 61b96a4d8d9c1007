/** A one-line progress display on standard error (only when it is a terminal, or --progress). */
import type { Writable } from 'node:stream';

export class Progress {
  private records = 0;
  private bytes = 0;
  private readonly start = Date.now();
  private last = 0;

  constructor(
    private readonly out: Writable,
    private readonly totalBytes: number | null,
  ) {}

  addBytes(n: number): void {
    this.bytes += n;
  }

  tick(): void {
    this.records++;
    const now = Date.now();
    if (now - this.last >= 250) {
      this.last = now;
      this.out.write(`\r${this.line(now)}\x1b[K`);
    }
  }

  done(): void {
    this.out.write(`\r${this.line(Date.now())}\x1b[K\n`);
  }

  private line(now: number): string {
    const seconds = Math.max((now - this.start) / 1000, 0.001);
    const rate = this.records / seconds;
    let s = `newsparse: ${this.records} records, ${rate.toFixed(1)} records/s`;
    if (this.totalBytes && this.bytes > 0) {
      const fraction = Math.min(this.bytes / this.totalBytes, 1);
      const eta = fraction > 0 ? (seconds / fraction) * (1 - fraction) : 0;
      s += `, ${(fraction * 100).toFixed(1)}%, ETA ${formatDuration(eta)}`;
    }
    return s;
  }
}

function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}
