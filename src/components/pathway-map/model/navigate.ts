/**
 * Keyboard moves on the map, as pure functions: which action a key means (the arrows follow the map's
 * direction), and which node that action leads to.
 */
import type { Graph } from './graph.js';
import type { MapModel } from './model.js';

export type Move = 'next' | 'previous' | 'up' | 'down' | 'first' | 'last' | 'start' | 'end';
export type Action = Move | 'select' | 'escape' | 'zoom-in' | 'zoom-out' | 'fit' | 'actual';

/** What a key press means, or undefined when the map leaves it alone (Tab, letters…). */
export function actionOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>, horizontal: boolean): Action | undefined {
  const [back, forward, up, down] = horizontal
    ? ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']
    : ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];
  const whole = event.ctrlKey || event.metaKey;
  const keys: Record<string, Action> = {
    [forward]: 'next',
    [back]: 'previous',
    [up]: 'up',
    [down]: 'down',
    Home: whole ? 'start' : 'first',
    End: whole ? 'end' : 'last',
    Enter: 'select',
    ' ': 'select',
    Escape: 'escape',
    '+': 'zoom-in',
    '=': 'zoom-in',
    '-': 'zoom-out',
    _: 'zoom-out',
    '0': 'fit',
    '1': 'actual',
  };
  return keys[event.key];
}

/**
 * The node a move from node `i` leads to (undefined when there is none): along the edges to the
 * successor or predecessor nearest across, within the stage to the neighbour above or below, or to the
 * first or last node of the stage (`first`, `last`) or of the map (`start`, `end`).
 */
export function moveFrom(i: number, move: Move, graph: Graph, model: MapModel): number | undefined {
  const stage = model.byStage[graph.stage[i]!]!;
  const k = stage.indexOf(i);
  switch (move) {
    case 'next':
    case 'previous': {
      const nodes = model.layout!.nodes;
      const across = (n: number) => (model.horizontal ? nodes[n]!.y + nodes[n]!.h / 2 : nodes[n]!.x + nodes[n]!.w / 2);
      const near = move === 'next' ? graph.out[i]!.map((e) => graph.to[e]!) : graph.in[i]!.map((e) => graph.from[e]!);
      return near.sort((a, b) => Math.abs(across(a) - across(i)) - Math.abs(across(b) - across(i)) || a - b)[0];
    }
    case 'up':
      return stage[Math.max(0, k - 1)];
    case 'down':
      return stage[Math.min(stage.length - 1, k + 1)];
    case 'first':
      return stage[0];
    case 'last':
      return stage.at(-1);
    case 'start':
      return model.order[0];
    case 'end':
      return model.order.at(-1);
  }
}
