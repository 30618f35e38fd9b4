// Event trigger words: the words that make a sentence report an attack, a meeting or an agreement.
// Data only. Each entry lists the surface forms news writes ("assault" for attack); spun forms that are not English
// ("cease-hearth" for cease-fire) are read as the plain word first (src/lexicon/spinner.ts). The tagger plugin
// (src/document/plugin.ts) teaches every form to compromise with the entry's tag, so rules read tags, not strings.
//
// strength: 'strong' triggers report a concrete event on their own ("airstrike", "bombed");
//           'weak' ones ("attacks", "offensive", "fighting") need more support (a count, an actor, a place)
//           before the event is kept (see src/refiners/confidence.ts).

import type { AttackSubtype } from '../schema/event.js';
import type { WordEntry } from './words.js';
import { DEFINITE_ARTICLE, DEMONSTRATIVES, POSSESSIVE_DETERMINERS } from './function-words.js';

type TriggerStrength = 'strong' | 'weak';

export interface TriggerEntry {
  /** why the forms are listed together: a reason id, unique in its family */
  reason: string;
  /** surface forms, lower case; multi-word forms are matched as a sequence of terms */
  forms: string[];
  strength: TriggerStrength;
  /** true for verbs: a finite past-tense use is strong, an -ing/plain use is weak */
  verb?: boolean;
}

interface AttackTrigger extends TriggerEntry { subtype: AttackSubtype }
interface MeetingTrigger extends TriggerEntry { subtype: 'talks' | 'summit' | 'visit' | 'call' }
interface AgreementTrigger extends TriggerEntry { subtype: 'ceasefire' | 'peace_deal' | 'prisoner_exchange' | 'other' }

export const ATTACK_TRIGGERS: AttackTrigger[] = [
  // air and drone strikes
  { reason: 'air-strike', subtype: 'airstrike', strength: 'strong', forms: ['airstrike', 'airstrikes', 'air strike', 'air strikes', 'air-strike', 'air-strikes', 'air raid', 'air raids', 'airraid', 'aerial bombardment', 'aerial bombing', 'aerial attack', 'aerial attacks', 'bombing raid', 'bombing raids', 'air assault', 'air assaults'] },
  { reason: 'bombed-from-the-air', subtype: 'airstrike', strength: 'strong', verb: true, forms: ['bombed', 'air-struck'] },
  { reason: 'aircraft', subtype: 'airstrike', strength: 'weak', forms: ['warplanes', 'warplane', 'fighter jets', 'jets', 'helicopter gunships', 'gunships'] },
  { reason: 'drone-strike', subtype: 'drone_strike', strength: 'strong', forms: ['drone strike', 'drone strikes', 'drone attack', 'drone attacks', 'drone assault', 'drone assaults', 'drone-strike', 'drone-strikes', 'kamikaze drone', 'kamikaze drones'] },
  // shelling, artillery, rockets, missiles
  { reason: 'shelling', subtype: 'shelling', strength: 'strong', forms: ['shelling', 'shellings', 'artillery fire', 'artillery strike', 'artillery strikes', 'artillery attack', 'artillery barrage', 'barrage', 'mortar attack', 'mortar attacks', 'mortar fire', 'mortar shells', 'mortar shell', 'rocket attack', 'rocket attacks', 'rocket fire', 'missile strike', 'missile strikes', 'missile attack', 'missile attacks', 'bombardment', 'bombardments'] },
  { reason: 'projectiles', subtype: 'shelling', strength: 'weak', forms: ['shells', 'rockets', 'missiles', 'rocket', 'missile', 'mortars', 'artillery', 'ballistic missile', 'cruise missile', 'cruise missiles'] },
  { reason: 'shelled', subtype: 'shelling', strength: 'strong', verb: true, forms: ['shelled', 'bombarded', 'pounded'] },
  // explosives
  { reason: 'explosion', subtype: 'bombing', strength: 'strong', forms: ['bombing', 'bombings', 'bomb attack', 'bomb attacks', 'car bomb', 'car bombs', 'car bombing', 'car-bomb', 'truck bomb', 'roadside bomb', 'roadside bombs', 'improvised explosive device', 'improvised explosive devices', 'ied', 'ieds', 'landmine', 'landmines', 'land mine', 'land mines', 'mine blast', 'explosion', 'explosions', 'blast', 'blasts', 'explosive device', 'explosive devices', 'bomb blast', 'vbied', 'detonation', 'detonated', 'detonating', 'exploded', 'blew up', 'blown up', 'blew themselves up', 'blew himself up', 'blew herself up', 'went off', 'gone off'] },
  { reason: 'explosives', subtype: 'bombing', strength: 'weak', forms: ['bomb', 'bombs', 'mine', 'mines'] },
  // grenades: thrown by hand, an ACLED sub-event of their own
  { reason: 'grenade-attack', subtype: 'grenade', strength: 'strong', forms: ['grenade attack', 'grenade attacks', 'grenade blast', 'grenade blasts', 'grenade explosion', 'grenade explosions'] },
  { reason: 'grenade-thrown', subtype: 'grenade', strength: 'strong', verb: true, forms: ['threw a grenade', 'threw a hand grenade', 'threw grenades', 'threw hand grenades', 'tossed a grenade', 'tossed a hand grenade', 'tossed grenades', 'hurled a grenade', 'hurled a hand grenade', 'hurled grenades', 'lobbed a grenade', 'lobbed grenades'] },
  { reason: 'grenades', subtype: 'grenade', strength: 'weak', forms: ['grenade', 'grenades', 'hand grenade', 'hand grenades'] },
  // chemical weapons: the agent names the kind of attack, whatever carried it. Never bare "gas" or "chemical": tear gas
  // is no chemical weapon, a chemical plant no attack (and "tear" before a form unmakes it, src/rules/triggers.ts)
  { reason: 'chemical-attack', subtype: 'chemical_weapon', strength: 'strong', forms: ['chemical attack', 'chemical attacks', 'chemical weapons attack', 'chemical weapons attacks', 'chemical weapon attack', 'gas attack', 'gas attacks', 'chlorine attack', 'chlorine attacks', 'sarin attack', 'sarin attacks', 'nerve agent attack', 'poison gas attack'] },
  { reason: 'chemical-agents', subtype: 'chemical_weapon', strength: 'weak', forms: ['chlorine', 'chlorine gas', 'sarin', 'sarin gas', 'mustard gas', 'nerve agent', 'nerve agents', 'nerve gas', 'poison gas'] },
  { reason: 'suicide-bomber', subtype: 'suicide_bombing', strength: 'weak', forms: ['suicide bomber', 'suicide bombers', 'suicide car bomber'] },
  { reason: 'suicide-attack', subtype: 'suicide_bombing', strength: 'strong', forms: ['suicide bombing', 'suicide bombings', 'suicide attack', 'suicide attacks', 'suicide car bomb', 'suicide car bomber', 'suicide blast', 'suicide vest', 'suicide assault'] },
  // fighting between armed sides
  { reason: 'fight', subtype: 'armed_clash', strength: 'strong', forms: ['clash', 'clashes', 'gunbattle', 'gunbattles', 'gun battle', 'gun battles', 'firefight', 'firefights', 'skirmish', 'skirmishes', 'ambush', 'ambushes', 'exchange of fire', 'heavy fighting', 'fierce fighting', 'intense fighting', 'street fighting'] },
  { reason: 'fought', subtype: 'armed_clash', strength: 'strong', verb: true, forms: ['clashed', 'ambushed', 'fought', 'skirmished'] },
  // weak: "the minister came under fire from critics" is a figure of speech; an armed side or a count makes it an attack
  { reason: 'under-fire', subtype: 'unspecified', strength: 'weak', verb: true, forms: ['came under fire', 'come under fire', 'comes under fire', 'coming under fire', 'came under heavy fire', 'came under attack', 'come under attack', 'came under rocket fire', 'came under mortar fire'] },
  { reason: 'fire-exchanged', subtype: 'armed_clash', strength: 'strong', verb: true, forms: ['exchanged fire', 'exchanging fire', 'exchange fire', 'traded fire', 'trading fire', 'trade fire', 'exchanged gunfire', 'exchanging gunfire', 'traded gunfire', 'trading gunfire', 'exchanged shots', 'traded shots'] },
  // ground changing hands. Overrunning a place is no proof of holding it ("overran a village and killed its people"):
  // only "control" and the re- verbs tell territory taken or regained (src/rules/triggers.ts makes them strong)
  { reason: 'ground-taken', subtype: 'armed_clash', strength: 'weak', verb: true, forms: ['overran', 'overrun', 'captured', 'invaded', 'besieged', 'repelled', 'repulsed'] },
  { reason: 'ground-seized', subtype: 'territory_taken', strength: 'weak', verb: true, forms: ['seized control of', 'took control of', 'taken control of', 'taking control of', 'wrested control of', 'seized full control of', 'took full control of'] },
  { reason: 'ground-regained', subtype: 'territory_regained', strength: 'weak', verb: true, forms: ['retook', 'retaken', 'retakes', 'recaptured', 'recaptures', 'regained control of', 'restored control over', 'restored control of'] },
  { reason: 'war-words', subtype: 'armed_clash', strength: 'weak', forms: ['battle', 'battles', 'fighting', 'offensive', 'invasion', 'counteroffensive', 'counter-offensive', 'hostilities', 'combat'] },
  // violence against civilians
  { reason: 'killing-of-civilians', subtype: 'attack_on_civilians', strength: 'strong', forms: ['massacre', 'massacres', 'mass shooting', 'stabbing', 'stabbings', 'beheading', 'arson attack', 'mass killing', 'mass killings'] },
  // a crowd killing: not "mob violence", a phrase that names unrest in general ("fears of mob violence")
  { reason: 'lynching', subtype: 'mob_violence', strength: 'strong', forms: ['lynching', 'lynchings'] },
  { reason: 'lynched', subtype: 'mob_violence', strength: 'strong', verb: true, forms: ['lynched'] },
  { reason: 'shooting-or-execution', subtype: 'attack_on_civilians', strength: 'weak', forms: ['shooting', 'shootings', 'execution', 'executions'] },
  { reason: 'ethnic-cleansing', subtype: 'attack_on_civilians', strength: 'strong', forms: ['ethnic cleansing'] },
  { reason: 'sexual-violence', subtype: 'sexual_violence', strength: 'strong', forms: ['rape', 'rapes', 'sexual violence', 'sexual assault', 'sexual assaults', 'gang rape', 'gang rapes', 'mass rape', 'mass rapes'] },
  { reason: 'sexually-assaulted', subtype: 'sexual_violence', strength: 'strong', verb: true, forms: ['raped', 'sexually abused', 'sexually assaulted', 'gang-raped'] },
  { reason: 'beaten', subtype: 'attack_on_civilians', strength: 'weak', verb: true, forms: ['abused', 'beat', 'beaten', 'whipped', 'flogged', 'mistreated'] },
  { reason: 'killed-violently', subtype: 'attack_on_civilians', strength: 'strong', verb: true, forms: ['massacred', 'executed', 'beheaded', 'torched', 'assassinated', 'murdered', 'tortured', 'burned alive', 'beat up', 'beaten up'] },
  // killing or firing that says nothing of who was hit: the sides tell a clash ("gunned down two soldiers") from an
  // attack on civilians ("gunned down a trader")
  { reason: 'killed-by-hand', subtype: 'unspecified', strength: 'strong', verb: true, forms: ['gunned down', 'shot dead', 'shot and killed', 'stabbed', 'opened fire', 'hacked to death', 'beat to death', 'beaten to death', 'stoned to death'] },
  // a fire kills too: with neither object nor agent, "were burned to death" is no attack (src/rules/triggers.ts)
  { reason: 'burned-to-death', subtype: 'unspecified', strength: 'strong', verb: true, forms: ['burned to death', 'burnt to death'] },
  { reason: 'assassination-or-murder', subtype: 'attack_on_civilians', strength: 'strong', forms: ['assassination', 'assassinations', 'assassination attempt', 'slaying', 'slayings', 'murder', 'murders', 'killing spree', 'torture'] },
  { reason: 'shot', subtype: 'attack_on_civilians', strength: 'weak', verb: true, forms: ['shot', 'shoot', 'shooting at', 'murder', 'torturing'] },
  { reason: 'tried-to-kill', subtype: 'attack_on_civilians', strength: 'strong', verb: true, forms: ['assassinate', 'attempted to assassinate', 'tried to assassinate', 'tried to kill', 'attempted to kill'] },
  { reason: 'kidnapping', subtype: 'abduction', strength: 'strong', forms: ['kidnapping', 'kidnappings', 'abduction', 'abductions', 'hostage-taking', 'hostage taking'] },
  { reason: 'kidnapped', subtype: 'abduction', strength: 'strong', verb: true, forms: ['kidnapped', 'abducted', 'seized hostage', 'taken hostage', 'kidnaped'] },
  // generic attacks (subtype from context, else unspecified)
  { reason: 'attack-word', subtype: 'unspecified', strength: 'weak', forms: ['attack', 'attacks', 'assault', 'assaults', 'strike', 'strikes', 'raid', 'raids', 'incursion', 'incursions', 'onslaught', 'gunfire', 'crossfire'] },
  { reason: 'attacked', subtype: 'unspecified', strength: 'strong', verb: true, forms: ['attacked', 'assaulted', 'struck', 'raided', 'stormed', 'fired on', 'fired at'] },
  { reason: 'attacking', subtype: 'unspecified', strength: 'weak', verb: true, forms: ['attacking', 'attacks', 'attack', 'striking', 'raiding', 'storming', 'targeting', 'firing', 'fired', 'launched', 'lobbed', 'hurled'] },
  // an attack only with its weapon after "with" (src/lexicon/weapons.ts AIMING_VERBS): "targeted a convoy with a missile"
  { reason: 'targeted-with', subtype: 'unspecified', strength: 'weak', verb: true, forms: ['targeted'] },
];

export const MEETING_TRIGGERS: MeetingTrigger[] = [
  { reason: 'summit', subtype: 'summit', strength: 'strong', forms: ['summit', 'summits', 'summit meeting', 'summit talks'] },
  { reason: 'talks', subtype: 'talks', strength: 'strong', forms: ['talks', 'meeting', 'meetings', 'conference', 'negotiations', 'peace talks', 'consultations', 'round of talks', 'mediation', 'mediation effort', 'mediation efforts', 'mediation talks'] },
  { reason: 'discussion', subtype: 'talks', strength: 'weak', forms: ['talk', 'discussions', 'dialogue', 'conversation', 'negotiation'] },
  { reason: 'met', subtype: 'talks', strength: 'strong', verb: true, forms: ['met', 'meet', 'meets', 'meeting with', 'held talks', 'hold talks', 'holds talks', 'holding talks', 'conferred', 'mediated', 'hosted talks', 'hosted', 'will host'] },
  { reason: 'discussed-or-received', subtype: 'talks', strength: 'weak', verb: true, forms: ['negotiated', 'discussed', 'discuss', 'negotiate', 'received', 'welcomed', 'consulted'] },
  { reason: 'visit', subtype: 'visit', strength: 'strong', forms: ['visit', 'visits', 'state visit', 'official visit', 'trip to'] },
  { reason: 'travelled', subtype: 'visit', strength: 'strong', verb: true, forms: ['visited', 'visiting', 'traveled to', 'travelled to', 'travel to', 'travels to', 'depart for', 'departs for', 'departed for', 'leave for', 'leaves for', 'left for', 'arrived in', 'arrives in', 'arrive in', 'flew to', 'fly to', 'flies to', 'head to', 'heads to', 'headed to'] },
  { reason: 'call', subtype: 'call', strength: 'strong', forms: ['phone call', 'telephone call', 'phone conversation', 'telephone conversation', 'video call', 'videoconference', 'video conference'] },
  { reason: 'phoned', subtype: 'call', strength: 'strong', verb: true, forms: ['spoke by phone', 'spoke by telephone', 'spoke on the phone', 'phoned', 'telephoned'] },
];

export const AGREEMENT_TRIGGERS: AgreementTrigger[] = [
  { reason: 'ceasefire', subtype: 'ceasefire', strength: 'strong', forms: ['ceasefire', 'ceasefires', 'cease-fire', 'cease-fires', 'cease fire', 'truce', 'truces', 'armistice', 'halt to fighting', 'cessation of hostilities', 'humanitarian pause', 'de-escalation agreement', 'de-escalation deal'] },
  { reason: 'peace-deal', subtype: 'peace_deal', strength: 'strong', forms: ['peace deal', 'peace agreement', 'peace accord', 'peace accords', 'peace treaty', 'peace pact', 'peace plan', 'peace settlement'] },
  { reason: 'prisoner-exchange', subtype: 'prisoner_exchange', strength: 'strong', forms: ['prisoner exchange', 'prisoner swap', 'prisoner exchanges', 'prisoner swaps', 'exchange of prisoners', 'swap of prisoners', 'exchanged prisoners', 'swapped prisoners', 'prisoners exchange', 'prisoners swap'] },
  { reason: 'agreed', subtype: 'other', strength: 'strong', verb: true, forms: ['agreed', 'signed', 'reached an agreement', 'reached a deal', 'struck a deal', 'clinched', 'brokered'] },
  { reason: 'agree-present-tense', subtype: 'other', strength: 'weak', verb: true, forms: ['agree', 'agrees', 'agreeing', 'sign', 'signs'] },
  { reason: 'agreement-word', subtype: 'other', strength: 'weak', forms: ['agreement', 'agreements', 'deal', 'deals', 'accord', 'accords', 'pact', 'pacts', 'treaty', 'treaties', 'settlement', 'memorandum of understanding'] },
];

// ---- the words around a trigger (src/rules/triggers.ts) ----------------------------------------------------------

/** Killings a fire or an accident may do: an attack only with an object after them ("burned to death a robber") or an
 *  agent ("were burned to death by a mob"), not "were burned to death in the blaze". */
export const OBJECT_OR_AGENT_NEEDED: WordEntry[] = [{ reason: 'fire-deaths', words: ['burned to death', 'burnt to death'] }];

/** Right before a chemical-weapon form, words that make it no chemical weapon: "a tear gas attack". */
export const NOT_CHEMICAL_BEFORE: WordEntry[] = [{ reason: 'riot-control-agents', words: ['tear', 'pepper', 'cs'] }];

/** Ground that is taken or regained, besides a named place and the kinds of place (src/lexicon/places.ts): "took
 *  control of the airport", "retook their positions". */
export const GROUND_NOUNS: WordEntry[] = [
  { reason: 'military-sites', words: ['bases', 'outpost', 'outposts', 'garrison', 'barracks', 'airbase', 'airfield', 'checkpoint', 'checkpoints', 'positions', 'position', 'strongholds', 'frontline', 'front line'] },
  { reason: 'land', words: ['territory', 'territories', 'ground', 'areas', 'hill', 'ridge', 'heights', 'crossing', 'bridge', 'highway', 'road', 'villages', 'towns', 'cities', 'districts', 'localities', 'settlement', 'settlements', 'island'] },
];

// ---- the words around a trigger (src/rules/trigger-mentions.ts) ---------------------------------------------------

/** Before a plural trigger noun, words that make it one event, not a kind of event ("the attacks", "two strikes",
 *  "yesterday's raids"), where the phrase before the noun reaches back to them. */
export const EVENT_SPECIFIERS: WordEntry[] = [
  ...DEFINITE_ARTICLE, ...DEMONSTRATIVES, ...POSSESSIVE_DETERMINERS,
  { reason: 'number', words: ['two', 'three', 'several', 'both', 'twin'] },
  { reason: 'time', words: ['recent', 'latest', 'yesterday', 'today', 'overnight'] },
];

/** Right before a trigger noun (or one word before), words that make it an event told before: "the attack", "its
 *  latest assault". Of the possessives, only a side's ("its", "their"). */
export const ANAPHORIC_DETERMINERS: WordEntry[] = [
  ...DEFINITE_ARTICLE, ...DEMONSTRATIVES,
  { reason: 'possessive-of-a-side', words: ['its', 'their'] },
  { reason: 'told-before', words: ['latest', 'last', 'same', 'most', 'recent', 'current', 'previous', 'earlier'] },
];

/** Just after a trigger noun, words that say the event was told before: "the attack also killed", "struck again". */
export const ANAPHORIC_ADVERBS: WordEntry[] = [{ reason: 'told-again', words: ['also', 'again'] }];

/** Verbs right after a trigger noun whose subject it is ("the blast killed", "the attack came"), which the tagger may
 *  take for nouns: the trigger is then no modifier of a noun. Not the toll verbs (src/lexicon/casualties.ts): these
 *  follow an event word, not a toll word. */
export const VERBS_AFTER_TRIGGER_NOUN: WordEntry[] = [
  { reason: 'toll-rises', words: ['rose', 'rises', 'hit', 'hits', 'reached', 'climbed', 'stood', 'jumped', 'soared'] },
  { reason: 'event-predicate', words: ['came', 'comes', 'took', 'killed', 'left'] },
];

/** Word beginnings of an exchange ("exchanged", "swapping"): with a prisoner noun in the sentence, an agreement of no
 *  other kind is a prisoner exchange. */
export const EXCHANGE_STEMS: WordEntry[] = [{ reason: 'prisoner-exchange', words: ['exchang', 'swap'] }];

/** People held by the other side, whose exchange is a prisoner exchange. */
export const PRISONER_NOUNS: WordEntry[] = [{ reason: 'prisoner-exchange', words: ['prisoner', 'prisoners', 'detainees', 'hostages', 'captives', 'pows'] }];
