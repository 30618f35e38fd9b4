// A worker thread of the batch pool: one document in, its extraction result out.
import { extractEvents, type ExtractResult } from './extract.js';
import type { ExtractOptions, InputDoc } from '../types.js';

export default function run(task: { doc: InputDoc; options: ExtractOptions }): ExtractResult {
  return extractEvents(task.doc, task.options);
}
