/**
 * Job titles and honorifics. A title word ends ("head") or builds ("modifier") a title phrase:
 * "Public Security Minister", "Secretary General", "Vice President".
 */
export const TITLE_HEADS = new Set(
  `president presidents minister ministers secretary secretary-general general councilor councillor chancellor
  governor senator mayor chairman chairwoman chairperson chair ceo cfo coo cto executive director director-general
  spokesman spokeswoman spokesperson ambassador envoy colonel captain commander coach manager judge justice
  king queen prince princess pope archbishop bishop cardinal professor premier lawmaker legislator deputy
  commissioner inspector sheriff officer chief head leader founder co-founder owner president-elect
  representative councilman councilwoman councilmember alderman congressman congresswoman congressmember speaker treasurer attorney prosecutor marshal
  superintendent admiral lieutenant sergeant major analyst economist editor correspondent reporter
  adviser advisor counsel consul delegate emir sultan sheikh ayatollah imam rabbi pastor priest
  striker midfielder defender goalkeeper forward captain-elect chancellor-elect vice-president
  minister-president mp mep undersecretary under-secretary administrator regulator strategist researcher
  scientist historian author singer actor actress rapper star engineer architect lawyer physician doctor
  nurse teacher dean provost planner curator trustee partner principal`.split(/\s+/),
);

/** Words that build a title with a head: "Vice", "Prime", "Foreign", "Deputy". */
export const TITLE_MODIFIERS = new Set(
  `vice prime foreign interior finance defense defence home state deputy acting former senior junior assistant
  associate chief executive managing general first lead principal interim outgoing incoming supreme grand
  trade justice health education labor labour energy environment agriculture transport economy economic
  public security national party opposition majority minority house senate cabinet attorney solicitor
  secretary-general white press communications police army navy air military federal regional provincial
  county city district municipal central commerce industry culture tourism treasury war information
  sports youth women's development planning science technology housing water mines petroleum oil
  external internal legal medical head team club`.split(/\s+/),
);

/** Abbreviated titles written before a name: "Sen. Warren", "Gov. Newsom". */
export const TITLE_ABBREVIATIONS = new Set(['sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'capt.', 'cmdr.', 'adm.', 'sgt.', 'maj.', 'prof.', 'rev.', 'supt.', 'insp.', 'pres.', 'amb.', 'atty.', 'det.', 'cpl.', 'pvt.', 'brig.', 'lt.-gen.', 'maj.-gen.']);

/** Honorifics: a person cue, neither title nor part of the name. */
export const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'mx.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'madam', 'monsieur', 'mme', 'mme.', 'herr', 'frau', 'señor', 'sr.', 'sra.']);

/** Honorifics that say the person is female / male (pronoun resolution). */
export const FEMALE_HONORIFICS = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'madam', 'mme', 'mme.', 'frau', 'sra.', 'queen', 'princess', 'chairwoman', 'spokeswoman', 'congresswoman', 'councilwoman', 'actress']);
export const MALE_HONORIFICS = new Set(['mr', 'mr.', 'sir', 'lord', 'monsieur', 'herr', 'señor', 'sr.', 'king', 'prince', 'chairman', 'spokesman', 'congressman', 'councilman']);

export function isTitleWord(lower: string): boolean {
  return TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower) || TITLE_ABBREVIATIONS.has(lower);
}
