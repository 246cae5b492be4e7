import type { Labels } from '../i18n/index.js';

/** What one node of a grouped view stands for, in words: "actors grouped by sector" or "… by kind". */
export function actorGrouping(labels: Labels, groupBy: 'sector' | 'kind' | undefined): string {
    return groupBy === 'kind' ? labels.text.actorsGroupedByKind : labels.text.actorsGroupedBySector;
}

/**
 * The title's note on a grouped view: a grouping the reader asked for (`--group`) is named as
 * such; the automatic one of a large model says that it is automatic.
 */
export function groupingNote(labels: Labels, groupBy: 'sector' | 'kind' | undefined, decisionsGrouped: boolean): string {
    if (groupBy === undefined) return labels.text.aggregatedView;
    return [actorGrouping(labels, groupBy), ...(decisionsGrouped ? [labels.text.decisionsGroupedByLevel] : [])].join(', ');
}
