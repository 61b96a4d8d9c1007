/** `s` with the characters a regular expression reads specially escaped (lexicon phrases made into patterns). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
