// Does confidence mean something? Our events split by confidence band, with the share of each band that the gold
// says is right: events under 0.5 should be mostly wrong, those at 0.8 and over mostly right (issue 9). Which events
// are right is each scorer's call (PLOVER: the record's type; WikiEvents: attack events only, right when the evidence covers a gold
// trigger; AG News: no event outside World is right).
import type { FileReport, Measure } from './types.js';
import { rate } from './match.js';

const BANDS = [
  { label: 'under 0.5', below: 0.5, target: { op: '<=' as const, value: 0.5 } },
  { label: '0.5 to 0.8', below: 0.8, target: undefined },
  { label: '0.8 and over', below: Infinity, target: { op: '>=' as const, value: 0.5 } },
];

/** Per band: [right, all] of our events. */
export type ConfidenceTally = [number, number][];

export function confidenceTally(): ConfidenceTally { return BANDS.map(() => [0, 0]); }

export function tickConfidence(t: ConfidenceTally, confidence: number, right: boolean): void {
  const band = t[BANDS.findIndex((b) => confidence < b.below)]!;
  band[1]++;
  if (right) band[0]++;
}

const bandName = (label: string) => `our events right, confidence ${label}`;

/** One measure per band: the share of our events in it that are right (per file: no target, no floor; a band's
 *  share moves either way as events move between bands). */
export function confidenceMeasures(t: ConfidenceTally, records: number): Measure[] {
  return BANDS.map((b, i) => rate(bandName(b.label), t[i]![0], t[i]![1], records));
}

/** The bands pooled over every file scored that has them: the figures the targets are for ("mostly wrong" under
 *  0.5, "mostly right" at 0.8 and over), null when fewer than two such files were scored. */
export function pooledConfidence(all: FileReport[]): FileReport | null {
  const files = all.filter((f) => f.measures.some((m) => m.name === bandName(BANDS[0]!.label)));
  if (files.length < 2) return null;
  const measures = BANDS.map((b) => {
    const of = files.flatMap((f) => f.measures.filter((m) => m.name === bandName(b.label)));
    const right = of.reduce((n, m) => n + (m.numerator ?? 0), 0);
    const all = of.reduce((n, m) => n + (m.denominator ?? 0), 0);
    return rate(bandName(b.label), right, all, files.reduce((n, f) => n + f.records, 0), b.target);
  });
  return { file: 'all files', format: 'pooled', records: files.reduce((n, f) => n + f.records, 0), measures };
}
