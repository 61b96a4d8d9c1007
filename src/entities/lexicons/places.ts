/** Places the general gazetteer lacks (regions and multi-word areas news names often). */
export const EXTRA_PLACES = [
  'Central Asia', 'South Asia', 'East Asia', 'Southeast Asia', 'South-East Asia', 'West Asia', 'Middle East',
  'Near East', 'Far East', 'East Africa', 'West Africa', 'North Africa', 'Southern Africa', 'Central Africa',
  'Sub-Saharan Africa', 'Horn of Africa', 'Latin America', 'South America', 'North America', 'Central America',
  'Eastern Europe', 'Western Europe', 'Northern Ireland', 'West Bank', 'Gaza', 'Gaza Strip', 'Balkans',
  'Caribbean', 'Pacific', 'Atlantic', 'Arctic', 'Antarctica', 'Sahel', 'Kashmir', 'Crimea', 'Donbas',
  'Persian Gulf', 'Gulf', 'Mediterranean', 'Scandinavia', 'Siberia', 'Tibet', 'Xinjiang', 'Hong Kong', 'Macau',
  'Taiwan', 'Kosovo', 'Europe', 'Asia', 'Africa', 'Oceania', 'Americas', 'Baltic', 'Baltics', 'Caucasus',
  'U.S.', 'US', 'USA', 'U.S.A.', 'U.K.', 'UK', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Holland', 'Washington', 'Beijing', 'Moscow',
];

/** Last words that make a name a place: "Datan Town", "Yellow River", "Lhunzhub County". */
export const PLACE_HEADS = new Set(
  `river lake mountain mountains mount mt. province county district island islands valley street st. avenue
  ave. road square bay sea ocean town village city region state prefecture strait canal peninsula desert
  coast beach harbour harbor port park hill hills heights plain plains falls gulf basin delta creek
  airport-area borough township municipality oblast governorate emirate`.split(/\s+/),
);

/** Aliases that name the same place or organization. Keys and values lower-case. */
export const ALIASES: Record<string, string> = {
  'u.s.': 'united states', us: 'united states', usa: 'united states', 'u.s.a.': 'united states', america: 'united states',
  'u.k.': 'united kingdom', uk: 'united kingdom', britain: 'united kingdom', 'great britain': 'united kingdom',
  'u.n.': 'united nations', un: 'united nations', 'e.u.': 'european union', eu: 'european union',
  uae: 'united arab emirates', 'u.a.e.': 'united arab emirates', prc: 'china', "people's republic of china": 'china',
  ussr: 'soviet union', drc: 'democratic republic of congo',
};
