// HTML pages: the article's main text by @mozilla/readability on a linkedom DOM, with its title and published
// date (meta tags, JSON-LD, <time>) as the document's title and reference date. Evidence offsets refer to the text
// made here: blocks (paragraphs, headings, list items) separated by blank lines, spaces collapsed inside them.
// `extract page.html --emit-text` shows it.
// linkedom and Readability load with `loadHtmlParser()`, awaited by the readers before their first HTML page, not with
// this module: importing them costs 140–500 ms, which a run over plain text or JSONL (and `--help`) should not pay.
import type { InputDoc } from '../types.js';

type Linkedom = typeof import('linkedom');
type ReadabilityModule = typeof import('@mozilla/readability');
let parser: { parseHTML: Linkedom['parseHTML']; Readability: ReadabilityModule['Readability'] } | undefined;

/** Loads the HTML parser (linkedom) and Readability, once: await it before `parseHTML` or `htmlToDocument`. */
export async function loadHtmlParser(): Promise<void> {
  if (parser) return;
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  parser = { parseHTML, Readability };
}

function loaded(): NonNullable<typeof parser> {
  if (!parser) throw new Error('html.ts: await loadHtmlParser() before reading HTML');
  return parser;
}

/** linkedom's parseHTML (after `loadHtmlParser()`). */
export function parseHTML(html: string): ReturnType<Linkedom['parseHTML']> {
  return loaded().parseHTML(html);
}

/** Meta tags that carry a page's publication date, most specific first. */
const DATE_META = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="publish-date"]', 'meta[name="date"]',
  'meta[name="dc.date"]', 'meta[name="DC.date.issued"]', 'meta[name="dcterms.date"]', 'meta[property="og:published_time"]',
];

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg']);

/** The YYYY-MM-DD day at the start of a date-time string, when it is a real day. */
export function isoDay(s: string | null | undefined): string | undefined {
  const m = s ? /^\s*(\d{4}-\d{2}-\d{2})/.exec(s) : null;
  if (!m) return undefined;
  const d = new Date(`${m[1]}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === m[1] ? m[1] : undefined;
}

function jsonLdDate(document: Document): string | undefined {
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const stack: unknown[] = [JSON.parse(s.textContent ?? '')];
      while (stack.length) {
        const v = stack.pop();
        if (Array.isArray(v)) stack.push(...v);
        else if (v && typeof v === 'object') {
          const o = v as Record<string, unknown>;
          const d = isoDay(typeof o.datePublished === 'string' ? o.datePublished : undefined);
          if (d) return d;
          if (o['@graph']) stack.push(o['@graph']);
        }
      }
    } catch { /* not JSON: ignore this script */ }
  }
  return undefined;
}

/** The page's publication day: meta tags, then JSON-LD, then the first <time datetime>. */
function publishedDate(document: Document): string | undefined {
  for (const sel of DATE_META) {
    const d = isoDay(document.querySelector(sel)?.getAttribute('content'));
    if (d) return d;
  }
  return jsonLdDate(document) ?? isoDay(document.querySelector('time[datetime]')?.getAttribute('datetime'));
}

/** Visible text of a DOM subtree: blocks on their own paragraphs, <br> as a line break, whitespace collapsed. */
export function blockText(root: Node): string {
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/[ \t\f\v\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();
    if (t) blocks.push(t);
    line = '';
  };
  const visit = (n: Node) => {
    if (n.nodeType === 3) { line += (n.textContent ?? '').replace(/\s+/g, ' '); return; }
    if (n.nodeType !== 1) return;
    const name = (n as Element).tagName.toUpperCase();
    if (SKIPPED.has(name) || SKIPPED.has((n as Element).tagName)) return;
    if (name === 'BR') { line += '\n'; return; }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const c of n.childNodes) visit(c);
    if (block) flush();
    else if (name === 'TD' || name === 'TH') line += ' ';
  };
  visit(root);
  flush();
  return blocks.join('\n\n');
}

/** An HTML page → a document, or null when it has no readable text (after `loadHtmlParser()`). */
export function htmlToDocument(html: string, id: string): InputDoc | null {
  const { document } = parseHTML(html.includes('<html') ? html : `<!doctype html><html><body>${html}</body></html>`);
  const date = publishedDate(document as unknown as Document);
  const pageTitle = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  const { Readability } = loaded();
  let article: ReturnType<InstanceType<typeof Readability>['parse']> = null;
  try {
    // Readability changes the DOM it reads: give it its own copy
    article = new Readability(parseHTML(html).document as unknown as Document).parse();
  } catch {
    article = null;
  }
  let text = '';
  if (article?.content) text = blockText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as unknown as Node);
  if (!text && document.body) text = blockText(document.body as unknown as Node);
  if (!text) return null;
  const doc: InputDoc = { id, text };
  const d = date ?? isoDay(article?.publishedTime);
  if (d) doc.date = d;
  const title = article?.title?.trim() || pageTitle;
  if (title) doc.title = title;
  return doc;
}
