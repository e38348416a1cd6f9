import { DOMAIN } from './outlet-names.js';

const CAPTION_START = /^(?:foto|photo|gambar|ilustrasi|image|dok(?:umentasi)?|tangkapan layar|screenshot)(?:\s*[:/]|\s|\.|$)/iu;
const CAPTION_CREDIT =
  /\(\s*(?:foto|photo|ilustrasi|dok|image|gambar)\b[^)]*\)\s*\.?$|\(\s*[^)]*\b(?:getty images|photo|foto|handout|antara foto|epa|shutterstock|istock)\b[^)]*\)\s*\.?$/iu;
const TRAILING_PHOTO_CREDIT = /\b(?:[Ff]oto|FOTO|[Pp]hoto|PHOTO|[Ii]lustrasi)\s*:?\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s*$/u;
// "(CNN Indonesia/Adhi Wicaksono)": an outlet or agency and a photographer, in brackets closing a caption.
// (A reporter's sign-off, "(AFP/Z-4)", "(FAI/CAS)", has no space in its parts.)
const BRACKETED_CREDIT = /\(\s*[^()/]*\p{L}\s+\p{L}[^()/]*\/[^()]*\)\s*\.?$|\(\s*[^()/]*\/[^()]*\p{L}\s+\p{L}[^()]*\)\s*\.?$/u;
// "… Kamis 15/2/2024. I Merinda Faradianti/Forum Keadilan", "… May 8, 2025. REUTERS/Zahra Matarani":
// after the caption's last sentence, a credit of capitalised names joined by a slash.
const CREDIT_NAMES = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}`;
const TRAILING_SLASH_CREDIT = new RegExp(String.raw`[.!?]\s+(?:I\s+)?${CREDIT_NAMES}\s*\/\s*${CREDIT_NAMES}(?:\s*\/\s*\p{L}{1,6})?\s*\.?$`, 'u');
// A credit line alone: "PHOTO: REUTERS", "REUTERS/Zahra Matarani", "ANTARA FOTO/Asprilla Dwi Adha/nym.", "- istimewa".
// (Case-sensitive: with the i flag, \p{Lu} would match lower case too.)
const NAMES_CREDIT_LINE = new RegExp(String.raw`^${CREDIT_NAMES}\s*\/\s*${CREDIT_NAMES}(?:\s*\/\s*\p{L}{1,6})?\s*\.?$`, 'u');
const LABELLED_CREDIT_LINE =
  /^(?:(?:foto|photo|image|gambar|ilustrasi|credit|kredit|tangkapan layar|screenshot|dok(?:umentasi)?)\s*[:/]\s*.{1,60}|[-–—]?\s*(?:istimewa|dok\.? pribadi|dokumentasi pribadi|handout|ist\.?))$/iu;
const WHOLE_DOMAIN = new RegExp(`^${DOMAIN.source}$`, 'iu');

/** A photo caption or credit: "Menlu AS Anthony Blinken.(AFP Via Getty Images)", "Kim Jong Un Dan Vladimir Putin Foto DW". */
export function isCaption(line: string): boolean {
  const text = line.trim();
  if (CAPTION_START.test(text) || CAPTION_CREDIT.test(text) || isPhotoCredit(text)) return true;
  // (both credits hold a slash near the end: most lines are not tried)
  const slash = text.lastIndexOf('/');
  if (slash >= 0 && slash >= text.length - 90 && (text.endsWith(')') ? BRACKETED_CREDIT.test(text) : TRAILING_SLASH_CREDIT.test(text))) return true;
  // "… Foto DW": a credit closing a short caption, never a sentence of the story
  return TRAILING_PHOTO_CREDIT.test(text) && !/[.!?]$/u.test(text) && text.split(/\s+/u).length <= 25;
}

/** A photo credit standing alone on its line: "PHOTO: REUTERS", "REUTERS/Zahra Matarani", "Foto: Istimewa". */
export function isPhotoCredit(line: string): boolean {
  const text = line.trim();
  return text.length <= 80 && (NAMES_CREDIT_LINE.test(text) || LABELLED_CREDIT_LINE.test(text));
}

/** A line that is nothing but a web domain ("visitaaponce.com"). */
export function isDomainLine(line: string): boolean {
  return WHOLE_DOMAIN.test(line.trim());
}

/** "Editor: Adjeng Hatalea", "Penulis : …", "Reporter: …": the person named, or null. */
export function parseCreditLine(line: string): { role: string; name: string } | null {
  const m =
    /^(editor|penyunting|redaktur|reporter|penulis|pewarta|kontributor|writer|written by|edited by|oleh|by)\s*:?\s+(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,4})\s*$/iu.exec(
      line.trim(),
    );
  return m ? { role: m[1]!.toLowerCase(), name: m[2]! } : null;
}
