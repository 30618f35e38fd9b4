// "2020-02-11": a date in ISO form; a month or day out of range is no date.
import { daysIn, iso, utcDay } from '../calendar.js';
import { drop, type DateParser } from '../types.js';

const PATTERN = /(?<![\d-])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?![\d-])/g;

export const isoDateParser: DateParser = {
  id: 'iso-date',
  pattern: () => PATTERN,
  extract(ctx, m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo))) return drop('no such month or day');
    return { text: m[0], value: iso(utcDay(y, mo, d)), precision: 'day' };
  },
};
