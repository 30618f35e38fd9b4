// What a queued document is in Redis: a BullMQ job whose id is a hash of the document (so adding the same input
// twice adds nothing), whose data is the document as read, and whose result is its extraction. Input order is
// kept beside the jobs, in a sorted set of job ids scored by the order they were first added in.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ExtractOptions, InputDoc } from '../types.js';
import type { ExtractResult } from '../pipeline/extract.js';

/** The BullMQ job name of a document (one job, one document). */
export const DOCUMENT_JOB = 'document';

/** Retries of a document whose extraction threw (a worker process that ran out of memory, a bug): 3 attempts, 2 s
 *  then 4 s apart; then the job stays failed with its error. Kept jobs: all, until `extract queue clear`. */
export const JOB_OPTIONS = { attempts: 3, backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: false, removeOnFail: false } as const;

const DocSchema = z.object({
  id: z.string().min(1), text: z.string(), date: z.string().optional(), title: z.string().optional(),
  meta: z.record(z.string(), z.unknown()).optional(),
});

/** A queued document: as read by `extract queue add`, with the extraction options of that command. */
export const JobDataSchema = z.object({
  doc: DocSchema,
  /** the input it came from, for messages ("wire.jsonl:12") */
  source: z.string(),
  /** `--date` of `queue add` (a document's own date wins over it) */
  options: z.object({ referenceDate: z.string().optional() }),
  /** why only the first part of the input was read (its events are kept; the document counts as failed) */
  cut: z.string().optional(),
});
export type JobData = z.infer<typeof JobDataSchema>;

/** What a worker stores as the job's result: the extraction without --explain's account. */
export type JobResult = Pick<ExtractResult, 'events' | 'invalid' | 'warnings'>;

/** The job id of a document: a hash of its id, text, title and reference date (its own date, else `--date`, which
 *  changes what "Wednesday" means), so the same document always gets the same id and another reading another. */
export function jobIdOf(doc: InputDoc, options: Pick<ExtractOptions, 'referenceDate'>): string {
  const h = createHash('sha256');
  for (const part of [doc.id, doc.text, doc.title ?? '', doc.date ?? options.referenceDate ?? '']) h.update(`${part.length}:${part}`);
  return `doc-${h.digest('hex').slice(0, 32)}`;
}

/** Our own keys, beside BullMQ's (`bull:<queue>:…`): the input order of a queue's documents and its counter. */
export function orderKeys(queue: string): { order: string; counter: string } {
  return { order: `extract:${queue}:order`, counter: `extract:${queue}:counter` };
}
