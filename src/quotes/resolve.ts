import type { Entities, EntityMention } from '../entities/types.js';
import type { Person, Speaker } from '../types.js';
import { FEMALE, MALE, lookup } from '../entities/lexicons/gazetteer.js';
import { FEMALE_HONORIFICS, HONORIFICS, MALE_HONORIFICS, isTitleWord } from '../entities/lexicons/titles.js';
import type { QuoteContext } from './context.js';
import type { SpeakerMention } from './speaker.js';
import { tokenAt } from '../document/regions.js';

type Gender = 'male' | 'female' | null;

/** How many mentions back a pronoun looks for its antecedent: bounded, so the stage stays linear. */
const LOOKBACK = 60;

const HEAD_PREPS = new Set(['for', 'of', 'at', 'to', 'from', 'with', 'in', 'on']);

/** A person's name without a leading title the entity stage left on it ("Chef Rosa Delgado"). */
function bareName(name: string): string {
  const words = name.split(' ');
  let k = 0;
  while (k < words.length - 2 && (isTitleWord(words[k]!.toLowerCase()) || HONORIFICS.has(words[k]!.toLowerCase()))) k++;
  return k ? words.slice(k).join(' ') : name;
}

/** Nouns for an organization already named: "the company said" is the company of the story. */
const ORG_NOUNS = new Set(['company', 'firm', 'union', 'group', 'organization', 'organisation', 'charity', 'bank', 'carrier', 'airline', 'retailer', 'manufacturer', 'chipmaker', 'automaker', 'insurer', 'lender', 'startup', 'club', 'team', 'party', 'campaign', 'network', 'newspaper', 'agency', 'ministry', 'department', 'council', 'commission', 'committee', 'trust', 'foundation', 'university', 'school', 'hospital', 'association', 'federation', 'board']);

/** Head noun of a noun phrase: the last word before its complement ("spokesman" for the ministry). */
function headOf(words: string[]): string {
  const p = words.findIndex((w, i) => i > 0 && HEAD_PREPS.has(w));
  return (p > 0 ? words[p - 1] : words[words.length - 1])!.replace(/[’']s$/, '');
}

/** Nouns for texts and data, not speakers: "according to the declaration" is evidence, not speech. */
/** Counts and surveys: no speakers, but sources a text may cite ("according to a new poll"). */
const DATA_HEADS = new Set(['study', 'survey', 'surveys', 'data', 'poll', 'polls', 'figures', 'statistics', 'analysis', 'estimates', 'research', 'census', 'tally', 'count', 'results']);
const NON_SPEAKER_HEADS = new Set(['declaration', 'report', 'reports', 'study', 'survey', 'data', 'poll', 'polls', 'figures', 'statistics', 'document', 'documents', 'statement', 'analysis', 'estimates', 'records', 'research', 'law', 'rules', 'agreement', 'website', 'filing', 'filings', 'complaint', 'indictment', 'memo', 'letter', 'list', 'census', 'index', 'tally', 'count', 'results', 'plan', 'proposal', 'decision', 'order']);

/**
 * Speaker resolution: entity mentions to their entity; he/she to the nearest earlier person
 * of that gender (by honorifics, first names and titles); they/it to the nearest organization;
 * noun phrases to a matching organization, else kept as written.
 */
export class SpeakerResolver {
  private readonly gender = new Map<string, Gender>();
  private readonly mentions: EntityMention[];
  /** built on first need: most documents resolve a handful of speakers */
  private index: { names: Map<string, string>; people: Map<string, Person>; alias: Map<string, string> } | null = null;

  constructor(
    private readonly ctx: QuoteContext,
    private readonly entities: Entities,
  ) {
    this.mentions = entities.mentions;
  }

  private get names(): Map<string, string> {
    return (this.index ??= this.buildIndex()).names;
  }
  private get people(): Map<string, Person> {
    return (this.index ??= this.buildIndex()).people;
  }
  private get alias(): Map<string, string> {
    return (this.index ??= this.buildIndex()).alias;
  }

  private buildIndex(): { names: Map<string, string>; people: Map<string, Person>; alias: Map<string, string> } {
    const { entities } = this;
    const names = new Map<string, string>();
    const people = new Map<string, Person>();
    const alias = new Map<string, string>();
    const known = new Set(entities.people.map((p) => p.name));
    for (const p of entities.people) {
      const rest = p.name.slice(p.name.indexOf(' ') + 1);
      // "Chef Rosa Delgado", also written "Rosa Delgado": a leading word the text drops is a title
      const dropped = rest.includes(' ') && (known.has(rest) || p.mentions.some((m) => m.text === rest));
      names.set(p.id, dropped ? rest : bareName(p.name));
      people.set(p.id, p);
    }
    for (const o of entities.organizations) names.set(o.id, o.name);
    // "Rovers" after "Northbridge Rovers": the short form stands for the full name
    const bySuffix = new Map<string, string>();
    for (const f of entities.organizations) {
      for (let i = f.name.indexOf(' '); i >= 0; i = f.name.indexOf(' ', i + 1)) {
        const suffix = f.name.slice(i + 1);
        if (!bySuffix.has(suffix)) bySuffix.set(suffix, f.id);
      }
    }
    for (const o of entities.organizations) {
      const full = bySuffix.get(o.name);
      if (full && full !== o.id) alias.set(o.id, full);
    }
    for (const l of entities.places) names.set(l.id, l.name);
    return { names, people, alias };
  }

  /** A speaker for the mention, or null when it names nobody we can stand behind. */
  resolve(m: SpeakerMention, recent: string | null = null, source = false): Speaker | null {
    const mention = { text: m.text, start: m.start, end: m.end };
    if (m.antecedent) {
      // "who": the person or group it stands for, with "who" as the mention
      const a = this.resolve(m.antecedent, recent, source);
      return a ? { ...a, mention } : null;
    }
    if (m.kind === 'entity' && m.entity) {
      if (m.entity.type === 'place') {
        // "China said": a country speaking is its government; keep the name
        return { name: this.names.get(m.entity.entityId) ?? m.text, entityId: m.entity.entityId, mention };
      }
      const id = this.alias.get(m.entity.entityId) ?? m.entity.entityId;
      return { name: this.names.get(id) ?? m.text, entityId: id, mention };
    }
    if (m.kind === 'pronoun') {
      const p = m.text.toLowerCase();
      const found = p === 'he' || p === 'she' ? this.nearestPerson(m.start, p === 'he' ? 'male' : 'female', recent) : p === 'they' || p === 'it' ? this.nearestOrg(m.start) : null;
      if (!found) return null;
      return { name: this.names.get(found) ?? m.text, entityId: found, mention };
    }
    if (m.kind === 'name') {
      // a name the entity stage missed: the person it is the surname of, else the name as written
      const words = m.text.split(/\s+/);
      const surname = words[words.length - 1]!;
      const person = this.byWord(this.entities.people, false).get(surname);
      if (person) return { name: this.names.get(person.id) ?? person.name, entityId: person.id, mention };
      // "Rovers said": the organization named in full before
      const org = this.byWord(this.entities.organizations, false).get(surname);
      if (org) return { name: org.name, entityId: org.id, mention };
      return { name: m.text, entityId: null, mention };
    }
    const words = m.text.toLowerCase().split(/\s+/);
    const head = headOf(words);
    if (NON_SPEAKER_HEADS.has(head) && !(source && DATA_HEADS.has(head))) return null;
    const org = this.byWord(this.entities.organizations, true).get(head);
    if (org) return { name: org.name, entityId: org.id, mention };
    // "the company", "the union": the organization last named, when it is near
    if (words.length === 2 && words[0] === 'the' && ORG_NOUNS.has(head)) {
      const near = this.nearestOrg(m.start, 1500);
      if (near) return { name: this.names.get(near) ?? m.text, entityId: near, mention };
    }
    return { name: m.text.replace(/^(the|a|an)\s+/i, ''), entityId: null, mention };
  }

  /** The nearest person mentioned before `offset` whose gender does not contradict `want`. */
  private nearestPerson(offset: number, want: Gender, recent: string | null): string | null {
    const end = this.before(offset);
    for (let i = end; i >= 0 && end - i < LOOKBACK; i--) {
      const m = this.mentions[i]!;
      if (m.type !== 'person') continue;
      const g = this.genderOf(m.entityId);
      if (g && want && g !== want) continue;
      // a person of unknown gender gives way to the last speaker when that one fits
      if (!g && recent && recent !== m.entityId && this.people.has(recent)) {
        const rg = this.genderOf(recent);
        if (rg === want) return recent;
      }
      return m.entityId;
    }
    return null;
  }

  private nearestOrg(offset: number, within = Infinity): string | null {
    const end = this.before(offset);
    for (let i = end; i >= 0 && end - i < LOOKBACK; i--) {
      const m = this.mentions[i]!;
      if (offset - m.end > within) return null;
      if (m.type === 'organization') return m.entityId;
      // "they"/"it" after a person is not an organization; "the company" looks further
      if (m.type === 'person' && within === Infinity) return null;
    }
    return null;
  }

  /** Index of the last mention ending before offset. */
  private before(offset: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  private readonly wordIndex = new Map<string, Map<string, { id: string; name: string }>>();

  /** The first entity of a list holding each word of its name, built once per list and case. */
  private byWord<T extends { id: string; name: string }>(list: T[], lower: boolean): Map<string, T> {
    const key = `${list === (this.entities.people as unknown) ? 'p' : 'o'}${lower ? 'l' : ''}`;
    let index = this.wordIndex.get(key);
    if (!index) {
      index = new Map();
      for (const e of list) for (const w of (lower ? e.name.toLowerCase() : e.name).split(/\s+/)) if (!index.has(w)) index.set(w, e);
      this.wordIndex.set(key, index);
    }
    return index as Map<string, T>;
  }

  /** A person's gender, worked out on first need. */
  private genderOf(id: string): Gender {
    if (this.gender.has(id)) return this.gender.get(id)!;
    const p = this.people.get(id);
    const g = p ? this.personGender(p.mentions, p.titles) : null;
    this.gender.set(id, g);
    return g;
  }

  /** Gender from an honorific before a mention, gendered titles, or the first name. */
  private personGender(mentions: { start: number; end: number; text: string }[], titles: string[]): Gender {
    const { ctx } = this;
    for (const t of titles) {
      const l = t.toLowerCase();
      if (FEMALE_HONORIFICS.has(l)) return 'female';
      if (MALE_HONORIFICS.has(l)) return 'male';
    }
    for (const m of mentions) {
      const prev = ctx.lw(tokenAt(ctx.doc, m.start) - 1);
      if (FEMALE_HONORIFICS.has(prev)) return 'female';
      if (MALE_HONORIFICS.has(prev)) return 'male';
    }
    for (const m of mentions) {
      const first = m.text.split(/\s+/)[0]!.toLowerCase();
      if (m.text.includes(' ')) {
        const f = lookup(first);
        if (f & FEMALE && !(f & MALE)) return 'female';
        if (f & MALE && !(f & FEMALE)) return 'male';
      }
    }
    return null;
  }
}
