import { useState } from 'react';
import type { CpSelectEvent, PathwayDocument, PathwayNode } from 'career-pathway-elements';
import type {} from 'career-pathway-elements/react';
import { pathways } from './pathways.ts';

interface Selection {
  node: PathwayNode;
  /** Which element it was picked in. */
  from: 'map' | 'ladder';
}

/** A careers page: pick a sector, explore its pathway map and credential ladder, see what you picked. */
export function App() {
  const [pathway, setPathway] = useState<PathwayDocument>(pathways[0]!);
  const [selection, setSelection] = useState<Selection>();

  // React 19 adds `oncp-select` as a listener for the element's `cp-select` event; the detail is typed.
  const select = (from: Selection['from']) => (event: CpSelectEvent) => {
    const node = pathway.nodes.find((candidate) => candidate.id === event.detail.id);
    if (node) setSelection({ node, from });
  };

  const choose = (next: PathwayDocument) => {
    setPathway(next);
    setSelection(undefined);
  };

  const stage = selection && pathway.stages.find((candidate) => candidate.id === selection.node.stage);

  return (
    <>
      <header className="site-header">
        <span className="brand">Front Range Health &amp; Technology</span>
        <span>Careers</span>
      </header>
      <main>
        <h1>Find your route into Colorado's in-demand jobs</h1>
        <p className="lede">
          Every step below is a real credential or occupation from Colorado's industry-led career pathways. Pick a sector, then select a
          step on the map or the ladder.
        </p>
        <div className="sectors" role="group" aria-label="Sector">
          {pathways.map((candidate) => (
            <button key={candidate.id} type="button" aria-pressed={candidate.id === pathway.id} onClick={() => choose(candidate)}>
              {candidate.title}
            </button>
          ))}
        </div>

        <div className="with-aside">
          {/* `data` is set as a property (the object itself); `highlight` follows the selection. */}
          <cp-pathway-map data={pathway} highlight={selection?.node.id} oncp-select={select('map')} />
          <aside className="selection" aria-live="polite" data-selected-id={selection?.node.id ?? ''}>
            {selection ? (
              <>
                <h2>{selection.node.title}</h2>
                <dl>
                  <dt>What it is</dt>
                  <dd>{selection.node.kind}</dd>
                  {stage && (
                    <>
                      <dt>Stage</dt>
                      <dd>{stage.label}</dd>
                    </>
                  )}
                  <dt>Id</dt>
                  <dd>
                    <code>{selection.node.id}</code>
                  </dd>
                  <dt>Selected on</dt>
                  <dd>the {selection.from}</dd>
                </dl>
              </>
            ) : (
              <p>Select a credential or a job to see it here.</p>
            )}
          </aside>
        </div>

        <section>
          <h2>Stack your credentials</h2>
          <cp-credential-ladder data={pathway} oncp-select={select('ladder')} />
        </section>
      </main>
    </>
  );
}
