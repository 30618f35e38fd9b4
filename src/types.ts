// Shapes shared by the pipeline's stages.

/** One input document, as read from a file, a JSONL line, stdin or an HTML page. */
export interface InputDoc {
  /** file name without extension, the JSONL record id, or "stdin" */
  id: string;
  /** the text the events' evidence offsets point into */
  text: string;
  /** reference (publication) date, YYYY-MM-DD, when the input carries one */
  date?: string;
  title?: string;
}

/** Options that change what the extractor produces for a document. */
export interface ExtractOptions {
  /** `--date`: reference date YYYY-MM-DD; a document's own `date` wins over it */
  referenceDate?: string;
  /** `--explain`: also say what each rule proposed and why each candidate was kept, merged or dropped */
  explain?: boolean;
}
