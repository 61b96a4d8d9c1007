/**
 * `--site-memory`: one boilerplate memory per site, so a line that recurs across a site's
 * records (menus, footers, "Read more" teasers) is known as furniture from then on. The site is
 * the record's URL host, else the file it came from. Each parser (the main thread or a worker)
 * keeps its own memories, for the most recently seen sites only.
 */
import { createBoilerplateMemory, type BoilerplateMemory } from '../segment/memory.js';

/** Sites remembered per parser; the least recently used is forgotten first. */
const MAX_SITES = 256;

/** The site a record belongs to. */
export function siteOf(url: string | undefined, source: string): string {
  if (url) {
    try {
      const host = new URL(url).host;
      if (host) return host.toLowerCase();
    } catch {
      // not a URL: fall back to the file
    }
  }
  return `file:${source}`;
}

export class SiteMemories {
  private readonly sites = new Map<string, BoilerplateMemory>();

  /** The memory of `site`, created on first use. */
  get(site: string): BoilerplateMemory {
    let memory = this.sites.get(site);
    if (memory) this.sites.delete(site);
    else memory = createBoilerplateMemory();
    this.sites.set(site, memory);
    if (this.sites.size > MAX_SITES) this.sites.delete(this.sites.keys().next().value!);
    return memory;
  }
}
