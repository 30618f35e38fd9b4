// Planned or occurred: the cue words before a trigger noun. Sentences are our own.
import { eventsOf } from './helpers/extract.js';

const statusOf = (s: string, type = 'attack') => eventsOf(s).filter((e) => e.type === type).map((e) => e.status);

describe('a long-planned event told as launched has occurred', () => {
  test.each([
    'Ethiopian troops on Monday launched their long-planned offensive on rebel positions near Dolow, killing 12 fighters.',
    'Nigerian troops on Sunday began their long-expected offensive against the insurgents, killing 20 fighters.',
  ])('%s', (s) => {
    expect(statusOf(s)).toContain('occurred');
    expect(statusOf(s)).not.toContain('planned');
  });
});

describe('a planned event not yet under way stays planned', () => {
  test.each([
    'Kenyan officials said the planned offensive against the militants in Lamu would begin next month.',
    'Diplomats warned that the upcoming assault on the rebel-held town could kill hundreds of civilians.',
  ])('%s', (s) => {
    expect(statusOf(s)).not.toContain('occurred');
  });
});
