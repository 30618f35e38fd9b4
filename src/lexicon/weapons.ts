// Weapon words that tell the kind of an attack named with a generic word ("a drone struck", "mortar rounds hit"), and
// the words of live fire, of aiming and of chemical containers around a trigger. Data only; src/rules/triggers.ts and
// src/rules/trigger-mentions.ts read it.
import type { AttackSubtype } from '../schema/event.js';
import { valuesOf, type WordEntry } from './words.js';

/** Weapon words with the subtype of attack they make of a generic attack word. */
interface WeaponGroup extends WordEntry { subtype: AttackSubtype }

const WEAPON_GROUPS: WeaponGroup[] = [
  { subtype: 'drone_strike', reason: 'drones', words: ['drone', 'drones', 'uav', 'uavs'] },
  { subtype: 'airstrike', reason: 'aircraft', words: ['warplane', 'warplanes', 'jet', 'jets', 'aircraft', 'helicopter', 'helicopters', 'gunship', 'gunships'] },
  { subtype: 'airstrike', reason: 'from-the-air', words: ['aerial', 'air'] },
  { subtype: 'shelling', reason: 'guns-and-launchers', words: ['artillery', 'mortar', 'mortars', 'tank', 'tanks'] },
  { subtype: 'shelling', reason: 'projectiles', words: ['rocket', 'rockets', 'missile', 'missiles', 'shells'] },
  { subtype: 'bombing', reason: 'explosives', words: ['bomb', 'bombs', 'ied', 'ieds', 'mine', 'landmine', 'explosive'] },
  { subtype: 'grenade', reason: 'grenades', words: ['grenade', 'grenades'] },
  { subtype: 'suicide_bombing', reason: 'suicide', words: ['suicide'] },
];

export const WEAPON_SUBTYPES: Record<string, AttackSubtype> = valuesOf(WEAPON_GROUPS, (g) => g.subtype);

/** After "fired" (a few words may stand before them), arms and rounds that make it live fire at whoever follows "at"
 *  or "on": "fired machine guns at a border post", "fired live rounds on marchers". */
export const LIVE_FIRE: WordEntry[] = [
  { reason: 'firearms', words: ['guns', 'machine guns', 'machine-guns', 'machineguns', 'rifles', 'assault rifles', 'automatic weapons', 'rpgs', 'rpg', 'rocket-propelled grenades'] },
  { reason: 'rounds', words: ['live rounds', 'live ammunition', 'ammunition', 'bullets', 'rounds', 'shots', 'volleys', 'bursts'] },
];

/** Words before the arms or rounds that make the fire no attack: "rubber bullets", "warning shots", "tear gas". */
export const NOT_LETHAL_FIRE: WordEntry[] = [
  { reason: 'less-lethal', words: ['rubber', 'plastic', 'blank', 'pellet', 'paintball', 'beanbag', 'tear', 'pepper', 'water', 'stun'] },
  { reason: 'no-target', words: ['warning', 'celebratory', 'ceremonial', 'salute'] },
];

/** After "fired ... at/into", what is no target: "fired shots into the air". */
export const NO_TARGET_AFTER_FIRE: WordEntry[] = [{ reason: 'fired-upward', words: ['air', 'sky'] }];

/** Verbs that aim without saying how, an attack only with the weapon after "with": "targeted a car with a missile". */
export const AIMING_VERBS: WordEntry[] = [{ reason: 'aimed-with-a-weapon', words: ['targeted'] }];

/** Containers a chemical agent is dropped or fired in: "chlorine barrels", "sarin canisters" are the weapon, not a
 *  thing the agent only describes. */
export const CHEMICAL_CARRIERS: WordEntry[] = [
  { reason: 'containers', words: ['barrel', 'barrels', 'canister', 'canisters', 'cylinder', 'cylinders', 'munitions', 'warheads', 'rounds', 'shells', 'bombs', 'rockets'] },
];
