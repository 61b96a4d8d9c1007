/**
 * Reporting verbs by class, as lemmas. Speech and writing verbs are cues by default;
 * belief verbs ("believes", "thinks") only with `includeBelief`.
 */
export type CueClass = 'speech' | 'writing' | 'belief' | 'evidential';

/** Verbs of saying: neutral, stance, evaluative, directive, question, manner. */
const SPEECH = `say tell add explain state announce claim argue insist note warn ask reply respond declare
acknowledge admit confirm deny suggest recall comment continue urge predict emphasize emphasise
stress assert concede contend remark complain boast vow promise pledge threaten maintain
recount reiterate joke quip shout whisper scream cry exclaim mutter mumble retort counter
caution advise inform remind repeat restate answer inquire enquire question demand wonder
propose recommend request order accuse allege criticize criticise praise blame dismiss dispute
reject defend decry denounce lament mention describe tweet speak proclaim clarify reveal
echo scold confess preach disclaim reassert reconfirm retell rave declaim`;
/** Verbs of writing and publishing words. */
const WRITING = `write post blog email text cite quote`;
/** Verbs of thinking: cues only with `includeBelief`. */
const BELIEF = `believe think feel hope fear expect know doubt worry reckon suspect assume guess agree disagree decide surmise`;
/**
 * Evidence and findings ("the poll shows", "the report found") and verbs that report only with a
 * complement ("pointed out"): not speech, never cues by default.
 */
const EVIDENTIAL = `report find show indicate estimate highlight conclude testify disclose demonstrate present illustrate
observe point charge assure reassure`;

/** Irregular forms; regular -s/-ed/-ing forms are made below. */
const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'], tell: ['told', 'tells', 'telling'], write: ['wrote', 'written', 'writes', 'writing'],
  speak: ['spoke', 'spoken', 'speaks', 'speaking'], think: ['thought', 'thinks', 'thinking'], feel: ['felt', 'feels', 'feeling'],
  know: ['knew', 'known', 'knows', 'knowing'], cry: ['cried', 'cries', 'crying'], reply: ['replied', 'replies', 'replying'],
  deny: ['denied', 'denies', 'denying'], testify: ['testified', 'testifies', 'testifying'], clarify: ['clarified', 'clarifies', 'clarifying'],
  worry: ['worried', 'worries', 'worrying'], decry: ['decried', 'decries', 'decrying'], quip: ['quipped', 'quips', 'quipping'],
  admit: ['admitted', 'admits', 'admitting'], concur: ['concurred', 'concurs', 'concurring'], email: ['emailed', 'emails', 'emailing'],
  guess: ['guessed', 'guesses', 'guessing'], stress: ['stressed', 'stresses', 'stressing'], text: ['texted', 'texts', 'texting'],
  publish: ['published', 'publishes', 'publishing'], reassure: ['reassured', 'reassures', 'reassuring'],
  find: ['found', 'finds', 'finding'], show: ['showed', 'shown', 'shows', 'showing'], echo: ['echoed', 'echoes', 'echoing'],
  rave: ['raved', 'raves', 'raving'], decide: ['decided', 'decides', 'deciding'], surmise: ['surmised', 'surmises', 'surmising'],
  retell: ['retold', 'retells', 'retelling'], preach: ['preached', 'preaches', 'preaching'], blog: ['blogged', 'blogs', 'blogging'],
};

function regular(lemma: string): string[] {
  if (lemma.endsWith('e')) return [`${lemma}d`, `${lemma}s`, `${lemma.slice(0, -1)}ing`];
  if (/(?:s|sh|ch|x)$/.test(lemma)) return [`${lemma}ed`, `${lemma}es`, `${lemma}ing`];
  if (/[^aeiou]y$/.test(lemma)) return [`${lemma.slice(0, -1)}ied`, `${lemma.slice(0, -1)}ies`, `${lemma}ing`];
  return [`${lemma}ed`, `${lemma}s`, `${lemma}ing`];
}

export interface CueForm {
  lemma: string;
  cls: CueClass;
}

/** Every inflected form -> lemma and class. */
export const CUE_FORMS: ReadonlyMap<string, CueForm> = (() => {
  const m = new Map<string, CueForm>();
  const add = (list: string, cls: CueClass): void => {
    for (const lemma of list.split(/\s+/)) {
      if (!lemma) continue;
      for (const f of [lemma, ...(IRREGULAR[lemma] ?? regular(lemma))]) if (!m.has(f)) m.set(f, { lemma, cls });
    }
  };
  add(SPEECH, 'speech');
  add(WRITING, 'writing');
  add(BELIEF, 'belief');
  add(EVIDENTIAL, 'evidential');
  return m;
})();

/** Pronouns that can be speakers, with gender / number. */
export const SPEAKER_PRONOUNS: Record<string, 'male' | 'female' | 'plural' | 'neuter' | 'first'> = {
  he: 'male', she: 'female', they: 'plural', it: 'neuter', we: 'first', i: 'first',
};
