/**
 * The map's keys and pointer: the one Tab stop (roving over the steps), the arrows that walk the links,
 * Enter or Space to select, Escape to clear, the zoom keys, and clicks on steps and "Leads to" buttons.
 * Out of the element so its class reads as properties, render and wiring; which step a key leads to is
 * pure (model/navigate.ts), and this only carries it out.
 */
import type { ReactiveControllerHost } from 'lit';
import { emit } from '../../../events/emit.js';
import type { Params } from '../../../i18n/translate.js';
import type { MapView } from '../model/derive.js';
import { throughNode } from '../model/graph.js';
import { actionOf, moveFrom } from '../model/navigate.js';
import type { MessageKey } from '../pathway-map.messages.js';
import type { DetailsController } from './details.js';
import type { MapDrawing } from './drawing.js';

interface Host extends ReactiveControllerHost, HTMLElement {
  selected: string | undefined;
  highlight: string | undefined;
}

export interface KeyboardOptions {
  /** The view model shown (only asked for once there is one). */
  readonly view: () => MapView;
  readonly drawing: MapDrawing;
  readonly details: DetailsController;
  readonly t: (key: MessageKey, params?: Params) => string;
  /** Puts text in the element's live region. */
  readonly say: (text: string) => void;
  readonly zoomBy: (factor: number) => void;
  readonly fit: () => void;
  readonly actualSize: () => void;
}

export class MapKeyboard {
  /** The Tab stop, as a step's index. */
  active = 0;
  /** The Tab stop's step id, so new data for the same pathway keeps it. */
  #activeId: string | undefined;
  readonly #host: Host;
  readonly #o: KeyboardOptions;

  constructor(host: Host, options: KeyboardOptions) {
    [this.#host, this.#o] = [host, options];
  }

  /** New data: the same step as before where it is still there, else the first in reading order. */
  restore(v: MapView): void {
    this.active = v.graph.index.get(this.#activeId ?? '') ?? v.model.order[0] ?? 0;
  }

  /** After each render: remembers the Tab stop's id for the next document. */
  remember(v: MapView | undefined): void {
    this.#activeId = v?.graph.nodes[this.active]?.id;
  }

  readonly onKey = (event: KeyboardEvent): void => {
    // Keys on a "Leads to" button are the button's own (Enter follows it).
    if ((event.target as Element).closest('.lead')) return;
    const { model, list, graph } = this.#o.view();
    // Stacked sections read top to bottom: there the arrows that walk the links are ↑ and ↓.
    const action = actionOf(event, !list);
    if (!action) return;
    const zoom = action === 'zoom-in' || action === 'zoom-out' || action === 'fit' || action === 'actual';
    if (zoom && list) return;
    event.preventDefault();
    const i = this.active;
    if (action === 'select') return this.select(i);
    if (action === 'escape') return this.#escape();
    if (action === 'zoom-in' || action === 'zoom-out') return this.#o.zoomBy(action === 'zoom-in' ? 1.25 : 0.8);
    if (action === 'fit') return this.#o.fit();
    if (action === 'actual') return this.#o.actualSize();
    const target = moveFrom(i, action, graph, model);
    if (target === undefined) this.#o.say(this.#o.t(action === 'next' ? 'noNext' : 'noPrevious'));
    else if (target !== i) this.#moveTo(target);
  };

  readonly onClick = (event: MouseEvent): void => {
    const i = this.#o.drawing.marks.indexOf(event.target);
    if (i >= 0) this.select(i);
  };

  /** In the stacked sections a card selects its step; a "Leads to" button moves to the step it names. */
  readonly onListClick = (event: MouseEvent): void => {
    const lead = (event.target as Element).closest<HTMLElement>('.lead');
    if (lead) return this.#moveTo(Number(lead.dataset.to));
    if ((event.target as Element).closest('.node')) this.onClick(event);
  };

  readonly onFocus = (event: FocusEvent): void => {
    const i = this.#o.drawing.marks.indexOf(event.target);
    if (i < 0) return;
    if (this.active !== i) {
      this.active = i;
      this.#host.requestUpdate();
    }
    const { graph, model, doc, list } = this.#o.view();
    const s = graph.stage[i]!;
    const stage = model.byStage[s]!;
    this.#o.say(this.#o.t('position', { stage: doc.stages[s]!.label, index: stage.indexOf(i) + 1, count: stage.length }));
    // The stacked sections show a step's details inside its card once it is selected, not in a popover.
    if (!list) this.#o.details.open(i);
  };

  select(i: number): void {
    const { graph } = this.#o.view();
    const node = graph.nodes[i]!;
    const { t } = this.#o;
    this.#host.selected = node.id;
    const { before, after } = throughNode(graph, i);
    const steps = (count: number) => t('steps', { count });
    this.#o.say(t('selected', { title: node.title, before: steps(before), after: steps(after) }));
    emit(this.#host, 'cp-select', { id: node.id, kind: node.kind, item: 'node' });
  }

  /** Moves the Tab stop and focus to step `target`: on the drawn map after panning to it (which draws
   * it, on a big map, if it was out of view), in the stacked sections by scrolling it into view. */
  #moveTo(target: number): void {
    const { list } = this.#o.view();
    const host = this.#host;
    this.active = target;
    if (!list) this.#o.drawing.reveal(target);
    host.requestUpdate();
    void host.updateComplete.then(() => this.#o.drawing.marks.node(target)?.focus({ preventScroll: !list }));
  }

  #escape(): void {
    const host = this.#host;
    if (this.#o.details.isOpen) return this.#o.details.close();
    if (host.selected === undefined && host.highlight === undefined) return;
    host.selected = undefined;
    host.highlight = undefined;
    this.#o.say(this.#o.t('cleared'));
  }
}
