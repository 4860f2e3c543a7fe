// Proves the wrappers' props help and catch mistakes: each @ts-expect-error must be an error, or tsc fails.
import { useRef } from 'react';
import { CpCampaignMeter, CpCredentialLadder, CpOccupationExplorer, CpPathwayMap } from 'career-pathway-elements/react';
import type { CampaignDocument, CredentialLadder, PathwayDocument } from 'career-pathway-elements';

declare const pathway: PathwayDocument;
declare const campaign: CampaignDocument;

export function Wrapped() {
  const ladder = useRef<CredentialLadder>(null);
  return (
    <>
      <CpPathwayMap data={pathway} highlight="cna" orientation="vertical" onCpSelect={(event) => event.detail.id} />
      <CpPathwayMap src="/data/pathway-healthcare.json" className="wide" onCpError={(event) => event.detail.issues[0]?.path} />
      {/* cp-load's document is the element's own type: a pathway here, so `nodes` is there. */}
      <CpCredentialLadder ref={ladder} ladder="nursing" onCpLoad={(event) => event.detail.document.nodes.length} />
      <CpCampaignMeter data={campaign} variant="banner" poll={60} onCpLoad={(event) => event.detail.document.goal} />
      <CpOccupationExplorer src="/data/occupations.json" query="nurse" topJobs minWage={40000} />

      {/* @ts-expect-error a campaign document is not a pathway */}
      <CpPathwayMap data={campaign} />
      {/* @ts-expect-error cp-select's detail is { id, kind, item } */}
      <CpPathwayMap onCpSelect={(event) => event.detail.node} />
      {/* @ts-expect-error orientation is 'auto' | 'horizontal' | 'vertical' */}
      <CpPathwayMap orientation="diagonal" />
      {/* @ts-expect-error the handler prop is onCpSelect: onSelect would never be called */}
      <CpPathwayMap onSelect={(event: CustomEvent) => event.detail} />
      {/* @ts-expect-error methods are not props */}
      <CpPathwayMap renderDocument={() => null} />
    </>
  );
}
