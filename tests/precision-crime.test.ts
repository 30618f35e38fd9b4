// attack:ordinary-crime (issue 9): violence done by a private person told by age, with nothing armed around, is
// ordinary crime and yields no event; a victim told by age, an armed doer, an armed attacker, a conflict setting or a
// conflict document keeps the attack. Our own sentences.
import { extractEvents } from '../src/pipeline/extract.js';
import { eventsOf, REF_DATE } from './helpers/extract.js';

function dropReasons(text: string): string[] {
  const r = extractEvents({ id: 't', text, date: REF_DATE }, { explain: true });
  return (r.explain?.candidates ?? []).filter((c) => c.outcome === 'dropped').map((c) => c.reason);
}

const CRIME: string[] = [
  'A 23-year-old man shot and killed his neighbour in Dayton on Sunday.',
  'In ten minutes, 16-year-old Tom Baker ran over a traffic warden, stole his radio and shot and killed two shoppers.',
  'A 41-year-old woman stabbed her husband to death at their flat in Leeds.',
  'Police said a 17-year-old boy shot dead a classmate at a school in Ohio.',
  'A 35-year-old father shot dead his two children before turning the gun on himself.',
  'An 18-year-old student opened fire in a shopping centre in Perth, killing three people.',
  'A 52-year-old farmer shot dead a neighbour over a land dispute in Limpopo.',
  'A 29-year-old driver attacked two passengers with a knife on a night bus in Bristol.',
  'A 15-year-old shot and wounded four people at a birthday party in Tulsa.',
  'A 60-year-old man murdered his landlord in a row over rent, police said.',
];

/** Told by age, and still an attack: the age is the victim's, or something armed is around. */
const ATTACK: [text: string, why: string][] = [
  ['Soldiers shot dead a 14-year-old boy at a checkpoint near Nablus on Monday.', 'the victim is told by age'],
  ['A 14-year-old boy was shot dead by troops in Srinagar on Monday.', 'a passive: the aged person is the victim'],
  ['A 19-year-old gunman killed five worshippers at a mosque in Quetta.', 'an armed doer'],
  ['A 16-year-old suicide bomber killed 12 soldiers at a checkpoint in Kunduz.', 'an armed doer'],
  ['A 20-year-old militant shot dead two policemen in Pulwama on Tuesday.', 'an armed doer'],
  ['Rebels said a 30-year-old fighter attacked an army post in Kidal with grenades.', 'a weapon and armed words'],
  ['Amid the insurgency, a 25-year-old man shot dead a village chief in Borno.', 'a conflict setting'],
  ['Jihadists attacked a village near Djibo on Monday, killing nine. A 22-year-old herder shot dead two of them as they fled.', 'a conflict document'],
  ['Gunmen shot dead a 70-year-old imam outside his mosque in Kaduna.', 'an armed attacker'],
  ['A 12-year-old girl was among three people killed when a shell hit a market in Donetsk.', 'a shell and a passive'],
];

describe('ordinary crime yields nothing', () => {
  test.each(CRIME)('%s', (text) => {
    expect(eventsOf(text)).toEqual([]);
    expect(dropReasons(text).some((r) => r.startsWith('attack:ordinary-crime:'))).toBe(true);
  });
});

describe('the attack stands', () => {
  test.each(ATTACK)('%s (%s)', (text) => {
    expect(eventsOf(text).filter((e) => e.type === 'attack' || e.type === 'casualties')).not.toEqual([]);
  });
});
