import { calendarLexicon } from './lexicons.js';
import { DOMAIN, displayOutletName, isHostingDomain, knownOutletName, outletFromDomain, registrableDomain, wireName } from './outlet-names.js';

/** Where an outlet name was read; earlier kinds are more reliable. */
export type OutletEvidence =
  /** "JAKARTA, KOMPAS —", "Ntvnews.id, Jakarta -" */
  | 'dateline'
  /** a line naming a known outlet, or the name beside a date line ("Kompas.com - 15/01/2024") */
  | 'masthead'
  /** the page speaking of itself: "saat dihubungi IDN Times", "Reuters could not reach …" */
  | 'self'
  /** a copyright, follow-us or newsletter line naming the outlet or its domain */
  | 'footer'
  /** the outlet credited for a photo ("Ilustrasi. Metrotvnews.com.", "(CNN Indonesia/Adhi Wicaksono)") */
  | 'credit'
  /** the domain of an image path or a share link */
  | 'link'
  /** a line that is nothing but a domain */
  | 'domain-line'
  /** "Artikel ini telah tayang di X": the outlet that first ran the story */
  | 'syndication'
  /** a wire credited in the dateline ("SEOUL (Reuters) -"), when the page names no outlet of its own */
  | 'dateline-wire';

export const OUTLET_EVIDENCE_ORDER: readonly OutletEvidence[] = [
  'dateline',
  'masthead',
  'self',
  'footer',
  'credit',
  'link',
  'domain-line',
  'syndication',
  'dateline-wire',
];

export interface OutletClue {
  readonly name: string;
  readonly evidence: OutletEvidence;
}

const CALENDAR_WORDS = new Set([...Object.keys(calendarLexicon.months), ...Object.keys(calendarLexicon.weekdays)]);
// An outlet's name as a page writes it of itself: a domain, or up to four capitalised words ("IDN Times", "Kompas TV").
const NAME = String.raw`(?:[\p{L}\p{N}][\p{L}\p{N}-]*\.)+\p{L}{2,}(?:\.\p{L}{2})?|\p{Lu}[\p{L}\p{N}+&]*(?:\s\p{Lu}[\p{L}\p{N}+&]*){0,3}|\p{Ll}+\p{Lu}[\p{L}\p{N}]*(?:\.\p{L}{2,})*`;
/**
 * The page speaking of itself (Indonesian: "… katanya saat dihubungi Kompas, Kamis", "ketika
 * dihubungi IDN Times"; English: "Reuters could not reach Lembong", "The Star could not
 * independently verify"). "dilansir dari X", "mengutip X", "told X" are not here: they relay
 * another medium.
 */
const CONTACTED = new RegExp(
  String.raw`\b(?:[Ss]aat|[Kk]etika|[Ww]aktu|[Ss]ewaktu|[Tt]atkala|[Uu]sai|[Ss]etelah)\s+(?:di)?(?:hubungi|kontak|konfirmasi|wawancarai|temui)\s+(?:oleh\s+)?(${NAME})`,
  'gu',
);
const OBSERVED = new RegExp(
  String.raw`\b(?:[Bb]erdasarkan|[Dd]ari|[Mm]enurut|[Hh]asil)\s+(?:pantauan|catatan|penelusuran|pengamatan|liputan|investigasi)\s+(${NAME})`,
  'gu',
);
const COULD_NOT = new RegExp(
  String.raw`(?:^|[.!?]\s+|,\s+)((?:The\s+)?${NAME})\s+(?:could\s+not|was\s+unable\s+to|has\s+been\s+unable\s+to|did\s+not\s+immediately)\s+(?:immediately\s+|independently\s+)?(?:reach|contact|verify|confirm|receive\s+a\s+response)\b`,
  'gu',
);

/** The outlets a body paragraph shows the page speaking of itself. */
export function selfReferences(paragraph: string): OutletClue[] {
  const found: OutletClue[] = [];
  if (
    paragraph.includes('hubungi') ||
    paragraph.includes('kontak') ||
    paragraph.includes('konfirmasi') ||
    paragraph.includes('wawancarai') ||
    paragraph.includes('temui')
  ) {
    for (const m of paragraph.matchAll(CONTACTED)) addName(found, m[1]!, false);
  }
  if (/pantauan|catatan|penelusuran|pengamatan|liputan|investigasi/u.test(paragraph)) {
    // "Berdasarkan catatan Komnas HAM": an institution keeps records too, so only a name known as an outlet's
    for (const m of paragraph.matchAll(OBSERVED)) addName(found, m[1]!, true);
  }
  if (paragraph.includes(' not ') || paragraph.includes('unable')) {
    for (const m of paragraph.matchAll(COULD_NOT)) {
      // "Lembong could not confirm …" is a person: only an outlet's known name or domain, or "The X"
      addName(found, m[1]!, !m[1]!.startsWith('The '));
    }
  }
  return found;
}

function addName(found: OutletClue[], raw: string, knownOnly: boolean): void {
  const name = raw.replace(/[.,]+$/u, '');
  const first = name.split(/\s/u)[0]!.toLowerCase();
  if (CALENDAR_WORDS.has(first)) return;
  const domain = new RegExp(`^${DOMAIN.source}$`, 'iu').test(name);
  const known = knownOutletName(name) ?? (domain ? outletFromDomain(name) : null);
  if (knownOnly && known === null) return;
  const wire = wireName(name);
  // a wire that interviewed the source is the wire's story relayed, not the page's outlet
  if (wire && !knownOnly) return;
  found.push({ name: known ?? displayOutletName(name), evidence: 'self' });
}

const COPYRIGHT = /^(?:©|\(c\)|copyright|hak cipta)(?:\s*(?:©|\(c\)|copyright|\d{4}(?:\s*[-–]\s*\d{4})?|,|\.))*\s*(.+)$/iu;
const COMPANY = /^(?:pt|cv|tbk|inc|ltd|llc|corp)\b/iu;
const NAME_AT_START = /^(\p{Lu}[\p{L}\p{N}+&]*(?:\s+\p{Lu}[\p{L}\p{N}+&]*){0,3})/u;

/**
 * The outlet a copyright line names: its domain ("© 2025 TRIBUNnews.com Network"), else its name
 * up to the first punctuation ("Copyright © 2024 Harian Contoh. All rights reserved"); never a
 * company ("PT …").
 */
export function copyrightOutlet(line: string): string | null {
  if (line.length > 400) return null;
  const m = COPYRIGHT.exec(line.trim());
  if (!m) return null;
  const rest = m[1]!.trim();
  const domain = rest.match(DOMAIN)?.[0];
  if (domain) return outletFromDomain(domain);
  if (COMPANY.test(rest) || /^all rights?\b/iu.test(rest)) return null;
  const name = NAME_AT_START.exec(rest)?.[1];
  return name ? displayOutletName(name) : null;
}

const SYNDICATION =
  /^(?:artikel|berita|tulisan)\s+ini\s+(?:telah\s+|sudah\s+)?(?:tayang|terbit|dimuat|diterbitkan|ditayangkan)\s+(?:di|pada|oleh)\s+(.+?)(?:\s+(?:dengan\s+judul|berjudul)\s+["“”']?(.+?)["“”']?(?:\.|\s+(?:klik|baca|penulis|editor)\b.*)?)?$/iu;

/** "Artikel ini telah tayang di Kompas.com dengan judul "…"": the outlet that first ran the story, and its title. */
export function syndicationLine(line: string): { outlet: string; title: string | null } | null {
  // (a footer line is short; a long one is not tried, its lazy groups would cost too much)
  if (line.length > 400) return null;
  const m = SYNDICATION.exec(line.trim());
  if (!m) return null;
  const where = m[1]!.trim().replace(/[.,]+$/u, '');
  const domain = where.match(DOMAIN)?.[0];
  const outlet = domain ? outletFromDomain(domain) : (NAME_AT_START.exec(where)?.[1] ?? null);
  if (!outlet) return null;
  return { outlet: domain ? outlet : displayOutletName(outlet), title: m[2]?.trim() || null };
}

const URL = /\bhttps?:\/\/([^\s/?#)\]]+)([^\s)\]]*)/giu;
const NESTED_URL = /[?&](?:u|url|link|href)=(https?(?::|%3A)[^&\s)]+)/iu;

/**
 * The outlet domains of the links in a line of chrome: an image path ("![…](https://media.suara.com/…)"),
 * a share link (the article's own address inside "facebook.com/sharer.php?u=…"). Platforms, image
 * hosts and shorteners name no outlet.
 */
export function linkedDomains(line: string): string[] {
  const found: string[] = [];
  for (const m of line.matchAll(URL)) {
    let host = m[1]!;
    if (isHostingDomain(host)) {
      const nested = NESTED_URL.exec(m[2]!);
      if (!nested) continue;
      const inner = /^https?(?::|%3A)(?:\/\/|%2F%2F)([^/%?#]+)/iu.exec(nested[1]!);
      if (!inner) continue;
      host = inner[1]!;
      if (isHostingDomain(host)) continue;
    }
    const domain = registrableDomain(host.replace(/:\d+$/u, ''));
    if (!domain.includes('.') || found.includes(domain)) continue;
    found.push(domain);
  }
  return found.map((d) => outletFromDomain(d));
}

const SLASH_CREDIT = /([\p{L}.'’ -]{2,40})\/([\p{L}.'’ -]{2,40})(?:\/[\p{L}]{1,6})?\s*\.?\)?\s*\.?$/u;

/**
 * The outlet a photo credit names, when it is recognisably one: a domain ("Ilustrasi. Metrotvnews.com."),
 * or a known outlet's name on either side of the slash ("(CNN Indonesia/Adhi Wicaksono)"). A wire's photo
 * ("ANTARA FOTO/…", "REUTERS/…") names the photo's agency, not the page's outlet.
 */
export function creditOutlet(caption: string): string | null {
  const domain = caption.match(DOMAIN)?.find((d) => !isHostingDomain(d));
  if (domain && !wireName(domain.split('.')[0]!)) return outletFromDomain(domain);
  const m = SLASH_CREDIT.exec(caption);
  if (!m) return null;
  for (const side of [m[1]!, m[2]!]) {
    const name = side.replace(/^.*[.(]\s*/u, '').trim();
    const known = knownOutletName(name);
    if (known && !wireName(known)) return known;
  }
  return null;
}
