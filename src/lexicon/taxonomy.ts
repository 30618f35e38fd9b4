// SPEC.md's taxonomy table as data: the ACLED, CAMEO and PLOVER codes of each type and subtype.
import type { Codes } from '../schema/event.js';

const BATTLES = 'Battles';
const VIOLENCE_AGAINST_CIVILIANS = 'Violence against civilians';
const REMOTE = 'Explosions/Remote violence';

export const ATTACK_CODES: Record<string, Codes> = {
  armed_clash: { acled: { event_type: BATTLES, sub_event_type: 'Armed clash' }, cameo: '190', plover: 'FIGHT' },
  territory_regained: { acled: { event_type: BATTLES, sub_event_type: 'Government regains territory' }, cameo: '190', plover: 'FIGHT' },
  territory_taken: { acled: { event_type: BATTLES, sub_event_type: 'Non-state actor overtakes territory' }, cameo: '190', plover: 'FIGHT' },
  airstrike: { acled: { event_type: REMOTE, sub_event_type: 'Air/drone strike' }, cameo: '195', plover: 'FIGHT' },
  drone_strike: { acled: { event_type: REMOTE, sub_event_type: 'Air/drone strike' }, cameo: '195', plover: 'FIGHT' },
  shelling: { acled: { event_type: REMOTE, sub_event_type: 'Shelling/artillery/missile attack' }, cameo: '194', plover: 'FIGHT' },
  bombing: { acled: { event_type: REMOTE, sub_event_type: 'Remote explosive/landmine/IED' }, cameo: '183', plover: 'ASSAULT' },
  suicide_bombing: { acled: { event_type: REMOTE, sub_event_type: 'Suicide bomb' }, cameo: '1831', plover: 'ASSAULT' },
  grenade: { acled: { event_type: REMOTE, sub_event_type: 'Grenade' }, cameo: '183', plover: 'ASSAULT' },
  chemical_weapon: { acled: { event_type: REMOTE, sub_event_type: 'Chemical weapon' }, cameo: '2041', plover: 'FIGHT' },
  attack_on_civilians: { acled: { event_type: VIOLENCE_AGAINST_CIVILIANS, sub_event_type: 'Attack' }, cameo: '180', plover: 'ASSAULT' },
  abduction: { acled: { event_type: VIOLENCE_AGAINST_CIVILIANS, sub_event_type: 'Abduction/forced disappearance' }, cameo: '181', plover: 'ASSAULT' },
  sexual_violence: { acled: { event_type: VIOLENCE_AGAINST_CIVILIANS, sub_event_type: 'Sexual violence' }, cameo: '1821', plover: 'ASSAULT' },
  excessive_force: { acled: { event_type: 'Protests', sub_event_type: 'Excessive force against protesters' }, cameo: '175', plover: 'ASSAULT' },
  mob_violence: { acled: { event_type: 'Riots', sub_event_type: 'Mob violence' }, cameo: '145', plover: 'ASSAULT' },
};

/** "unspecified": an armed clash (FIGHT) when both sides are armed, else an attack on civilians (ASSAULT). */
export const UNSPECIFIED_ATTACK_CODES = {
  bothArmed: { acled: { event_type: BATTLES, sub_event_type: 'Armed clash' }, cameo: '190', plover: 'FIGHT' } as Codes,
  otherwise: { acled: { event_type: VIOLENCE_AGAINST_CIVILIANS, sub_event_type: 'Attack' }, cameo: '190', plover: 'ASSAULT' } as Codes,
};

export const CASUALTY_CODES: Codes = { acled: null, cameo: null, plover: null };

/** CAMEO for meetings: 036 when planned ("express intent to meet"), 042–046 when held. */
const MEETING_CAMEO: Record<string, { planned: string; held: string }> = {
  visit: { planned: '036', held: '042' },     // 042 make a visit (043 host a visit)
  summit: { planned: '036', held: '043' },
  talks: { planned: '036', held: '046' },     // 046 engage in negotiation
  call: { planned: '036', held: '040' },      // 040 consult, not specified
  unspecified: { planned: '036', held: '040' },
};

/** A meeting is no ACLED event; its CAMEO code depends on whether it is planned; PLOVER CONSULT either way. */
export function meetingCodes(subtype: string, planned: boolean): Codes {
  const c = MEETING_CAMEO[subtype] ?? MEETING_CAMEO.unspecified;
  return { acled: null, cameo: planned ? c.planned : c.held, plover: 'CONSULT' };
}

const AGREEMENT = { event_type: 'Strategic developments', sub_event_type: 'Agreement' };
export const AGREEMENT_CODES: Record<string, Codes> = {
  ceasefire: { acled: AGREEMENT, cameo: '0871', plover: 'AGREE' },
  peace_deal: { acled: AGREEMENT, cameo: '057', plover: 'AGREE' },
  prisoner_exchange: { acled: AGREEMENT, cameo: '057', plover: 'AGREE' },
  other: { acled: AGREEMENT, cameo: '057', plover: 'AGREE' },
};

const ARMED_KINDS = new Set(['military', 'rebel', 'militant', 'police']);
export function isArmedKind(kind: string): boolean { return ARMED_KINDS.has(kind); }
