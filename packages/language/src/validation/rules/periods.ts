import type { YearPeriod } from '../../model/partnership-model.js';

/**
 * Whether `inner` lies inside `outer`. An open-ended period (`period 2016`) is read by its start
 * only when it is the inner one: the text does not say it runs past the outer end.
 */
export function periodWithin(inner: YearPeriod, outer: YearPeriod): boolean {
    if (inner.start < outer.start) return false;
    if (outer.end === undefined) return true;
    return (inner.end ?? inner.start) <= outer.end;
}

export function periodText(period: YearPeriod): string {
    return period.end === undefined ? `${period.start}` : `${period.start}..${period.end}`;
}
