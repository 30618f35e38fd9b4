// The frames around an attack word that say it reports no attack: sport, courts, fiction, space, words and markets,
// nature; and the words that say it does (armed nouns, weapons, conflict settings, state words). Data only; the attack
// keep rules (src/refiners/keep/attack-context.ts, sport.ts, senses-attack.ts, courts.ts, context.ts) read it. Words are lower case; a multi-word entry
// is matched as written, with any run of spaces or a hyphen between its words.
import type { WordEntry } from './words.js';

/** Attack triggers that news also uses of play, business, courts and words ("clash", "struck", "fired at"): an attack
 *  told only with these needs an armed or political context. Forms as the trigger tagger writes them. */
export const EVERYDAY_ATTACK_WORDS: WordEntry[] = [
  { reason: 'fight-words', words: ['clash', 'clashes', 'clashed', 'fought', 'battle', 'battles', 'offensive'] },
  { reason: 'hit-words', words: ['struck', 'strike', 'strikes', 'striking', 'pounded', 'beat', 'beaten', 'bombarded'] },
  { reason: 'attack-words', words: ['attack', 'attacks', 'attacked', 'attacking', 'assault', 'assaults', 'assaulted', 'raid', 'raids', 'raided', 'onslaught', 'barrage'] },
  { reason: 'shooting-words', words: ['shot', 'shoot', 'fired', 'firing', 'fired at', 'fired on', 'jets'] },
  { reason: 'crime-words', words: ['massacre', 'massacres', 'torture', 'tortured', 'rape', 'rapes', 'murder', 'murders', 'murdered', 'sexual assault', 'sexual assaults', 'stabbing', 'stabbings', 'stabbed'] },
  { reason: 'explosion-words', words: ['exploded', 'explosion', 'explosions', 'blast', 'blasts', 'blew up', 'blown up'] },
];

/** Armed nouns the lexicon's actor heads (src/lexicon/actors.ts) leave out: spellings and kinds of fighters. */
export const MORE_ARMED_NOUNS: WordEntry[] = [
  { reason: 'fighters', words: ['guerillas', 'guerilla', 'paramilitaries', 'paramilitary', 'commandos', 'marines', 'snipers', 'warlord', 'warlords', 'mercenaries', 'armed men', 'armed group', 'armed groups', 'gunboats', 'warships', 'peacekeepers'] },
];

/** The police named as a source or an investigator ("police said", "under police investigation"), not as a side. */
export const POLICE_AS_SOURCE: WordEntry[] = [
  { reason: 'source-or-investigator', words: ['police said', 'police say', 'police says', 'police told', 'told police', 'police investigation', 'police investigators', 'police arrested', 'police spokesman', 'police spokeswoman', 'police sources', 'police report', 'police custody', 'police officials said'] },
];

/** Armed nouns and weapons that also name other things ("the opposition", "Jets", "air pistol", "a gold mine"): they
 *  are no armed context for the attack keep rules on their own. */
export const AMBIGUOUS_ARMED_WORDS: WordEntry[] = [
  { reason: 'politics-or-business', words: ['opposition', 'front', 'force', 'personnel', 'units', 'division', 'coalition'] },
  { reason: 'vehicles-and-teams', words: ['jets', 'jet', 'aircraft', 'helicopter', 'helicopters', 'drone', 'drones', 'tank', 'tanks'] },
  { reason: 'other-senses', words: ['air', 'aerial', 'mine', 'shells', 'suicide'] },
];

/** Phrases with an armed or weapon word that say no armed context ("air pistol", "market forces"). */
export const ARMED_WORDS_IN_OTHER_SENSES: WordEntry[] = [
  { reason: 'forces-of-markets', words: ['market forces', 'join forces', 'joins forces', 'joined forces', 'joining forces', 'forces of nature', 'sales forces', 'labour forces', 'labor forces'] },
  { reason: 'shooting-sport', words: ['air pistol', 'air rifle', 'rapid fire pistol', 'clay pigeon', 'biathlon', 'skeet', 'trap shooting', 'position rifle', 'rifle event', 'rifle final', 'pistol event', 'pistol final'] },
];

/** Words that make a conflict the setting of an attack ("war-torn", "insurgency", "rebel-held", "hostages"). */
export const CONFLICT_SETTINGS: WordEntry[] = [
  { reason: 'war', words: ['war', 'wars', 'war-torn', 'civil war', 'warring', 'insurgency', 'uprising', 'conflict zone', 'front line', 'frontline', 'hostilities'] },
  { reason: 'truce-and-occupation', words: ['ceasefire', 'cease-fire', 'truce', 'occupation', 'occupied', 'annexed', 'rebel-held', 'government-held', 'militant-held', 'opposition-held', 'rebel-run', 'rebel-controlled', 'militant-controlled'] },
  // words that tell any violence, a crime's too: a private person's crime needs more than these to be a conflict
  { reason: 'violence-of-any-kind', words: ['violence', 'violent', 'bloody', 'deadly', 'bloodshed'] },
  { reason: 'violence', words: ['sectarian', 'ethnic', 'tribal', 'communal', 'armed', 'riot', 'riots', 'unrest', 'state of emergency', 'disputed border', 'cross-border', 'violence-torn', 'strife-torn', 'conflict-torn', 'strife', 'sabotage', 'genocide', 'genocidal', 'atrocities', 'war crimes'] },
  { reason: 'terror-and-captives', words: ['terror', 'terrorism', 'terrorist', 'anti-terror', 'anti-terrorism', 'counter-terrorism', 'counterterrorism', 'counter-insurgency', 'counterinsurgency', 'hostage', 'hostages', 'siege', 'besieged', 'checkpoint', 'curfew', 'martial law'] },
];

/** "War" said of prices, trade, words or red tape: no conflict setting. */
export const NOT_A_WAR: WordEntry[] = [
  { reason: 'market-war', words: ['price war', 'trade war', 'bidding war', 'tariff war', 'currency war', 'ratings war', 'format war', 'talent war', 'turf war'] },
  { reason: 'war-of-words', words: ['war of words', 'war on red tape', 'war on drugs', 'war on poverty', 'war on waste', 'culture war', 'culture wars', 'war chest', 'war room', 'star wars', 'console war'] },
];

/** Words of sport: a sentence with two of them (or a score) and no armed word is a sport frame. */
export const SPORT_WORDS: WordEntry[] = [
  { reason: 'competitions', words: ['match', 'matches', 'derby', 'league', 'cup', 'world cup', 'championship', 'championships', 'tournament', 'qualifier', 'friendly', 'final', 'semi-final', 'semifinal', 'quarter-final', 'playoff', 'playoffs', 'grand prix', 'olympic games', 'olympics', 'olympic', 'title', 'world title', 'season', 'fixture', 'race', 'midfield', 'coin toss'] },
  { reason: 'play', words: ['goal', 'goals', 'goalless', 'half-time', 'halftime', 'whistle', 'kick-off', 'free kick', 'penalty', 'touchdown', 'touchdowns', 'innings', 'wicket', 'wickets', 'inning', 'homer', 'home run', 'lap', 'laps', 'birdie', 'bogey', 'under par', 'five-under', 'medal', 'gold medal', 'podium', 'scored', 'equaliser', 'equalizer', 'hat-trick', 'quarterback', 'offensive line', 'defensive line', 'rebounds'] },
  { reason: 'people-of-sport', words: ['coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'fans', 'supporters', 'players', 'player', 'team', 'teams', 'squad', 'club', 'clubs', 'referee', 'rookie', 'pitcher', 'batsman', 'batsmen', 'batting', 'bowler', 'bowlers', 'bowling', 'jockey', 'cyclist', 'sprinter', 'golfer', 'champion', 'champions', 'title rivals'] },
  { reason: 'sports', words: ['football', 'soccer', 'rugby', 'cricket', 'tennis', 'golf', 'baseball', 'basketball', 'hockey', 'nfl', 'nba', 'premier league', 'formula one', 'athletics', 'marathon', 'boxing', 'stadium'] },
  { reason: 'results', words: ['win', 'wins', 'won', 'victory', 'defeat', 'defeats', 'defeated', 'draw', 'drew', 'thrashing', 'unbeaten', 'relegation', 'promotion'] },
];

/** A score ("3-0", "41-3", "2 - 2"): counted as one sport word. */
export const SCORE_SOURCE = String.raw`\b\d{1,3}\s?[-–]\s?\d{1,3}\b`;

/** Words of a court or a charge: a crime told only in these frames is a case, not an attack. */
export const COURT_FRAME: WordEntry[] = [
  { reason: 'charge', words: ['charged with', 'charges of', 'charges that', 'accused of', 'indicted', 'suspected of', 'detectives', 'prosecutors', 'prosecutor', 'investigating', 'investigation', 'under investigation', 'inquest'] },
  { reason: 'trial', words: ['trial', 'jury', 'judge', 'court', 'courtroom', 'testified', 'testimony', 'lawsuit', 'sued', 'verdict', 'acquitted'] },
  { reason: 'sentence', words: ['sentenced', 'sentence', 'convicted', 'conviction', 'pleaded guilty', 'pleaded not guilty', 'pleads guilty', 'pleads not guilty', 'guilty plea', 'jailed', 'prison term', 'years in prison'] },
];

/** Crime triggers that courts try: the attack keep rule for courts reads only drafts told with these. */
export const CRIME_TRIGGERS: WordEntry[] = [
  { reason: 'crimes', words: ['rape', 'rapes', 'raped', 'gang rape', 'sexual assault', 'sexual assaults', 'sexually assaulted', 'sexually abused', 'murder', 'murders', 'murdered', 'kidnapping', 'kidnappings', 'kidnapped', 'kidnaped', 'abduction', 'abducted', 'assault', 'assaults', 'assaulted', 'attacked', 'attack', 'stabbing', 'stabbings', 'stabbed', 'beating', 'beat', 'beaten', 'beat up', 'beaten up', 'abused', 'mistreated', 'shot', 'shooting', 'torture', 'tortured', 'slaying', 'killing'] },
];

/** Words that tell fiction, a game or a show on their own: violence told inside them is not done. */
export const FICTION_CUES: WordEntry[] = [
  { reason: 'screen', words: ['film', 'films', 'movie', 'movies', 'episode', 'episodes', 'sequel', 'prequel', 'trailer', 'sitcom', 'cartoon', 'box office', 'screenplay', 'blockbuster'] },
  { reason: 'page-and-stage', words: ['novel', 'novels', 'thriller', 'comic', 'comics', 'musical', 'opera', 'fictional', 'imagines', 'storyline'] },
  { reason: 'games', words: ['video game', 'computer game', 'strategy game', 'gamers', 'gameplay', 'console', 'playstation', 'xbox', 'nintendo', 'multiplayer', 'online shooter'] },
];

/** Words that tell fiction only in pairs ("in the game ... the villain"): each alone is common in news. */
export const WEAK_FICTION_CUES: WordEntry[] = [
  { reason: 'story-words', words: ['game', 'play', 'plays', 'character', 'characters', 'villain', 'hero', 'heroine', 'players of', 'level', 'levels', 'update', 'reviewers', 'cast', 'stage', 'actors', 'restages', 'series'] },
];

/** Space words: a rocket or a star "blasts off", "explodes", "bombards". */
export const SPACE_CUES: WordEntry[] = [
  { reason: 'launch', words: ['blast off', 'blasts off', 'blasted off', 'lift off', 'lifts off', 'lifted off', 'liftoff', 'launch pad', 'launchpad', 'cosmodrome', 'space', 'spaceship', 'rocket plane', 'suborbital', 'atmosphere', 'space station', 'spacecraft', 'space shuttle', 'shuttle', 'nasa', 'astronaut', 'astronauts', 'orbit', 'satellite'] },
  { reason: 'sky', words: ['supernova', 'supernovae', 'star', 'stars', 'galaxy', 'galaxies', 'comet', 'asteroid', 'meteor', 'meteorite', 'black hole', 'solar', 'cosmic', 'telescope', 'astronomers', 'planet'] },
];

/** Words near an attack word that make it one of words, markets or computers ("attacked the plan", "virus struck"). */
export const METAPHOR_CUES: WordEntry[] = [
  { reason: 'words-and-politics', words: ['plan', 'plans', 'proposal', 'report', 'criticism', 'critics', 'budget', 'bill', 'policy', 'reform', 'debate', 'remarks', 'comments', 'speech', 'decision', 'ruling', 'idea', 'campaign'] },
  { reason: 'computers', words: ['virus', 'viruses', 'worm', 'hackers', 'hacker', 'website', 'websites', 'site', 'sites', 'software', 'network', 'networks', 'computer', 'computers', 'server', 'servers', 'spam', 'malware', 'adware', 'spyware', 'phishing', 'online', 'cyber', 'email', 'browser', 'internet'] },
  { reason: 'disputes', words: ['rights', 'fishing', 'quotas', 'subsidies', 'tariffs', 'trade', 'tax', 'taxes', 'pension', 'pensions', 'funding', 'visas', 'immigration', 'climate', 'emissions', 'spending', 'interest rates'] },
  { reason: 'markets', words: ['margins', 'bid', 'takeover', 'prices', 'price', 'shares', 'stocks', 'market', 'markets', 'customers', 'rival', 'rivals', 'spectrum', 'fees', 'profits', 'earnings', 'merger', 'retailers', 'carriers'] },
];

/** Nature as the subject of "struck" or "hit": a storm, a quake or lightning is no attacker. */
export const NATURAL_SUBJECTS: WordEntry[] = [
  { reason: 'weather', words: ['storm', 'storms', 'cyclone', 'hurricane', 'typhoon', 'tornado', 'lightning', 'blizzard', 'heatwave', 'heat wave', 'floods', 'flood', 'monsoon', 'drought'] },
  { reason: 'earth', words: ['earthquake', 'quake', 'tremor', 'aftershock', 'tsunami', 'landslide', 'mudslide', 'avalanche', 'eruption', 'volcano'] },
  { reason: 'disease', words: ['epidemic', 'outbreak', 'pandemic', 'disease', 'plague', 'flu', 'cholera', 'ebola'] },
];

/** What is struck in the agreement sense: "struck a deal", "struck a balance". */
export const STRUCK_OBJECTS: WordEntry[] = [
  { reason: 'agreement', words: ['deal', 'deals', 'agreement', 'agreements', 'accord', 'accords', 'pact', 'bargain', 'compromise', 'balance', 'chord', 'note', 'tone', 'partnership', 'alliance', 'truce', 'ceasefire', 'cease-fire', 'settlement', 'licensing'] },
];

/** Weapons the lexicon's weapon words (src/lexicon/weapons.ts) leave out, which tell an armed context. */
export const CONFLICT_WEAPONS: WordEntry[] = [
  { reason: 'firearms-and-blades', words: ['gun', 'guns', 'gunfire', 'rifle', 'rifles', 'kalashnikov', 'machine gun', 'machine guns', 'machete', 'machetes', 'ammunition', 'bullets', 'sniper'] },
  { reason: 'heavy-weapons', words: ['shelling', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'air raid', 'air raids', 'explosives', 'landmines', 'rpg', 'warplane', 'warplanes', 'fighter jets', 'gunships', 'helicopter gunships', 'suicide bomber', 'suicide bombers', 'car bomb'] },
];

/** Words of a state or an official: a meeting or agreement in a sentence with sport words stands when one is there. */
export const STATE_WORDS: WordEntry[] = [
  { reason: 'office-holders', words: ['ministers', 'presidents', 'prime minister', 'premier', 'chancellor', 'king', 'ambassador', 'ambassadors', 'envoys', 'secretary of state', 'foreign secretary', 'mediators'] },
  { reason: 'bodies', words: ['un', 'united nations', 'nato', 'african union', 'european union', 'security council'] },
];

/** Phrases with a fiction word that are places or crafts of the real world ("a movie theater", "filmed"). */
export const REAL_WORLD_SCREEN: WordEntry[] = [
  { reason: 'venues-and-footage', words: ['movie theater', 'movie theatre', 'cinema', 'film crew', 'film festival', 'filmed', 'video footage', 'footage'] },
];

/** Objects of "struck down/out/off" in the ruling sense. */
export const RULING_OBJECTS: WordEntry[] = [
  { reason: 'law', words: ['law', 'laws', 'ruling', 'rulings', 'ban', 'rule', 'rules', 'claim', 'claims', 'case', 'lawsuit', 'suit', 'motion', 'provision', 'provisions', 'statute', 'measure', 'register', 'order', 'decree', 'clause', 'list', 'charges'] },
];
