import { DOMAIN } from './outlet-names.js';

const CAPTION_START = /^(?:foto|photo|gambar|ilustrasi|image|dok(?:umentasi)?|tangkapan layar|screenshot)(?:\s*:|\s)/iu;
const CAPTION_CREDIT = /\(\s*(?:foto|photo|ilustrasi|dok|image|gambar)\b[^)]*\)\s*\.?$|\(\s*[^)]*\b(?:getty images|photo|foto|handout|antara foto|epa|shutterstock|istock)\b[^)]*\)\s*\.?$/iu;
const TRAILING_PHOTO_CREDIT = /\b(?:[Ff]oto|FOTO|[Pp]hoto|PHOTO|[Ii]lustrasi)\s*:?\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s*$/u;
const WHOLE_DOMAIN = new RegExp(`^${DOMAIN.source}$`, 'iu');

/** A photo caption or credit: "Menlu AS Anthony Blinken.(AFP Via Getty Images)", "Kim Jong Un Dan Vladimir Putin Foto DW". */
export function isCaption(line: string): boolean {
  const text = line.trim();
  if (CAPTION_START.test(text) || CAPTION_CREDIT.test(text)) return true;
  // "… Foto DW": a credit closing a short caption, never a sentence of the story
  return TRAILING_PHOTO_CREDIT.test(text) && !/[.!?]$/u.test(text) && text.split(/\s+/u).length <= 25;
}

/** A line that is nothing but a web domain ("visitaaponce.com"). */
export function isDomainLine(line: string): boolean {
  return WHOLE_DOMAIN.test(line.trim());
}

/** "Editor: Adjeng Hatalea", "Penulis : …", "Reporter: …": the person named, or null. */
export function parseCreditLine(line: string): { role: string; name: string } | null {
  const m = /^(editor|penyunting|redaktur|reporter|penulis|pewarta|kontributor|writer|written by|edited by|oleh|by)\s*:?\s+(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,4})\s*$/iu.exec(line.trim());
  return m ? { role: m[1]!.toLowerCase(), name: m[2]! } : null;
}

/** Reads like a paragraph of article text rather than a headline, label or link. */
export function isParagraphLike(line: string): boolean {
  const words = line.trim().split(/\s+/u).length;
  return words >= 8 && (/[.!?"'\u201D\u2019)]$/u.test(line.trim()) || line.length >= 160);
}

/** Reads like a headline: a few words, no final stop. */
export function isHeadlineLike(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/u).length;
  return words >= 3 && words <= 30 && text.length <= 250 && !/[.!?]$/u.test(text);
}
