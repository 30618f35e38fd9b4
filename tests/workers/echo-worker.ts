// A light worker for batch-runner tests (no extractor loaded): it spins for the time the document's text asks for,
// so documents finish out of order; "throw" throws, "crash" kills the worker process.
import { serve } from '../../src/pipeline/serve.js';

serve((doc, options) => {
  if (doc.id === 'crash') process.exit(3);
  if (doc.id === 'throw') throw new Error('the extractor broke on this one');
  const until = Date.now() + (Number(/spin (\d+)/.exec(doc.text)?.[1]) || 0);
  while (Date.now() < until) { /* busy, like tagging */ }
  return { events: [], invalid: [], warnings: [`done ${doc.id} with ${options.referenceDate ?? 'no date'}`] };
});
