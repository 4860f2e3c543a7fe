/**
 * Generated pathways for stress stories, tests and benchmarks. They are synthetic and say so in their
 * title and source: steps are numbered, not named, and carry no figures (no wages, times or costs).
 * Test-only: it lives beside the tests, so no bundle can pick it up.
 */
import type { EdgeKind, PathwayDocument, PathwayNode } from '../../src/schema/types.js';
import { prng } from './random.mjs';

/**
 * `nodes` steps in `stages` stages and about `edges` edges. Edges run forward (to a later stage, or to a
 * later step of the same stage), so the graph has no cycles, and most span one stage, some two or three.
 */
export function syntheticPathway(nodes: number, edges: number, stages = 6, seed = 1): PathwayDocument {
  const next = prng(seed);
  const stageIds = Array.from({ length: stages }, (_, s) => `stage-${s + 1}`);
  const list: PathwayNode[] = Array.from({ length: nodes }, (_, i) => {
    const stage = Math.min(stages - 1, Math.floor((i / nodes) * stages));
    const kind = next() < 0.45 ? 'credential' : 'occupation';
    return { id: `step-${i + 1}`, kind, stage: stageIds[stage]!, title: `${kind === 'credential' ? 'Credential' : 'Job'} ${i + 1}` };
  });
  const stageOf = (i: number) => stageIds.indexOf(list[i]!.stage);
  const byStage = stageIds.map((_, s) => list.map((_, i) => i).filter((i) => stageOf(i) === s));
  const seen = new Set<string>();
  const out: PathwayDocument['edges'] = [];
  for (let tries = 0; out.length < edges && tries < edges * 20; tries++) {
    const a = Math.floor(next() * nodes);
    const span = next() < 0.7 ? 1 : next() < 0.6 ? 0 : 2 + Math.floor(next() * 2);
    const target = stageOf(a) + span;
    if (target >= stages) continue;
    const candidates = byStage[target]!;
    const b = candidates[Math.floor(next() * candidates.length)];
    if (b === undefined || (span === 0 && b <= a) || seen.has(`${a}>${b}`)) continue;
    seen.add(`${a}>${b}`);
    const [from, to] = [list[a]!, list[b]!];
    const kind: EdgeKind =
      from.kind === 'credential' ? (to.kind === 'credential' ? 'stacks' : 'qualifies') : to.kind === 'occupation' ? 'advances' : 'requires';
    out.push({ from: from.id, to: to.id, kind });
  }
  return {
    type: 'pathway',
    version: 1,
    id: `synthetic-${nodes}`,
    title: `Synthetic pathway: ${nodes} steps`,
    source: [{ name: 'Synthetic data generated for testing', note: 'no real steps or figures' }],
    stages: stageIds.map((id, s) => ({ id, label: `Stage ${s + 1}` })),
    nodes: list,
    edges: out,
  };
}
