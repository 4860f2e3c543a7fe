// CompTIA certifications as named in the CTDL example pathway
// (data/sources/ctdl_examples/comptia_it_networking_specialist_pathway.jsonld): title, owner, web page and
// the order in which that pathway chains them (each certification's ceasn:hasChild is the one before it).

import { readJson } from '../csv.mjs';

const FILE = 'ctdl_examples/comptia_it_networking_specialist_pathway.jsonld';
const name = (node) => Object.values(node['ceterms:name'] ?? {})[0]?.trim();

/** The CompTIA certifications in pathway order, lowest first: [{ title, url }]. */
export function comptiaChain() {
  const graph = readJson(FILE)['@graph'];
  const certs = new Map(graph.filter((n) => n['@type'] === 'ceterms:Certification').map((n) => [n['@id'], n]));
  const prereq = new Map([...certs].map(([id, n]) => [id, certs.has(n['ceasn:hasChild']) ? n['ceasn:hasChild'] : null]));
  const chain = [];
  let current = [...prereq].find(([, p]) => p === null)?.[0];
  while (current) {
    const node = certs.get(current);
    chain.push({ title: name(node), url: node['ceterms:subjectWebpage'] });
    current = [...prereq].find(([, p]) => p === current)?.[0];
  }
  if (chain.length !== certs.size) throw new Error(`${FILE}: certifications do not form one chain`);
  return chain;
}

/**
 * Credential specs for the named CompTIA certifications, plus `stacks` edges between consecutive ones
 * (in the CTDL pathway's order, skipping certifications not used here).
 * @param picks [[nodeId, title as in the CTDL file, stage]]
 */
export function comptiaCredentials(picks) {
  const chain = comptiaChain();
  const rank = (title) => {
    const i = chain.findIndex((c) => c.title === title);
    if (i < 0) throw new Error(`${title} is not in ${FILE}`);
    return i;
  };
  const sorted = [...picks].sort((a, b) => rank(a[1]) - rank(b[1]));
  const credentials = sorted.map(([id, title, stage]) => ({
    id,
    stage,
    title,
    credentialType: 'certification',
    provider: 'CompTIA',
    url: chain[rank(title)].url,
  }));
  const stacks = sorted
    .slice(1)
    .map(([id], i) => [sorted[i][0], id, "Next certification in CompTIA's IT Networking Specialist pathway (CTDL example)"]);
  return { credentials, stacks };
}
