// SPEC.md's taxonomy table (issue 11): every attack subtype with its ACLED event type and sub-event type, its CAMEO
// and PLOVER codes; the codes of the other types; the table as SPEC.md writes it; and reports that come out with the
// new subtypes and their codes, end to end. Our own sentences.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AGREEMENT_CODES, ATTACK_CODES, CASUALTY_CODES, UNSPECIFIED_ATTACK_CODES, meetingCodes,
} from '../src/lexicon/taxonomy.js';
import { eventJsonSchema, type Codes } from '../src/schema/event.js';
import { makeEvent } from './helpers/events.js';
import { eventsOf } from './helpers/extract.js';

type CodeRow = [subtype: string, eventType: string, subEventType: string, cameo: string, plover: string];

const REMOTE = 'Explosions/Remote violence';
const VAC = 'Violence against civilians';

/** SPEC.md's table, restated: one row per attack subtype that names its kind. */
const ATTACK_ROWS: CodeRow[] = [
  ['armed_clash', 'Battles', 'Armed clash', '190', 'FIGHT'],
  ['territory_regained', 'Battles', 'Government regains territory', '190', 'FIGHT'],
  ['territory_taken', 'Battles', 'Non-state actor overtakes territory', '190', 'FIGHT'],
  ['airstrike', REMOTE, 'Air/drone strike', '195', 'FIGHT'],
  ['drone_strike', REMOTE, 'Air/drone strike', '195', 'FIGHT'],
  ['shelling', REMOTE, 'Shelling/artillery/missile attack', '194', 'FIGHT'],
  ['bombing', REMOTE, 'Remote explosive/landmine/IED', '183', 'ASSAULT'],
  ['suicide_bombing', REMOTE, 'Suicide bomb', '1831', 'ASSAULT'],
  ['grenade', REMOTE, 'Grenade', '183', 'ASSAULT'],
  ['chemical_weapon', REMOTE, 'Chemical weapon', '2041', 'FIGHT'],
  ['attack_on_civilians', VAC, 'Attack', '180', 'ASSAULT'],
  ['abduction', VAC, 'Abduction/forced disappearance', '181', 'ASSAULT'],
  ['sexual_violence', VAC, 'Sexual violence', '1821', 'ASSAULT'],
  ['excessive_force', 'Protests', 'Excessive force against protesters', '175', 'ASSAULT'],
  ['mob_violence', 'Riots', 'Mob violence', '145', 'ASSAULT'],
];

const codesOf = ([, eventType, subEventType, cameo, plover]: CodeRow): Codes =>
  ({ acled: { event_type: eventType, sub_event_type: subEventType }, cameo, plover: plover as Codes['plover'] });

describe('attack subtypes and their codes', () => {
  test.each(ATTACK_ROWS)('%s: %s / %s, CAMEO %s, PLOVER %s', (...row) => {
    expect(ATTACK_CODES[row[0]]).toEqual(codesOf(row));
    // the schema takes the subtype with its codes
    expect(() => makeEvent({ subtype: row[0], codes: codesOf(row) })).not.toThrow();
  });

  test('the schema has these subtypes and "unspecified", no other', () => {
    const attack = (eventJsonSchema() as { oneOf?: unknown[]; anyOf?: unknown[] });
    const branches = (attack.oneOf ?? attack.anyOf ?? []) as { properties: { type: { const: string }; subtype: { enum: string[] } } }[];
    const subtypes = branches.find((b) => b.properties.type.const === 'attack')!.properties.subtype.enum;
    expect([...subtypes].sort()).toEqual([...ATTACK_ROWS.map((r) => r[0]), 'unspecified'].sort());
  });

  test('an unknown subtype or PLOVER code is refused', () => {
    expect(() => makeEvent({ subtype: 'riot' })).toThrow();
    expect(() => makeEvent({ codes: { acled: null, cameo: '190', plover: 'BATTLE' as Codes['plover'] } })).toThrow();
  });
});

type OtherRow = [what: string, codes: Codes, plover: string | null];

/** The other codes: "unspecified" by its sides, meetings, agreements, casualty reports. */
const OTHER_ROWS: OtherRow[] = [
  ['unspecified, both sides armed', UNSPECIFIED_ATTACK_CODES.bothArmed, 'FIGHT'],
  ['unspecified, otherwise', UNSPECIFIED_ATTACK_CODES.otherwise, 'ASSAULT'],
  ['a casualty report', CASUALTY_CODES, null],
  ['talks held', meetingCodes('talks', false), 'CONSULT'],
  ['a visit planned', meetingCodes('visit', true), 'CONSULT'],
  ['a ceasefire', AGREEMENT_CODES.ceasefire, 'AGREE'],
  ['a peace deal', AGREEMENT_CODES.peace_deal, 'AGREE'],
];

test.each(OTHER_ROWS)('%s: PLOVER %s', (_what, codes, plover) => {
  expect(codes.plover).toBe(plover);
});

test.each([
  ['talks', false, '046'], ['talks', true, '036'], ['visit', false, '042'], ['summit', false, '043'], ['no such kind', false, '040'],
])('meeting %s (planned %s): CAMEO %s, no ACLED code', (subtype, planned, cameo) => {
  expect(meetingCodes(subtype as string, planned as boolean)).toEqual({ acled: null, cameo, plover: 'CONSULT' });
});

// The table as SPEC.md writes it ("| attack | grenade | Explosions/Remote violence / Grenade | 183 | ASSAULT |"):
// a change to the contract shows here.
const SPEC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'SPEC.md');
const haveSpec = existsSync(SPEC);
if (!haveSpec) console.log(`taxonomy-subtypes: ${SPEC} is missing, so the table is not compared with it (skipped)`);

(haveSpec ? describe : describe.skip)('SPEC.md taxonomy table', () => {
  test('each attack row of SPEC.md has the codes of our table', () => {
    const rows = readFileSync(SPEC, 'utf8').split('\n').filter((l) => l.startsWith('| attack |'));
    const read: CodeRow[] = [];
    for (const line of rows) {
      const [, , subtypes, acled, cameo, plover] = line.split('|').map((c) => c.trim());
      const [eventType, subEventType] = acled.split(' / ');
      for (const s of subtypes.replace(/\(.*\)/, '').split(',').map((x) => x.trim())) {
        if (s !== 'unspecified') read.push([s, eventType, subEventType, cameo, plover]);
      }
    }
    expect(read.sort()).toEqual([...ATTACK_ROWS].sort());
  });
});

type EndToEnd = [text: string, subtype: string, subEventType: string, plover: string];

/** Reports whose attack comes out with a new subtype and its codes. */
const REPORTS: EndToEnd[] = [
  ['Gunmen threw a hand grenade into a crowded bar in Bujumbura on Saturday, wounding six people.', 'grenade', 'Grenade', 'ASSAULT'],
  ['Regime helicopters dropped chlorine barrels on Kafr Zita on Tuesday, injuring 30 people.', 'chemical_weapon', 'Chemical weapon', 'FIGHT'],
  ['Government jets bombed the town of Hass with sarin on Tuesday, killing 15 residents.', 'chemical_weapon', 'Chemical weapon', 'FIGHT'],
  ['Militiamen raped 12 women in a village near Bunia on Monday.', 'sexual_violence', 'Sexual violence', 'ASSAULT'],
  ['A mob lynched a man accused of theft in Kampala on Sunday.', 'mob_violence', 'Mob violence', 'ASSAULT'],
  ['Sudanese troops recaptured Wad Madani from the RSF on Tuesday.', 'territory_regained', 'Government regains territory', 'FIGHT'],
  ['Al-Shabaab fighters seized control of Mahas town on Friday.', 'territory_taken', 'Non-state actor overtakes territory', 'FIGHT'],
];

test.each(REPORTS)('%s → %s', (text, subtype, subEventType, plover) => {
  const attacks = eventsOf(text).filter((e) => e.type === 'attack');
  expect(attacks.map((e) => [e.subtype, e.codes.acled?.sub_event_type, e.codes.plover])).toEqual([[subtype, subEventType, plover]]);
});
