import { calendarLexicon as calendar } from './lexicons.js';

const months: Record<string, number> = calendar.months;
const weekdays: Record<string, number> = calendar.weekdays;
const monthNames = Object.keys(months)
  .sort((a, b) => b.length - a.length)
  .join('|');
const weekdayNames = Object.keys(weekdays)
  .sort((a, b) => b.length - a.length)
  .join('|')
  .replace(/'/g, "['’]");
const zones = calendar.timezones.join('|');

const NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/u;
// (an ISO date may run on into its time: "2024-10-29T10:12:00+07:00")
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:\b|(?=T\d))/u;
// English ordinals are allowed ("15th June 2025", "June 15th, 2025").
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${monthNames})\\.?,?\\s+(\\d{4})\\b`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`\\b(${monthNames})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'iu');
const TIME = new RegExp(`\\b\\d{1,2}[:.]\\d{2}(?:\\s*(?:${zones}|am|pm))?\\b`, 'iu');
const WEEKDAY = new RegExp(`^(?:${weekdayNames})\\b`, 'iu');
// Labels of a page's date line, in both languages ("Diperbarui", "Tayang", "Last updated on", "First published").
const LABEL =
  /^(?:(?:last|first|originally)\s+)?(?:diterbitkan|dipublikasikan|dipublikasi|terbit|tayang|ditayangkan|dirilis|diunggah|diposting|dibuat|ditulis|diperbarui|diperbaharui|pembaruan|diupdate|terakhir\s+diperbarui|published|updated|modified|posted|released|uploaded|tanggal|date)\b(?:\s+(?:on|pada|at|:))?/iu;

/** A calendar date as YYYY-MM-DD, or null when the numbers are not a real date. */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (year < 1900 || year > 2100) return null;
  return date.toISOString().slice(0, 10);
}

function findDate(text: string): { iso: string; match: RegExpExecArray } | null {
  let m = ISO.exec(text);
  if (m) {
    const iso = isoDate(+m[1]!, +m[2]!, +m[3]!);
    if (iso) return { iso, match: m };
  }
  m = NUMERIC.exec(text);
  if (m) {
    // day first, as Indonesian and British pages write it; month first ("10/29/2024") only where
    // no day-first reading exists, so that an ambiguous "10/11/2024" is never read the American way
    const iso = isoDate(+m[3]!, +m[2]!, +m[1]!) ?? (+m[1]! <= 12 && +m[2]! > 12 ? isoDate(+m[3]!, +m[1]!, +m[2]!) : null);
    if (iso) return { iso, match: m };
  }
  m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const iso = isoDate(+m[3]!, months[m[2]!.toLowerCase()]!, +m[1]!);
    if (iso) return { iso, match: m };
  }
  m = MONTH_DAY_YEAR.exec(text);
  if (m) {
    const iso = isoDate(+m[3]!, months[m[1]!.toLowerCase()]!, +m[2]!);
    if (iso) return { iso, match: m };
  }
  return null;
}

/** A byline or date line: "Dian Kusumo Hapsari 25/06/2024 10:01 WIB", "Kamis, 22 September 2022". */
export interface DateLine {
  readonly published: string;
  /** The words around the date that name a person, when they do. */
  readonly byline: string | null;
}

/**
 * Reads a publication date from a line that is a byline or a date line, and only such a line:
 * a short line whose date has a weekday, a time, a label ("Diterbitkan") or a name beside it,
 * never a sentence that merely mentions a date (a caption, a related link, a story's own dates).
 */
export function parseDateLine(line: string): DateLine | null {
  const text = line.trim();
  if (text.length > 120 || /^(?:foto|photo|gambar|ilustrasi|baca|©|\(c\)|copyright)/iu.test(text)) return null;
  const found = findDate(text);
  if (!found) return null;
  const before = text.slice(0, found.match.index).trim();
  const after = text.slice(found.match.index + found.match[0].length).trim();
  const rest = `${before} ${after}`
    .replace(TIME, ' ')
    .replace(new RegExp(`\\b(?:${zones})\\b`, 'giu'), ' ')
    .replace(/[|,·•\-–—:()]+/gu, ' ')
    .trim();
  // ("Diperbarui: Selasa, 29 Okt 2024": the weekday may follow the label)
  const hasWeekday = WEEKDAY.test(before) || WEEKDAY.test(before.replace(LABEL, '').replace(/^[\s:|,·•\-–—]+/u, ''));
  const hasTime = TIME.test(after) || TIME.test(before);
  const labelled = LABEL.test(before);
  const words = rest.split(/\s+/u).filter((w) => w !== '' && !BY.test(w));
  const nameWords = words.filter((w) => !WEEKDAY.test(w) && !LABEL.test(w) && !AT.test(w));
  const looksLikeName = nameWords.length > 0 && nameWords.length <= 5 && nameWords.every((w) => /^\p{Lu}/u.test(w));
  if (!(hasWeekday || hasTime || labelled || looksLikeName || words.length === 0)) return null;
  if (nameWords.length > 5) return null;
  return { published: found.iso, byline: looksLikeName ? nameWords.join(' ') : null };
}

const BY = /^(?:by|oleh)$/iu;
const AT = /^(?:at|pukul|jam)$/iu;

/**
 * A date line that is a date and nothing else ("Selasa, 17 Februari 2026"): no time, no label, no
 * name. Above a page's title such a line is the site's current-date header, not the article's date.
 */
export function isBareDateLine(line: string): boolean {
  const text = line.trim();
  const found = findDate(text);
  if (!found) return false;
  const before = text.slice(0, found.match.index).trim();
  const after = text.slice(found.match.index + found.match[0].length).trim();
  if (TIME.test(after) || TIME.test(before) || LABEL.test(before)) return false;
  return `${before} ${after}`
    .replace(/[|,·•\-–—:()]+/gu, ' ')
    .trim()
    .split(/\s+/u)
    .every((w) => w === '' || WEEKDAY.test(w));
}

// ---------- a date printed in a URL, confirmed by the article's own words ----------

const URL = /https?:\/\/[^\s)\]"'<>]+/giu;
/** "/2024/06/25/", "/2024-06-25", "/20250702094644-12-…" (a date and a time run together). */
const URL_DATES = [/\/(20\d{2})\/(\d{1,2})\/(\d{1,2})(?!\d)/u, /[/_-](20\d{2})-(\d{2})-(\d{2})(?!\d)/u, /\/(20\d{2})(\d{2})(\d{2})(?:\d{4,6})?(?!\d)/u];
const NUMERIC_NO_YEAR = new RegExp(`\\b(${weekdayNames})\\b[\\s,]*\\(?\\s*(\\d{1,2})\\/(\\d{1,2})(?![\\d/])`, 'giu');
const DAY_MONTH_NO_YEAR = new RegExp(`\\b(${weekdayNames})\\b[\\s,]*\\(?\\s*(\\d{1,2})\\s+(${monthNames})\\b\\.?(?![\\s,]*\\d)`, 'giu');
const MONTH_DAY_NO_YEAR = new RegExp(`\\b(${weekdayNames})\\b[\\s,]*\\(?\\s*(${monthNames})\\b\\.?\\s+(\\d{1,2})(?![\\d,]|,?\\s+\\d{4})`, 'giu');
const DAY = 86_400_000;

/** The weekday-and-day mentions without a year in a text ("Senin (24/6)", "Tuesday, October 7"), as [weekday, month, day]. */
function weekdayMentions(text: string): [number, number, number][] {
  const found: [number, number, number][] = [];
  for (const m of text.matchAll(NUMERIC_NO_YEAR)) found.push([weekdays[m[1]!.toLowerCase().replace('’', "'")]!, +m[3]!, +m[2]!]);
  for (const m of text.matchAll(DAY_MONTH_NO_YEAR)) found.push([weekdays[m[1]!.toLowerCase().replace('’', "'")]!, months[m[3]!.toLowerCase()]!, +m[2]!]);
  for (const m of text.matchAll(MONTH_DAY_NO_YEAR)) found.push([weekdays[m[1]!.toLowerCase().replace('’', "'")]!, months[m[2]!.toLowerCase()]!, +m[3]!]);
  return found.filter(([w]) => w !== undefined);
}

/**
 * The publication date a page gives only in a URL it prints (its own link, an image uploaded
 * with the article: ".../2024/06/25/…jpg"), used only when the article's own words confirm it: a
 * weekday with a day and month and no year ("Selasa (25/6)", "Senin, 24 Juni") that falls on
 * that weekday within the ten days up to the URL's date. A URL date nothing confirms (a related
 * link, an old photo) is never taken: null then. The latest confirmed date wins.
 */
export function confirmedUrlDate(raw: string, body: readonly string[]): string | null {
  const urls = raw.match(URL);
  if (!urls) return null;
  const candidates = new Set<string>();
  for (const url of urls) {
    for (const pattern of URL_DATES) {
      const m = pattern.exec(url);
      const iso = m && isoDate(+m[1]!, +m[2]!, +m[3]!);
      if (iso) candidates.add(iso);
    }
  }
  if (candidates.size === 0) return null;
  const mentions = body.flatMap(weekdayMentions);
  if (mentions.length === 0) return null;
  let best: string | null = null;
  for (const iso of candidates) {
    const at = Date.parse(iso);
    const year = +iso.slice(0, 4);
    const confirmed = mentions.some(([weekday, month, day]) =>
      [year, year - 1].some((y) => {
        const told = isoDate(y, month, day);
        if (!told) return false;
        const t = Date.parse(told);
        return at - t >= 0 && at - t <= 10 * DAY && new Date(t).getUTCDay() === weekday;
      }),
    );
    if (confirmed && (best === null || iso > best)) best = iso;
  }
  return best;
}
