// A worker process of the pool (pool.ts) started without the start-up snapshot: it loads the extractor, then serves.
import { extractDocuments, extractEvents } from './extract.js';
import { serve } from './serve.js';

serve(extractEvents, extractDocuments);
