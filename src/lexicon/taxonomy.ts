// SPEC.md's taxonomy table as data: the ACLED and CAMEO codes of each type and subtype.
import type { Codes } from '../schema/event.js';

const VIOLENCE_AGAINST_CIVILIANS = 'Violence against civilians';
const REMOTE = 'Explosions/Remote violence';

export const ATTACK_CODES: Record<string, Codes> = {
  armed_clash: { acled: { event_type: 'Battles', sub_event_type: 'Armed clash' }, cameo: '190' },
  airstrike: { acled: { event_type: REMOTE, sub_event_type: 'Air/drone strike' }, cameo: '195' },
  drone_strike: { acled: { event_type: REMOTE, sub_event_type: 'Air/drone strike' }, cameo: '195' },
  shelling: { acled: { event_type: REMOTE, sub_event_type: 'Shelling/artillery/missile attack' }, cameo: '194' },
  bombing: { acled: { event_type: REMOTE, sub_event_type: 'Remote explosive/landmine/IED' }, cameo: '183' },
  suicide_bombing: { acled: { event_type: REMOTE, sub_event_type: 'Suicide bomb' }, cameo: '1831' },
  attack_on_civilians: { acled: { event_type: VIOLENCE_AGAINST_CIVILIANS, sub_event_type: 'Attack' }, cameo: '180' },
  abduction: { acled: { event_type: VIOLENCE_AGAINST_CIVILIANS, sub_event_type: 'Abduction/forced disappearance' }, cameo: '181' },
};

/** "unspecified": an armed clash when both sides are armed, else an attack on civilians. */
export const UNSPECIFIED_ATTACK_CODES = {
  bothArmed: { acled: { event_type: 'Battles', sub_event_type: 'Armed clash' }, cameo: '190' } as Codes,
  otherwise: { acled: { event_type: VIOLENCE_AGAINST_CIVILIANS, sub_event_type: 'Attack' }, cameo: '190' } as Codes,
};

export const CASUALTY_CODES: Codes = { acled: null, cameo: null };

/** CAMEO for meetings: 036 when planned ("express intent to meet"), 042–046 when held. */
export const MEETING_CODES: Record<string, { planned: string; held: string }> = {
  visit: { planned: '036', held: '042' },     // 042 make a visit (043 host a visit)
  summit: { planned: '036', held: '043' },
  talks: { planned: '036', held: '046' },     // 046 engage in negotiation
  call: { planned: '036', held: '040' },      // 040 consult, not specified
  unspecified: { planned: '036', held: '040' },
};

export const AGREEMENT_CODES: Record<string, Codes> = {
  ceasefire: { acled: { event_type: 'Strategic developments', sub_event_type: 'Agreement' }, cameo: '0871' },
  peace_deal: { acled: { event_type: 'Strategic developments', sub_event_type: 'Agreement' }, cameo: '057' },
  prisoner_exchange: { acled: { event_type: 'Strategic developments', sub_event_type: 'Agreement' }, cameo: '057' },
  other: { acled: { event_type: 'Strategic developments', sub_event_type: 'Agreement' }, cameo: '057' },
};

const ARMED_KINDS = new Set(['military', 'rebel', 'militant', 'police']);
export function isArmedKind(kind: string): boolean { return ARMED_KINDS.has(kind); }
