// Occupation -> occupation edges from O*NET Related Occupations (CC BY 4.0, see sources.mjs).
//
// Rule (also stated in every pathway's structure note):
// - candidates: pairs of occupation nodes where O*NET lists one as a Primary-Short related occupation
//   of the other (rows from the .00 O*NET-SOC code; either direction counts);
// - pay compared on the Colorado annual mean (the national annual median when Colorado has none);
//   every edge runs from the lower- to the higher-paid occupation, so the edges cannot form a cycle;
// - higher Job Zone as well as higher pay: `advances`;
// - same Job Zone and at least 15% more pay: `advances`;
// - an advances edge also needs the national median (OEWS May 2024) to agree on which job pays more,
//   where both medians exist, so one local figure cannot invert a ladder on its own;
// - otherwise, pay within 15% and both in the same stage: `lateral` (a related job at the same level);
// - anything else (more pay for less preparation, or near-equal pay across stages): no edge;
// - an advances edge that would run back to an earlier stage is an error in the pathway's stages;
// - advances edges implied by a longer chain of advances edges are dropped, to keep maps legible;
// - every edge carries `basis: "related-occupations"`: O*NET says the two jobs involve similar work, not
//   that one leads to the other, so the elements call it a related job and route through credentials first.

import { reachable } from './graph.mjs';

export const ADVANCE_PAY_RATIO = 1.15;

/** The edge `basis` of every edge made here (EDGE_BASES in src/schema/types.ts). */
export const RELATED = 'related-occupations';

/** Set of "a|b" SOC pairs where O*NET lists b as Primary-Short related to a (a's .00 code). */
export function primaryShortPairs(rows) {
  const pairs = new Set();
  for (const r of rows) {
    if (r.relatedness_tier !== 'Primary-Short' || !r.onet_soc_code.endsWith('.00')) continue;
    const a = r.onet_soc_code.slice(0, 7);
    const b = r.related_onet_soc_code.slice(0, 7);
    if (a !== b) pairs.add(`${a}|${b}`);
  }
  return pairs;
}

function annualPay(node) {
  if (node.wage?.period === 'year') return node.wage.mean;
  if (node.wageNational?.period === 'year' && node.wageNational.median !== undefined) return node.wageNational.median;
  return undefined;
}

function nationalAgrees(lo, hi) {
  const [a, b] = [lo.wageNational, hi.wageNational];
  if (a?.period !== 'year' || b?.period !== 'year' || a.median === undefined || b.median === undefined) return true;
  return b.median > a.median;
}

function classify(lo, hi, wlo, whi, stageOf) {
  if (lo.jobZone === undefined || hi.jobZone === undefined) return undefined;
  const advances = nationalAgrees(lo, hi) ? 'advances' : undefined;
  if (hi.jobZone > lo.jobZone) return advances;
  if (whi < wlo * ADVANCE_PAY_RATIO) return stageOf(lo) === stageOf(hi) ? 'lateral' : undefined;
  return hi.jobZone === lo.jobZone ? advances : undefined;
}

/** Edges among the given occupation nodes, in a stable order; `stageOf(node)` is the stage's index. */
export function occupationEdges(occNodes, pairs, stageOf) {
  const edges = [];
  for (let i = 0; i < occNodes.length; i++) {
    for (let j = i + 1; j < occNodes.length; j++) {
      const [a, b] = [occNodes[i], occNodes[j]];
      if (!pairs.has(`${a.soc}|${b.soc}`) && !pairs.has(`${b.soc}|${a.soc}`)) continue;
      const wa = annualPay(a);
      const wb = annualPay(b);
      if (wa === undefined || wb === undefined) continue;
      const aFirst = wa < wb || (wa === wb && a.soc < b.soc);
      const [lo, hi, wlo, whi] = aFirst ? [a, b, wa, wb] : [b, a, wb, wa];
      const kind = classify(lo, hi, wlo, whi, stageOf);
      if (!kind) continue;
      if (kind === 'advances' && stageOf(hi) < stageOf(lo)) {
        throw new Error(`${lo.id} -> ${hi.id} advances into an earlier stage; fix the stages`);
      }
      edges.push({ from: lo.id, to: hi.id, kind, basis: RELATED });
    }
  }
  const advances = edges.filter((e) => e.kind === 'advances');
  const implied = new Set(advances.filter((e) => reachable(advances, e.from, e.to, e)));
  const cmp = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
  const kindRank = (e) => (e.kind === 'advances' ? 0 : 1);
  return edges
    .filter((e) => !implied.has(e))
    .sort((x, y) => kindRank(x) - kindRank(y) || cmp(x.from, y.from) || cmp(x.to, y.to));
}
