// Shapes shared by the pipeline's stages.

/** One input document, as read from a file, a JSONL line, stdin or an HTML page. */
export interface InputDoc {
  /** file name without extension, the JSONL record id (its url when it has none), or "stdin" */
  id: string;
  /** the text the events' evidence offsets point into */
  text: string;
  /** reference (publication) date, YYYY-MM-DD, when the input carries one */
  date?: string;
  title?: string;
  /** carried into every event of the document as `meta` (a JSONL record's other fields; a URL input's `url`) */
  meta?: Record<string, unknown>;
}

/** Options that change what the extractor produces for a document. */
export interface ExtractOptions {
  /** `--date`: reference date YYYY-MM-DD; a document's own `date` wins over it */
  referenceDate?: string;
  /** `--type`: print only events of these types (ids are those of the unfiltered run, so runs can be joined) */
  types?: string[];
  /** `--min-confidence`: print only events whose confidence is at least this */
  minConfidence?: number;
  /** `--explain`: also say what each rule proposed and why each candidate was kept, merged or dropped */
  explain?: boolean;
}
