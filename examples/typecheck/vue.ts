// Proves the Vue template types (what vue-tsc reads from GlobalComponents) accept the right props and events
// and reject wrong ones: each @ts-expect-error must be an error, or tsc fails.
import type { GlobalComponents } from 'vue';
import type {} from 'career-pathway-elements/vue';
import type { CpSelectEvent, OccupationsDocument } from 'career-pathway-elements';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];
type Emit<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$emit'];

declare const occupations: OccupationsDocument;
declare const select: CpSelectEvent;

export const explorer: Props<'cp-occupation-explorer'> = { data: occupations, sector: 'Healthcare', topJobs: true, class: 'wide' };
export const meter: Props<'cp-campaign-meter'> = { variant: 'banner', goal: 1000000, deadline: '2030-12-31' };
export const map: Props<'cp-pathway-map'> = { src: '/data/pathway-healthcare.json', highlight: 'cna', key: 'healthcare' };

export function emits(emit: Emit<'cp-occupation-explorer'>) {
  emit('cp-select', select);
  // @ts-expect-error there is no cp-selected event
  emit('cp-selected', select);
  // @ts-expect-error cp-select carries a CpSelectEvent
  emit('cp-select', new Event('cp-select'));
}

// @ts-expect-error orientation is 'auto' | 'horizontal' | 'vertical'
export const badOrientation: Props<'cp-pathway-map'> = { orientation: 'diagonal' };
// @ts-expect-error poll is a number of seconds
export const badPoll: Props<'cp-campaign-meter'> = { poll: 'often' };
