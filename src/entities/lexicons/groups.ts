/**
 * Names of religious, ethnic and political groups and their members ("Muslims", "Latino",
 * "Evangelicals"): capitalized like names, but neither people, organizations nor places (CoNLL's
 * MISC). Singular forms; a plural in -s is read through them.
 */
export const GROUP_NOUNS = new Set(
  `muslim christian jew jewish catholic protestant evangelical mormon hindu sikh buddhist arab kurd sunni shia shiite
  latino latina latinx hispanic asian african caucasian aboriginal indigenous democrat republican libertarian
  conservative liberal socialist communist marxist nazi fascist islamist jihadist zionist`.split(/\s+/),
);

/** Whether a lower-case word is one of GROUP_NOUNS or its plural. */
export function isGroupNoun(l: string): boolean {
  return GROUP_NOUNS.has(l) || (l.endsWith('s') && GROUP_NOUNS.has(l.slice(0, -1)));
}

/** Party words written before a politician's name ("Democrat Hillary Clinton", "Republican Donald Trump"). */
export const PARTY_MEMBERS = new Set(['democrat', 'republican', 'libertarian', 'socialist', 'communist', 'conservative', 'liberal', 'independent']);
