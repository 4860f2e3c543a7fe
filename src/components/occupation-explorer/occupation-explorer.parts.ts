/**
 * A catalogue split by sector (issue 18): an index, an occupations document whose `parts` name one file per
 * sector, lets a page that shows one sector fetch that sector's file and not the whole catalogue. The index
 * carries the catalogue's header (title, sources, benchmark, translations); the parts carry the rows.
 */
import { fetchShared, failureOf, type LoadFailure } from '../../base/document-loader.js';
import { common } from '../../i18n/messages.js';
import { translate } from '../../i18n/translate.js';
import { validateDocument } from '../../schema/validate.js';
import type { OccupationsDocument, OccupationsPart } from '../../schema/types.js';

/** Whether `doc` is an index whose occupations live in other files. */
export const isIndex = (doc: OccupationsDocument): boolean => (doc.parts?.length ?? 0) > 0;

/** The parts a view of `sector` needs: that sector's, or every part when no sector (or an unknown one) is chosen. */
export function partsFor(index: OccupationsDocument, sector: string): readonly OccupationsPart[] {
  const parts = index.parts ?? [];
  const one = sector ? parts.filter((part) => part.sector === sector) : [];
  return one.length ? one : parts;
}

/**
 * The index with its parts' occupations added to its own, in SOC order as the single full file has them.
 * It keeps `parts`, which name every sector, so its translations of sectors not fetched yet stay valid.
 */
export function mergeParts(index: OccupationsDocument, parts: readonly OccupationsDocument[]): OccupationsDocument {
  const occupations = [...index.occupations, ...parts.flatMap((part) => part.occupations)].sort((a, b) => (a.soc < b.soc ? -1 : a.soc > b.soc ? 1 : 0));
  return { ...index, occupations };
}

/** A part's rows, or the failure that stops it showing (said as the loader says its own). */
export async function fetchPart(url: string, signal: AbortSignal, lang: string): Promise<OccupationsDocument> {
  let shared;
  try {
    const { shared: read, release } = await fetchShared(url, signal);
    // Parsed once here and kept by the element: the shared text need not stay held.
    release();
    shared = read;
  } catch (error) {
    if (signal.aborted) throw error;
    const reason = (error as Error).message || String(error);
    throw failure({ kind: 'fetch', message: translate(common, lang, 'networkError', { url, reason }), issues: [{ path: url, message: reason }] });
  }
  const { status, statusText, body } = shared;
  if (status < 200 || status > 299) {
    const said = `${status}${statusText ? ` ${statusText}` : ''}`;
    throw failure({ kind: 'fetch', message: translate(common, lang, 'httpError', { status: said, url }), issues: [{ path: url, message: `HTTP ${said}` }] });
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const reason = (error as Error).message;
    throw failure({ kind: 'fetch', message: translate(common, lang, 'notJson', { url, reason }), issues: [{ path: url, message: reason }] });
  }
  const result = validateDocument<OccupationsDocument>(data, ['occupations']);
  if (!result.valid) throw failure(failureOf(result.issues.map((found) => ({ ...found, path: `${url}: ${found.path}` }))));
  return result.document;
}

/** A LoadFailure thrown as a value, told apart from an abort by `isFailure`. */
const FAILURE = Symbol('part failure');
const failure = (value: LoadFailure) => Object.assign(value, { [FAILURE]: true });
export const isFailure = (error: unknown): error is LoadFailure => typeof error === 'object' && error !== null && FAILURE in error;
