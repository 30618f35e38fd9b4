// HTML pages: the article's main text by @mozilla/readability on a linkedom DOM, with its title and published
// date (meta tags, <time>) as the document's title and reference date. Evidence offsets refer to this text.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { InputDoc } from '../types.js';

const DATE_META = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[name="pubdate"]',
  'meta[name="publishdate"]', 'meta[name="date"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]',
  'meta[itemprop="datePublished"]', 'meta[property="og:published_time"]',
];

function isoDay(s: string | null | undefined): string | undefined {
  const m = s ? /(\d{4}-\d{2}-\d{2})/.exec(s) : null;
  return m && !Number.isNaN(Date.parse(m[1])) ? m[1] : undefined;
}

export function htmlToDocument(html: string, id: string): InputDoc | null {
  const { document } = parseHTML(html);
  let date: string | undefined;
  for (const sel of DATE_META) {
    date = isoDay(document.querySelector(sel)?.getAttribute('content'));
    if (date) break;
  }
  date ??= isoDay(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(document as unknown as Document).parse();
  } catch {
    article = null;
  }
  const title = article?.title || document.querySelector('title')?.textContent?.trim() || undefined;
  // paragraphs joined by blank lines, so sentences and paragraphs survive the extraction
  let text = '';
  if (article?.content) {
    const { document: body } = parseHTML(`<html><body>${article.content}</body></html>`);
    const blocks = [...body.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td')]
      .filter((el) => !el.querySelector('p, li, blockquote'))
      .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    text = blocks.join('\n\n');
  }
  if (!text) text = (article?.textContent ?? document.body?.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
  if (!text) return null;
  return { id, text, date: date ?? isoDay(article?.publishedTime), title };
}
