/** Last words that make a name an organization: "Bank of England" is found by its first word, "Acme Corp" by its last. */
export const ORG_HEADS = new Set(
  `inc inc. corp corp. co co. ltd ltd. llc plc ag gmbh sa s.a. nv bv spa group bank ministry department
  university college school academy party council committee commission agency association union organization
  organisation federation institute institution foundation fund court tribunal police army navy forces force
  company corporation holdings airlines airways times post news press tribune herald journal gazette telegraph
  guardian observer congress parliament senate assembly board office bureau authority service services club fc
  cf afc museum hospital clinic church mosque government administration cabinet league exchange network
  networks motors systems technologies technology pharmaceuticals pharma energy petroleum telecom communications
  media studios records entertainment industries international partners capital securities investments insurance
  airport railway railways guard guards brigade battalion regiment command ministries embassy consulate
  secretariat directorate cooperative society trust alliance coalition movement front brotherhood taliban
  hezbollah hamas labs laboratories bancorp financial group's reserve treasury project power electric hydro center
  centre`.split(/\s+/),
);

/** First words of "X of Y" organizations. */
export const ORG_OPENERS = new Set(['bank', 'ministry', 'department', 'university', 'college', 'institute', 'council', 'court', 'office', 'bureau', 'federation', 'association', 'league', 'house', 'church', 'board', 'commission', 'committee', 'museum', 'academy', 'school', 'order', 'union', 'agency', 'secretariat', 'chamber', 'society', 'federal', 'national', 'central', 'center', 'centre']);

/** Last words of names that are neither people, organizations nor places (events, laws, programmes: MISC). */
export const MISC_HEADS = new Set(
  `initiative forum summit conference games olympics olympic cup championship championships open tournament
  act treaty agreement accord convention protocol award awards prize war festival expo week day plan program
  programme strategy cooperation declaration doctrine resolution bill charter constitution index
  prix marathon derby series trophy medal era revolution crisis`.split(/\s+/),
);

/** Well-known acronyms that name organizations (all-caps tokens not in this list are still org-leaning). */
export const ORG_ACRONYMS = new Set(
  `un u.n. nato eu e.u. fbi cia nsa imf wto who unesco unicef unhcr opec asean interpol fifa uefa ioc nasa
  ecb fed sec ftc fda epa irs nhs bbc cnn afp ap upi nbc cbs abc fox msnbc npr pbs gop anc pkk ira eta
  icc icj iaea oecd g7 g20 brics osce au ecowas sadc mi5 mi6 kgb fsb gru idf plo hsbc ibm gm ge bmw vw
  kfc ups dhl psg ac ubs rbs bnp ing lvmh`.split(/\s+/),
);

/**
 * Common nouns that, written in lower case just before a name, say what kind of thing it is, and
 * that kind is an organization: "automakers Mahindra", "Italian side Juventus", "insurer Aviva".
 */
export const ORG_DESCRIPTORS = new Set(
  `company companies firm firms group groups bank banks lender lenders insurer insurers carmaker carmakers
  automaker automakers airline airlines carrier carriers retailer retailers manufacturer manufacturers maker
  makers producer producers supplier suppliers developer developers publisher publishers broadcaster
  broadcasters newspaper newspapers magazine agency agencies startup startups start-up conglomerate operator
  operators provider providers utility utilities club clubs side team teams charity charities watchdog regulator
  regulators miner miners refiner refiners brewer brewers distributor distributors chipmaker chipmakers
  drugmaker drugmakers shipper shipbuilder studio studios label broker brokers fund funds`.split(/\s+/),
);

/**
 * Lower-case nouns that, just after a name (or its "'s"), are things only an organization has:
 * "Magna shares", "Cofinec's chief executive" is not here (people have chiefs too), "Saab's plant".
 */
export const ORG_BELONGINGS = new Set(
  `shares stock stocks shareholders stockholders ceo subsidiary subsidiaries unit stake headquarters plant plants
  factory factories bonds earnings profit profits revenue revenues dividend dividends`.split(/\s+/),
);
