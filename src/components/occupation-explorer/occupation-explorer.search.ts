/**
 * Search matching for the occupation explorer: word beginnings and simple stems, in English and Spanish.
 * Pure and DOM-free.
 *
 * Each row's searchable text is folded once per document into one string of words, each preceded by a
 * space: the title's words as written, then their stems, then the SOC code in its forms. A query word then
 * matches when `key.includes(' ' + word)` or `key.includes(' ' + stem(word))`: a word beginning, found by
 * the engine's string search, with nothing allocated per row. A key press costs at most two `includes`
 * per query word per row, so the search stays linear in the rows.
 *
 * Why a light stemmer and not a real one (Snowball): the titles are short nouns, and what users miss is
 * "nurse" not finding "Nursing Assistants", "electric" not finding "Electricians" (a word beginning), or
 * "enfermera" not finding "Enfermeros" or "Enfermería". Stripping plurals, "-ing", Spanish "-ía" and a
 * final vowel (gender in Spanish, the silent "e" in English) on both sides covers those in a dozen lines;
 * the two languages share the rules, so a Spanish page with English titles (as the bundled SOC titles
 * are) finds them too.
 */

/** Lower case, accents and other combining marks removed: "Enfermería" -> "enfermeria". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A SOC-style code ("29-1141", "15-12"): kept whole, hyphen and all. */
const CODE = /^\d+(-\d*)?$/;
/** Anything between words: spaces, punctuation, hyphens, slashes. */
const BETWEEN = /[^\p{L}\p{N}]+/u;

/** The words of a query, folded; a SOC code stays one word. Every word must be found in a row. */
export function terms(query: string): string[] {
  const words: string[] = [];
  for (const part of fold(query).split(/\s+/)) {
    if (!part) continue;
    if (CODE.test(part)) words.push(part);
    else for (const word of part.split(BETWEEN)) if (word) words.push(word);
  }
  return words;
}

/**
 * A folded word's stem, by a few suffix rules shared by English and Spanish:
 * plurals ("technologies" -> "technologi", "nurses" -> "nurse", "enfermeras" -> "enfermera"), then "-ing"
 * ("nursing" -> "nurs"), then Spanish "-ia" ("enfermeria" -> "enfermer"), then a final a, e or o
 * ("nurse" -> "nurs", "enfermera" -> "enfermer"), and a final y as i ("technology" -> "technologi").
 * Words of three letters or fewer, and numbers, are left alone.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}i`;
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length >= 6) w = w.slice(0, -3);
  else if (w.endsWith('ia') && w.length >= 6) w = w.slice(0, -2);
  if (w.length > 3 && /[aeo]$/.test(w)) w = w.slice(0, -1);
  else if (w.length > 3 && w.endsWith('y')) w = `${w.slice(0, -1)}i`;
  return w;
}

/**
 * A row's search key: ` word … stem … code codeWithoutHyphen major minor`, every entry after a space, so
 * `includes(' ' + x)` finds x only at a word beginning.
 */
export function searchKey(title: string, code = ''): string {
  const words = fold(title).split(BETWEEN).filter(Boolean);
  const stems = words.map(stem).filter((s, i) => s !== words[i]);
  const codes = code ? [code, code.replace('-', ''), ...code.split('-')] : [];
  return ` ${[...words, ...stems, ...codes].join(' ')}`;
}

/** A query word as the forms looked for at a word beginning: as typed, and its stem when that differs. */
export interface Needle {
  readonly word: string;
  readonly stem: string | undefined;
}

/** The query's needles, built once per key press (not per row). */
export function needles(query: string): Needle[] {
  return terms(query).map((word) => {
    const stemmed = stem(word);
    return { word: ` ${word}`, stem: stemmed === word ? undefined : ` ${stemmed}` };
  });
}

/** Whether a search key holds every needle at a word beginning, as typed or by its stem. */
export function found(key: string, wanted: readonly Needle[]): boolean {
  for (const { word, stem } of wanted) if (!key.includes(word) && (stem === undefined || !key.includes(stem))) return false;
  return true;
}
