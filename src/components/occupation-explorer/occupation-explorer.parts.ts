/**
 * A catalogue split by sector (issue 18): an index, an occupations document whose `parts` name one file per
 * sector, lets a page that shows one sector fetch that sector's file and not the whole catalogue. The index
 * carries the catalogue's header (title, sources, benchmark, translations); the parts carry the rows.
 */
import { isServer, type ReactiveControllerHost } from 'lit';
import { DocumentLoader, failureOf, type LoadFailure } from '../../base/document-loader.js';
import type { OccupationsDocument, OccupationsPart } from '../../schema/types.js';
import { occupationsRules } from '../../schema/documents/occupations.js';

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
  const occupations = [...index.occupations, ...parts.flatMap((part) => part.occupations)].sort((a, b) =>
    a.soc < b.soc ? -1 : a.soc > b.soc ? 1 : 0,
  );
  return { ...index, occupations };
}

/**
 * A part's document, read by a loader of its own: the same fetch (shared with other elements), abort,
 * validation and error text as the element's `src`, with the part's address on each issue. Resolves
 * undefined when aborted; rejects with the failure.
 */
export async function fetchPart(url: string, signal: AbortSignal, lang: string): Promise<OccupationsDocument | undefined> {
  const part = new DocumentLoader<OccupationsDocument>(
    { addController() {}, requestUpdate() {} } as unknown as HTMLElement & ReactiveControllerHost,
    [occupationsRules],
    () => lang,
  );
  const stop = () => part.hostDisconnected();
  signal.addEventListener('abort', stop);
  await part.fromUrl(url);
  signal.removeEventListener('abort', stop);
  // Read once and kept by the element: the shared text need not stay held.
  stop();
  if (part.document || !part.failure) return part.document;
  const { kind, issues } = part.failure;
  throw kind === 'invalid' ? failureOf(issues.map((found) => ({ ...found, path: `${url}: ${found.path}` }))) : part.failure;
}

const NO_SECTORS: readonly string[] = [];

interface Loader {
  document: OccupationsDocument | undefined;
  failure: LoadFailure | undefined;
  fromData(data: unknown): void;
  fail(failure: LoadFailure): void;
}

/**
 * An element's view of an index: fetches the parts its sector needs (every part fetched so far stays), and
 * hands the loader the index merged with them, as if that had been the document set.
 */
export class SectorParts {
  /** The index being shown, while there is one. */
  index: OccupationsDocument | undefined;
  /** Every sector the index names (one array per index, so memoised views keep it). */
  sectors: readonly string[] = NO_SECTORS;
  #base = '';
  /** The loader's document at the last update: a new one may be a new index. */
  #seen: OccupationsDocument | undefined;
  #parts = new Map<string, OccupationsDocument>();
  #merged: OccupationsDocument | undefined;
  #request: AbortController | undefined;

  constructor(
    private readonly loader: Loader,
    private readonly lang: () => string,
    private readonly changed: () => void,
  ) {}

  /** Parts are on their way. */
  get busy(): boolean {
    return this.#request !== undefined;
  }

  /** Whether the loader holds a bare index, not yet merged: nothing to show but a placeholder. */
  get waiting(): boolean {
    return this.index !== undefined && this.loader.document === this.index;
  }

  /**
   * Called before each render with the loader's document, the chosen sector and the address `src`
   * resolves against (the index's own URL, or the page's for an index set as data).
   */
  update(doc: OccupationsDocument, sector: string, sectorChanged: boolean, base: () => string): void {
    const fresh = doc !== this.#seen;
    this.#seen = doc;
    if (fresh && doc !== this.#merged && doc !== this.index) {
      this.#request?.abort();
      this.#request = undefined;
      this.#parts.clear();
      this.#merged = undefined;
      this.index = isIndex(doc) ? doc : undefined;
      this.sectors = this.index?.parts?.map((part) => part.sector) ?? NO_SECTORS;
      // A server has no page to resolve the parts against and renders once: pre-render a sector's file instead.
      if (!this.index || isServer) return;
      this.#base = base();
    } else if (!this.index || !sectorChanged || isServer) return;
    void this.#load(this.index, sector);
  }

  async #load(index: OccupationsDocument, sector: string): Promise<void> {
    const missing = partsFor(index, sector)
      .map((part) => new URL(part.href, this.#base).href)
      .filter((url) => !this.#parts.has(url));
    if (!missing.length && this.#merged) return;
    this.#request?.abort();
    const request = (this.#request = new AbortController());
    this.changed();
    try {
      const parts = await Promise.all(missing.map((url) => fetchPart(url, request.signal, this.lang())));
      if (request.signal.aborted) return;
      missing.forEach((url, i) => this.#parts.set(url, parts[i]!));
      this.loader.fromData(mergeParts(index, [...this.#parts.values()]));
      this.#merged = this.loader.document;
    } catch (error) {
      if (!request.signal.aborted) this.loader.fail(error as LoadFailure);
    } finally {
      if (this.#request === request) this.#request = undefined;
    }
  }
}
