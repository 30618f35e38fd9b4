// Weapon words that tell the kind of an attack named with a generic word ("a drone struck", "mortar rounds hit").
// Data only; src/rules/triggers.ts reads it.
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
  { subtype: 'bombing', reason: 'explosives', words: ['bomb', 'bombs', 'ied', 'ieds', 'mine', 'landmine', 'explosive', 'grenade', 'grenades'] },
  { subtype: 'suicide_bombing', reason: 'suicide', words: ['suicide'] },
];

export const WEAPON_SUBTYPES: Record<string, AttackSubtype> = valuesOf(WEAPON_GROUPS, (g) => g.subtype);
