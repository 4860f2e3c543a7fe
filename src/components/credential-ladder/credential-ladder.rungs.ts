/**
 * The ladder itself: the rungs (one Tab stop, roving), the popover with the selected rung's details, the
 * "next rung" note and the wage-lift chart. A function of the derived view and the element's choices;
 * the handlers stay in the class, which owns what they change.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderChart } from './credential-ladder.chart.js';
import type { LadderTexts } from './credential-ladder.derive.js';
import type { Orientation } from './credential-ladder.layout.js';
import { renderRung, type View } from './credential-ladder.parts.js';

export type Extras = typeof import('./credential-ladder.extras.js');

export interface RungsInput {
  readonly view: View;
  readonly lang: string;
  readonly orientation: Orientation;
  readonly texts: LadderTexts;
  /** The rung that holds the Tab stop, and the one whose details are open (-1: none). */
  readonly focusIndex: number;
  readonly selected: number;
  /** The accessible name of the "next rung" note. */
  readonly nextLabel: string;
  readonly onClick: (event: Event) => void;
  readonly onKeydown: (event: KeyboardEvent) => void;
  readonly onToggle: (event: ToggleEvent) => void;
  readonly close: () => void;
  /** The details' code, once fetched (on the first selection). */
  readonly extras: Extras | undefined;
}

export function renderRungs(input: RungsInput): TemplateResult {
  const { view, lang, texts, focusIndex } = input;
  const { model, current } = view;
  const selected = model.rungs[input.selected];
  return html`<ol
      class="ladder ${input.orientation}"
      part="ladder"
      aria-labelledby="title"
      aria-describedby="summary keys"
      @click=${input.onClick}
      @keydown=${input.onKeydown}
    >
      ${model.rungs.map((rung, i) =>
        renderRung(
          view,
          rung,
          {
            label: texts.rungs[i]!,
            tabindex: i === focusIndex ? 0 : -1,
            expanded: i === input.selected,
            next: current >= 0 && i === current + 1,
          },
          lang,
        ),
      )}
    </ol>
    <div id="details" popover="auto" role="dialog" aria-labelledby="details-title" part="popover" @toggle=${input.onToggle} @keydown=${input.onKeydown}>
      ${selected && input.extras ? input.extras.renderDetails(view, selected, lang, input.close) : nothing}
    </div>
    ${texts.next ? html`<aside class="next-step" part="next-step" aria-label=${input.nextLabel}><p>${texts.next}</p></aside>` : nothing}
    ${renderChart(view, lang)}`;
}
