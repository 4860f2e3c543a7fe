// Proves the React JSX types help and catch mistakes: each @ts-expect-error must be an error, or tsc fails.
import { useRef } from 'react';
import type {} from 'career-pathway-elements/react';
import type { CpSelectEvent, PathwayDocument } from 'career-pathway-elements';

declare const pathway: PathwayDocument;

export function Typed() {
  const ladder = useRef<HTMLElementTagNameMap['cp-credential-ladder']>(null);
  const onSelect = (event: CpSelectEvent) => event.detail.id;
  return (
    <>
      <cp-pathway-map data={pathway} highlight="cna" orientation="vertical" theme="dark" oncp-select={onSelect} />
      <cp-pathway-map src="/data/pathway-healthcare.json" className="wide" oncp-error={(event) => event.detail.issues[0]?.path} />
      <cp-credential-ladder ref={ladder} ladder="nursing" current="cna" oncp-load={(event) => event.detail.document.type} />
      <cp-campaign-meter variant="banner" goal={1000000} start="2021-01-01" deadline="2030-12-31" label="Credentials" />
      <cp-occupation-explorer data={pathway} query="nurse" sector="Healthcare" topJobs minWage={40000} />
      {/* Handlers see the element as currentTarget, typed as its class. */}
      <cp-credential-ladder oncp-select={(event) => event.currentTarget.ladder?.toUpperCase()} />

      {/* @ts-expect-error orientation is 'auto' | 'horizontal' | 'vertical' */}
      <cp-pathway-map orientation="diagonal" />
      {/* @ts-expect-error cp-select's detail is { id, kind, item } */}
      <cp-pathway-map oncp-select={(event) => event.detail.node} />
      {/* @ts-expect-error poll is a number of seconds */}
      <cp-campaign-meter poll="often" />
      {/* @ts-expect-error variant is 'banner' | 'compact' | 'full' */}
      <cp-campaign-meter variant="huge" />
    </>
  );
}
