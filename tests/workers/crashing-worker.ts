// A worker for the batch and queue tests: it dies on the document whose id is "crash", and extracts the others.
import { extractEvents } from '../../src/pipeline/extract.js';
import { serve } from '../../src/pipeline/serve.js';

serve((doc, options) => {
  if (doc.id === 'crash') process.exit(3);
  return extractEvents(doc, options);
});
