// The kind of an actor (src/resolvers/actors.ts, src/resolvers/parties.ts, src/lexicon/actors.ts, issue 11): "armed
// men" are armed; the members of a named militia (VDP, Koglweogo, CJTF) are armed whatever noun follows; "IS fighters"
// are Islamic State; a victim the actor heads do not know ("a gendarme", "a shopkeeper") is still the target, of the
// kind its noun says; two sides joined by "and" before a verb of fighting are both parties. And the same words where
// the kind must not change. Our own sentences.
import { eventsOf } from './helpers/extract.js';

type Row = [text: string, role: 'attacker' | 'target', actor: string];

const sideOf = (text: string, role: string) => eventsOf(text).filter((e) => e.type === 'attack')
  .flatMap((e) => e.actors.filter((a) => a.role === role).map((a) => `${a.kind}:${a.name}`));

/** Each text yields an attack with this actor (kind:name) in this role. */
const KINDS: Row[] = [
  ['Armed men stormed a church in Kaya on Sunday, killing 4 worshippers.', 'attacker', 'militant:Armed men'],
  ['Heavily armed youths raided a cattle camp near Bor on Sunday, killing 6 herders.', 'attacker', 'militant:Heavily armed youths'],
  ['Jihadists attacked Djibo on 2 May. 7 VDP volunteers were killed.', 'target', 'militant:Volunteers for the Defence of the Homeland'],
  ['Militants ambushed Koglweogo members near Kaya on Sunday, killing 5 of them.', 'target', 'militant:Koglweogo'],
  ['CJTF members killed 3 Boko Haram fighters near Bama on Monday.', 'attacker', 'militant:Civilian Joint Task Force'],
  ['Dozo hunters attacked a Fulani hamlet near Djenne on Monday, killing 9 herders.', 'attacker', 'militant:Dozo'],
  ['Mai-Mai fighters attacked a mining site near Shabunda on Monday, killing 4 miners.', 'attacker', 'militant:Mai-Mai'],
  ['IS fighters raided a jail outside Raqqa on Monday, killing 5 wardens.', 'attacker', 'militant:Islamic State'],
  ['Rebels killed a gendarme at a roadblock near Kumba on Monday.', 'target', 'police:gendarme'],
  ['Gunmen shot dead a shopkeeper inside his store in Kano on Monday.', 'target', 'civilian:shopkeeper'],
  ['Rebels killed three police officers near Beni on Monday.', 'target', 'police:police officers'],
];

/** The same words where the kind stays: no armed side made up, no victim of the wrong kind. */
const KEPT: Row[] = [
  ['Armed forces shelled a rebel camp near Kidal on Monday, killing 4 rebels.', 'attacker', 'military:Armed forces'],
  ['Four Red Cross volunteers were killed when gunmen attacked their convoy near Beni on Monday.', 'target', 'civilian:Red Cross'],
  ['Four Red Cross volunteers were killed when gunmen attacked their convoy near Beni on Monday.', 'attacker', 'militant:gunmen'],
  ['Gunmen killed 4 men near Gusau on Monday.', 'target', 'civilian:men'],
];

/** Victims the count reads with no kind an actor head knows: no target is made up for them. */
const NO_TARGET: string[] = [
  // "chief" is a rank of armed groups and the head of a village: no kind is guessed
  'Insurgents shot dead a village chief outside Ansongo on Monday.',
];

/** Two sides joined by "and" before a verb of fighting: the first attacks, the second is attacked (kind:country). */
const CLASH_SIDES: [text: string, attackers: string[], targets: string[]][] = [
  ['Thai and Cambodian soldiers exchanged fire near the temple on Monday.', ['military:TH'], ['military:KH']],
  ['Armenian and Azerbaijani forces clashed on the border on Monday.', ['military:AM'], ['military:AZ']],
  ['Rebels and soldiers clashed near Goma on Monday.', ['rebel:-'], ['military:-']],
  // not a verb of fighting: the sides joined by "and" attack together
  ['Rebels and bandits attacked a village near Goma on Monday, killing 4 villagers.', ['militant:-'], ['civilian:-']],
];

const sides = (text: string, role: string) => eventsOf(text).filter((e) => e.type === 'attack')
  .flatMap((e) => e.actors.filter((a) => a.role === role).map((a) => `${a.kind}:${a.country ?? '-'}`));

describe('both sides of a clash', () => {
  test.each(CLASH_SIDES)('%s', (text, attackers, targets) => {
    expect(sides(text, 'attacker')).toEqual(attackers);
    expect(sides(text, 'target')).toEqual(targets);
  });
});

describe('the kind of an actor', () => {
  test.each(KINDS)('%s', (text, role, actor) => {
    expect(sideOf(text, role)).toContain(actor);
  });
  test.each(KEPT)('%s', (text, role, actor) => {
    expect(sideOf(text, role)).toContain(actor);
  });
  test.each(NO_TARGET)('%s', (text) => {
    expect(sideOf(text, 'target')).toEqual([]);
  });
  test('a word in capitals that is no group names no actor', () => {
    const ev = eventsOf('THE ARMY IS SENDING TROOPS after gunmen killed 5 soldiers in Kidal.');
    expect(ev.flatMap((e) => e.actors.map((a) => a.name))).not.toContain('Islamic State');
  });
});
