// Organisations as parties of meetings and agreements: the international bodies that count as state parties, the
// words that mark a firm, a team or another private body (which holds no meeting and signs no agreement in the
// sense of SPEC.md, even when a demonym precedes it: "Thai Airways", "the Brazilian coach"), and the words that make
// a body or a person a political party or a mediator. Data only; src/resolvers/actors.ts and
// src/refiners/keep/parties.ts read it.
import type { WordEntry } from './words.js';
import type { NamedActor } from './actors.js';

/** International bodies of states that src/lexicon/actors.ts NAMED_ACTORS does not already name. Aliases are lower
 *  case; an alias of three letters or fewer is read only in capitals ("IMF", not "imf"). */
export const INTERNATIONAL_BODIES: NamedActor[] = [
  { name: 'OPEC', country: null, kind: 'organization', aliases: ['opec', 'organization of the petroleum exporting countries'] },
  { name: 'G20', country: null, kind: 'organization', aliases: ['g20', 'g-20', 'group of 20', 'group of twenty'] },
  { name: 'G8', country: null, kind: 'organization', aliases: ['g8', 'g-8', 'group of eight'] },
  { name: 'G7', country: null, kind: 'organization', aliases: ['g7', 'g-7', 'group of seven'] },
  { name: 'International Monetary Fund', country: null, kind: 'organization', aliases: ['imf', 'international monetary fund'] },
  { name: 'World Bank', country: null, kind: 'organization', aliases: ['world bank'] },
  { name: 'World Trade Organization', country: null, kind: 'organization', aliases: ['wto', 'world trade organization', 'world trade organisation'] },
  { name: 'APEC', country: null, kind: 'organization', aliases: ['apec', 'asia-pacific economic cooperation'] },
  { name: 'Organization of American States', country: null, kind: 'organization', aliases: ['oas', 'organization of american states'] },
  { name: 'Shanghai Cooperation Organisation', country: null, kind: 'organization', aliases: ['sco', 'shanghai cooperation organisation', 'shanghai cooperation organization'] },
  { name: 'Organisation of Islamic Cooperation', country: null, kind: 'organization', aliases: ['oic', 'organisation of islamic cooperation', 'organization of islamic cooperation', 'organization of the islamic conference'] },
  { name: 'International Atomic Energy Agency', country: null, kind: 'organization', aliases: ['iaea', 'international atomic energy agency'] },
  { name: 'Commonwealth', country: null, kind: 'organization', aliases: ['commonwealth of nations', 'commonwealth secretariat'] },
  { name: 'Mercosur', country: null, kind: 'organization', aliases: ['mercosur', 'mercosul'] },
  { name: 'BRICS', country: null, kind: 'organization', aliases: ['brics'] },
  { name: 'European Commission', country: null, kind: 'organization', aliases: ['european commission'] },
  { name: 'Commonwealth of Independent States', country: null, kind: 'organization', aliases: ['commonwealth of independent states', 'cis'] },
];

/** Words that make an actor phrase a firm, a team or another private body: such an actor is an `organization` that
 *  is not a state party, whatever demonym or country the phrase holds. Lower case; a named actor or an armed word in
 *  the same phrase wins over them ("Islamic State group", "a rebel group"). */
export const PRIVATE_BODY_MARKERS: WordEntry[] = [
  { reason: 'company-suffixes', words: ['corp', 'corp.', 'corporation', 'inc', 'inc.', 'ltd', 'ltd.', 'plc', 'llc', 'co', 'co.', 'gmbh'] },
  { reason: 'company-names', words: ['group', 'holdings', 'bank', 'banks', 'airline', 'airlines', 'airways', 'motors', 'telecom', 'foods', 'pharmaceuticals', 'industries'] },
  { reason: 'company-nouns', words: ['company', 'companies', 'firm', 'firms', 'maker', 'makers', 'carmaker', 'automaker', 'drugmaker', 'steelmaker', 'chipmaker', 'giant', 'carrier', 'carriers', 'retailer', 'lender', 'insurer', 'conglomerate', 'startup', 'supplier', 'operator', 'operators', 'provider', 'providers', 'customers', 'labels', 'investors', 'executive', 'executives', 'management'] },
  { reason: 'company-nouns-plural', words: ['makers', 'carmakers', 'automakers', 'drugmakers', 'steelmakers', 'chipmakers', 'giants', 'retailers', 'lenders', 'insurers', 'conglomerates', 'startups', 'start-ups', 'suppliers'] },
  { reason: 'sport', words: ['club', 'clubs', 'team', 'teams', 'side', 'coach', 'player', 'players', 'striker', 'midfielder', 'goalkeeper'] },
  { reason: 'labour-and-owners', words: ['union', 'unions', 'board', 'shareholders', 'shareholder', 'association'] },
  { reason: 'courts-and-regulators', words: ['regulator', 'regulators', 'court', 'judge', 'jury', 'securities', 'exchange commission'] },
  { reason: 'press', words: ['newspaper', 'broadcaster', 'magazine', 'news agency'] },
];

/** Names that end in a marker word but are places or states: "West Bank" is no bank, an aircraft carrier is a warship. */
export const MARKER_EXCEPTIONS: WordEntry[] = [
  { reason: 'places', words: ['west bank', 'soviet union'] },
  { reason: 'warships', words: ['aircraft carrier', 'aircraft carriers'] },
  { reason: 'state-delegations', words: ['negotiating team', 'negotiation team'] },
];

/** Words in an organisation's phrase that make it a political body, a state party of a meeting: "the ruling party",
 *  "the opposition coalition", "the national security council"; not with a private-body marker ("an airline alliance"). */
export const POLITICAL_BODY_WORDS: WordEntry[] = [
  { reason: 'political-parties', words: ['party', 'parties', 'opposition', 'movement', 'ruling', 'alliance', 'coalition', 'bloc'] },
  { reason: 'state-bodies', words: ['council', 'commission', 'committee', 'parliament', 'congress', 'senate', 'assembly'] },
];

/** Words that make a party a mediator: whoever brokers talks is a party of them. */
export const MEDIATOR_WORDS: WordEntry[] = [
  { reason: 'mediators', words: ['mediator', 'mediators', 'mediation', 'envoy', 'envoys', 'negotiator', 'negotiators', 'broker'] },
];

/** Subtypes of agreement that imply conflict parties, whoever is named: no party check applies to them. */
export const CONFLICT_PARTY_SUBTYPES: WordEntry[] = [
  { reason: 'conflict-agreements', words: ['ceasefire', 'peace_deal', 'prisoner_exchange'] },
];

/** Words in a meeting's or an agreement's sentence that make it one between conflict parties: peace talks, a truce,
 *  mediation. Read as word starts ("mediat" → mediation, mediated, mediator). */
export const CONFLICT_PARTY_CUES: WordEntry[] = [
  { reason: 'peace', words: ['peace talks', 'peace process', 'peace negotiations', 'peace plan', 'peace conference'] },
  { reason: 'truce', words: ['truce', 'ceasefire', 'cease-fire', 'armistice'] },
  { reason: 'mediation', words: ['mediat'] },
];

/** Groups of src/lexicon/titles.ts whose titles make a person an official, by their reason id (a chairman, a judge or
 *  a doctor is no state party). */
export const STATE_TITLE_REASONS = ['head-of-state', 'minister', 'envoy', 'military-rank', 'office-abbreviation', 'religious'];
