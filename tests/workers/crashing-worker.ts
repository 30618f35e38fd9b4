// A worker for the batch test: it dies on the document whose id is "crash", and extracts the others.
import run from '../../src/pipeline/worker.js';
import type { ExtractOptions, InputDoc } from '../../src/types.js';

export default function crashing(task: { doc: InputDoc; options: ExtractOptions }) {
  if (task.doc.id === 'crash') process.exit(3);
  return run(task);
}
