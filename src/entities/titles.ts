/** A name with what stands before it: titles, honorific, the organization the titles belong to. */
export interface NamePart {
  /** tokens of the name: [first, last) */
  first: number;
  last: number;
  titles: string[];
  honorific: string | null;
  /** tokens of a leading organization the title belongs to ("Interpol" Secretary General) */
  affiliation: [number, number] | null;
  /** the leading word was a demonym ("Chinese" State Councilor): a nationality, not an affiliation */
  demonym: boolean;
  /** the name sits in an all-capitals sentence (headline, dateline): case tells nothing */
  allCaps: boolean;
}
