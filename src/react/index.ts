/**
 * React components for the four elements, for React 18 and earlier (and React 19 too):
 *
 *   import { CpPathwayMap } from 'career-pathway-elements/react';
 *   <CpPathwayMap data={pathway} highlight="rn" onCpSelect={(event) => show(event.detail.id)} />
 *
 * React 18 passes every prop of a custom element as an attribute, so `data={doc}` arrives as the string
 * "[object Object]", and it ignores `oncp-select`. These wrappers (made with @lit/react) set each of the
 * element's properties as a property and add `onCpLoad`, `onCpError` and `onCpSelect` as listeners for
 * `cp-load`, `cp-error` and `cp-select`. Importing this module defines the four elements.
 *
 * React 19 can also use the tags themselves (`<cp-pathway-map data={doc} oncp-select={…}>`); this entry
 * keeps the JSX types for that (../jsx/react.ts), re-exported below.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CampaignMeter } from '../components/campaign-meter/campaign-meter.js';
import { CredentialLadder } from '../components/credential-ladder/credential-ladder.js';
import { OccupationExplorer } from '../components/occupation-explorer/occupation-explorer.js';
import { PathwayMap } from '../components/pathway-map/pathway-map.js';
import type { CpErrorEvent, CpLoadEvent, CpSelectEvent } from '../events/index.js';
import type { CpElementOf, CpProperties, CpTag } from '../jsx/elements.js';
import type { AnyDocument, CampaignDocument, OccupationsDocument, PathwayDocument } from '../schema/types.js';

export type { CpReactProps } from '../jsx/react.js';

/** The event props, typed with each event's detail (`cp-load` with the element's own document type). */
export interface CpEventProps<Document extends AnyDocument = AnyDocument> {
  /** `cp-load`: valid data has rendered. */
  onCpLoad?: (event: CpLoadEvent<Document>) => void;
  /** `cp-error`: the data cannot be shown; `detail.issues` says what is wrong and where. */
  onCpError?: (event: CpErrorEvent) => void;
  /** `cp-select`: an item was selected by pointer, Enter or Space. */
  onCpSelect?: (event: CpSelectEvent) => void;
}

/**
 * A wrapper's props: React's HTML props, the element's settable properties with `data` typed as its
 * document, and the event props. `ref` gives the element itself, typed as its class.
 */
export type CpComponentProps<Tag extends CpTag, Document extends AnyDocument> = Omit<
  React.HTMLAttributes<CpElementOf<Tag>>,
  keyof CpEventProps | keyof CpProperties<Tag>
> &
  Omit<CpProperties<Tag>, 'data'> & { data?: Document } & CpEventProps<Document> &
  React.RefAttributes<CpElementOf<Tag>>;

export type CpComponent<Tag extends CpTag, Document extends AnyDocument> = React.ForwardRefExoticComponent<CpComponentProps<Tag, Document>>;

const events = {
  onCpLoad: 'cp-load' as EventName<CpLoadEvent>,
  onCpError: 'cp-error' as EventName<CpErrorEvent>,
  onCpSelect: 'cp-select' as EventName<CpSelectEvent>,
};

function wrap<Tag extends CpTag, Document extends AnyDocument>(
  tagName: Tag,
  elementClass: new () => CpElementOf<Tag>,
  displayName: string,
): CpComponent<Tag, Document> {
  // @lit/react derives props from every public member of the class (methods included) and types `data`
  // as the class does (`unknown`, since the element validates whatever it is given); the cast narrows
  // them to what the JSX types allow, with the element's own document type.
  return createComponent({ react: React, tagName, elementClass, events, displayName }) as unknown as CpComponent<Tag, Document>;
}

/** `<cp-pathway-map>`: a pathway document as nodes by stage and the routes between them. */
export const CpPathwayMap = wrap<'cp-pathway-map', PathwayDocument>('cp-pathway-map', PathwayMap, 'CpPathwayMap');
/** `<cp-credential-ladder>`: one stack of credentials from a pathway document's `ladders`. */
export const CpCredentialLadder = wrap<'cp-credential-ladder', PathwayDocument>(
  'cp-credential-ladder',
  CredentialLadder,
  'CpCredentialLadder',
);
/** `<cp-campaign-meter>`: progress toward a credential goal (a campaign document, or plain props). */
export const CpCampaignMeter = wrap<'cp-campaign-meter', CampaignDocument>('cp-campaign-meter', CampaignMeter, 'CpCampaignMeter');
/** `<cp-occupation-explorer>`: occupations to search, filter, sort and compare. */
export const CpOccupationExplorer = wrap<'cp-occupation-explorer', OccupationsDocument>(
  'cp-occupation-explorer',
  OccupationExplorer,
  'CpOccupationExplorer',
);
