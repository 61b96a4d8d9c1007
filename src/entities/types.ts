import type { Organization, Person, Place } from '../types.js';

export type EntityType = 'person' | 'organization' | 'place';

/** One typed mention, linked to its entity. */
export interface EntityMention {
  text: string;
  start: number;
  end: number;
  type: EntityType;
  entityId: string;
}

export interface Entities {
  people: Person[];
  organizations: Organization[];
  places: Place[];
  /** every mention in text order, each with the id of its entity */
  mentions: EntityMention[];
}
