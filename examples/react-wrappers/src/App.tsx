import { useState, version } from 'react';
import type { PathwayDocument, PathwayNode } from 'career-pathway-elements';
import { CpCredentialLadder, CpPathwayMap } from 'career-pathway-elements/react';
import { pathways } from '../../react/src/pathways.ts';

/** The same careers page as ../react/, with the wrappers: it works on React 18 as well as 19. */
export function App() {
  const [pathway, setPathway] = useState<PathwayDocument>(pathways[0]!);
  const [selected, setSelected] = useState<PathwayNode>();

  const choose = (next: PathwayDocument) => {
    setPathway(next);
    setSelected(undefined);
  };

  return (
    <>
      <header className="site-header">
        <span className="brand">Front Range Health &amp; Technology</span>
        <span data-react-version={version}>Careers (React {version})</span>
      </header>
      <main>
        <h1>Find your route into Colorado's in-demand jobs</h1>
        <div className="sectors" role="group" aria-label="Sector">
          {pathways.map((candidate) => (
            <button key={candidate.id} type="button" aria-pressed={candidate.id === pathway.id} onClick={() => choose(candidate)}>
              {candidate.title}
            </button>
          ))}
        </div>

        <div className="with-aside">
          {/* `data` is set as a property; `onCpSelect` listens for cp-select, with a typed detail. */}
          <CpPathwayMap
            data={pathway}
            highlight={selected?.id}
            onCpSelect={(event) => setSelected(pathway.nodes.find((node) => node.id === event.detail.id))}
          />
          <aside className="selection" aria-live="polite" data-selected-id={selected?.id ?? ''}>
            {selected ? <h2>{selected.title}</h2> : <p>Select a credential or a job to see it here.</p>}
          </aside>
        </div>

        <section>
          <h2>Stack your credentials</h2>
          <CpCredentialLadder
            data={pathway}
            onCpSelect={(event) => setSelected(pathway.nodes.find((node) => node.id === event.detail.id))}
          />
        </section>
      </main>
    </>
  );
}
