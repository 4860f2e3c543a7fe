/**
 * What the user points at and picks, in both views: the occupation lit in the list and the chart, the
 * roving Tab stop of each, arrow keys, and selection with its details popover. The element owns the data;
 * this controller owns the interaction, so neither grows past a screenful.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { ReferenceElement } from '@floating-ui/dom';
import { PopoverController } from '../../base/popover.js';
import { emit } from '../../events/emit.js';
import { pointAnchor } from './occupation-explorer.chart.js';
import type { Row } from './occupation-explorer.filter.js';
import type { ChartLayout, Point } from './occupation-explorer.layout.js';
import { MOVES, nearest, rowStep, step } from './occupation-explorer.navigation.js';

/** What the element shows now: the listed rows, their chart marks, and every plotted point. */
export interface Shown {
  listed: readonly Row[];
  marks: readonly Point[];
  layout: ChartLayout | undefined;
}

export type Origin = 'list' | 'chart';

const socOf = (event: Event) => (event.target as Element).closest?.('[data-soc]')?.getAttribute('data-soc') ?? undefined;

export class Interaction implements ReactiveController {
  /** The occupation lit in both views (hovered or focused). */
  linked: string | undefined;
  /** The row and the chart point that hold each view's one Tab stop. */
  activeRow: string | undefined;
  activePoint: string | undefined;
  /** The occupation whose details are open, and the view they were opened from. */
  selected: { row: Row; origin: Origin } | undefined;
  readonly popup: PopoverController;
  private linkedBy: 'pointer' | 'focus' = 'pointer';

  constructor(
    private readonly host: ReactiveElement,
    private readonly shown: () => Shown,
    private readonly onSelect: (row: Row) => void,
  ) {
    host.addController(this);
    this.popup = new PopoverController(host, () => host.renderRoot.querySelector<HTMLElement>('[popover]'), 'bottom-start');
  }

  /** The selection, while its popover is open. */
  get open(): { row: Row; origin: Origin } | undefined {
    return this.popup.isOpen ? this.selected : undefined;
  }

  /** Keeps each Tab stop on something shown, and closes details whose row the filters took away. */
  hostUpdate(): void {
    const { listed, marks } = this.shown();
    if (!listed.some((row) => row.soc === this.activeRow)) this.activeRow = listed[0]?.soc;
    if (!marks.some((p) => p.row.soc === this.activePoint)) this.activePoint = step(marks, undefined, 'first')?.row.soc;
    const open = this.open;
    if (open && !(open.origin === 'list' ? listed.includes(open.row) : this.shown().layout?.points.some((p) => p.row === open.row)))
      this.close();
  }

  focus(selector: 'tr' | '.mark', soc: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(`${selector}[data-soc="${CSS.escape(soc)}"]`)?.focus();
  }

  select(row: Row, origin: Origin, anchor: ReferenceElement): void {
    this.selected = { row, origin };
    emit(this.host, 'cp-select', { id: row.soc, kind: 'occupation', item: 'occupation' });
    this.onSelect(row);
    void this.popup.open(anchor);
  }

  close = (): void => this.popup.close();

  /** The browser closed the popover (Escape, a click elsewhere): let the controller know. */
  onToggle = (event: ToggleEvent): void => {
    if (event.newState === 'closed' && this.popup.isOpen) this.popup.close();
  };

  /**
   * Pointer and focus each clear only what they set: scrolling a focused row into view sends the
   * pointer's leave events, which must not unlight the row the keyboard is on.
   */
  private link(soc: string | undefined, by: 'pointer' | 'focus'): void {
    if (soc === undefined && this.linkedBy !== by) return;
    this.linkedBy = by;
    if (soc === this.linked) return;
    this.linked = soc;
    this.host.requestUpdate();
  }

  onLeave = (): void => this.link(undefined, 'pointer');

  /**
   * Focus left an item. Unlit a moment later, unless focus went to another item: a focused row that a
   * filter removes blurs during the render, where a change would schedule a second render.
   */
  onBlur = (): void => {
    queueMicrotask(() => {
      if (!this.host.renderRoot.querySelector('[data-soc]:focus')) this.link(undefined, 'focus');
    });
  };

  onFocus = (event: FocusEvent): void => {
    const soc = socOf(event);
    if (!soc) return;
    if ((event.target as Element).localName === 'tr') this.activeRow = soc;
    else this.activePoint = soc;
    this.link(soc, 'focus');
    this.host.requestUpdate();
  };

  /** Keys on a row or a chart point: arrows move (by list order, or by wage and growth); Enter or Space select. */
  onKey = (event: KeyboardEvent): void => {
    const { listed, marks } = this.shown();
    const target = event.target as Element;
    const soc = socOf(event);
    const inList = target.localName === 'tr';
    const row = inList ? listed.find((r) => r.soc === soc) : marks.find((p) => p.row.soc === soc)?.row;
    if (!row) return;
    if (event.key === 'Escape') return this.close();
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      return this.select(row, inList ? 'list' : 'chart', target);
    }
    const index = inList ? rowStep(listed.indexOf(row), listed.length, event.key) : undefined;
    const next = inList ? (index === undefined ? undefined : listed[index]) : MOVES[event.key] && step(marks, soc, MOVES[event.key]!)?.row;
    if (!next) return;
    event.preventDefault();
    this.focus(inList ? 'tr' : '.mark', next.soc);
  };

  onRowClick = (event: Event): void => {
    const target = (event.target as Element).closest('tr');
    const row = this.shown().listed.find((r) => r.soc === socOf(event));
    if (row && target) this.select(row, 'list', target);
  };

  onRowOver = (event: Event): void => {
    const soc = socOf(event);
    if (soc) this.link(soc, 'pointer');
  };

  /** The point under the pointer, among all plotted (the faint canvas ones too). */
  private pointAt(event: MouseEvent): Point | undefined {
    const layout = this.shown().layout;
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    if (!layout || !box.width) return undefined;
    const scale = layout.width / box.width;
    return nearest(layout.points, (event.clientX - box.left) * scale, (event.clientY - box.top) * scale);
  }

  onPlotMove = (event: PointerEvent): void => this.link(this.pointAt(event)?.row.soc, 'pointer');

  onPlotClick = (event: MouseEvent): void => {
    const point = this.pointAt(event);
    if (!point) return;
    const mark = this.host.renderRoot.querySelector(`.mark[data-soc="${CSS.escape(point.row.soc)}"]`);
    this.select(point.row, 'chart', mark ?? pointAnchor(event.currentTarget as Element, point, this.shown().layout!.width));
  };
}
