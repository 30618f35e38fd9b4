// Weapon words that tell the kind of an attack named with a generic word ("a drone struck", "mortar rounds hit").
import type { AttackSubtype } from '../schema/event.js';

export const WEAPON_SUBTYPES: Record<string, AttackSubtype> = {
  drone: 'drone_strike', drones: 'drone_strike', uav: 'drone_strike', uavs: 'drone_strike',
  warplane: 'airstrike', warplanes: 'airstrike', jet: 'airstrike', jets: 'airstrike', aircraft: 'airstrike',
  helicopter: 'airstrike', helicopters: 'airstrike', gunship: 'airstrike', gunships: 'airstrike', aerial: 'airstrike', air: 'airstrike',
  artillery: 'shelling', mortar: 'shelling', mortars: 'shelling', rocket: 'shelling', rockets: 'shelling',
  missile: 'shelling', missiles: 'shelling', shells: 'shelling', tank: 'shelling', tanks: 'shelling',
  bomb: 'bombing', bombs: 'bombing', ied: 'bombing', ieds: 'bombing', mine: 'bombing', landmine: 'bombing', explosive: 'bombing',
  grenade: 'bombing', grenades: 'bombing', suicide: 'suicide_bombing',
};
