/**
 * The framework-neutral description of the four elements that react.ts, vue.ts and svelte.ts turn into
 * each framework's template types: which class each tag is, which of its public properties a template may
 * set, and which events it fires. Types only: importing this file adds no code to a bundle.
 *
 * Properties are picked from the element classes themselves (`Pick<Class, …>`), so a renamed or retyped
 * property changes these types too, and a removed one fails the type check here.
 */
import type { CampaignMeter } from '../components/campaign-meter/campaign-meter.component.js';
import type { CredentialLadder } from '../components/credential-ladder/credential-ladder.component.js';
import type { OccupationExplorer } from '../components/occupation-explorer/occupation-explorer.component.js';
import type { PathwayMap } from '../components/pathway-map/pathway-map.component.js';
import type { CpErrorEvent, CpLoadEvent, CpSelectEvent } from '../events/index.js';

/** What every element accepts: its document by URL (`src`) or as an object (`data`), and a theme. */
type Shared = 'src' | 'data' | 'theme';

/** The element class behind each tag. */
export interface CpElementClasses {
  'cp-pathway-map': PathwayMap;
  'cp-credential-ladder': CredentialLadder;
  'cp-campaign-meter': CampaignMeter;
  'cp-occupation-explorer': OccupationExplorer;
}

type Settable<Element, Keys extends keyof Element> = Partial<Pick<Element, Keys>>;

/** The public properties of each element a template may set, all optional, typed as the class types them. */
export interface CpElementProperties {
  'cp-pathway-map': Settable<PathwayMap, Shared | 'highlight' | 'orientation' | 'selected' | 'from' | 'to' | 'syncUrl' | 'view'>;
  'cp-credential-ladder': Settable<CredentialLadder, Shared | 'ladder' | 'current' | 'orientation'>;
  'cp-campaign-meter': Settable<
    CampaignMeter,
    Shared | 'variant' | 'goal' | 'value' | 'start' | 'deadline' | 'label' | 'unit' | 'asOf' | 'poll' | 'sample' | 'staleAfter'
  >;
  'cp-occupation-explorer': Settable<
    OccupationExplorer,
    Shared | 'query' | 'sector' | 'education' | 'topJobs' | 'minWage' | 'maxWage' | 'sort' | 'order' | 'pathwayHref'
  >;
}

export type CpTag = keyof CpElementClasses;
export type CpElementOf<Tag extends CpTag> = CpElementClasses[Tag];
export type CpProperties<Tag extends CpTag> = CpElementProperties[Tag];

/** The events every element fires (all bubble and are composed). */
export interface CpEvents {
  'cp-load': CpLoadEvent;
  'cp-error': CpErrorEvent;
  'cp-select': CpSelectEvent;
}

export type { CpErrorEvent, CpLoadEvent, CpSelectEvent };
