import type { Labels, Language } from '../i18n/index.js';

/**
 * Title notes of the layout safeguard that the shared labels do not have yet: what a grouping
 * asked for with `--group kind` shows, and that a large graph was laid out the quick way.
 */
const NOTES: Record<Language, { actorsGroupedByKind: string; quickLayout: string }> = {
    en: {
        actorsGroupedByKind: 'actors grouped by kind',
        quickLayout: 'quick layout: {elements} nodes, connections and labels, more than the {limit} laid out with full crossing reduction'
    },
    nb: {
        actorsGroupedByKind: 'aktører samlet per type',
        quickLayout: 'rask utlegging: {elements} noder, forbindelser og etiketter, flere enn de {limit} som legges ut med full kryssingsreduksjon'
    },
    da: {
        actorsGroupedByKind: 'aktører samlet pr. type',
        quickLayout: 'hurtig udlægning: {elements} knuder, forbindelser og etiketter, flere end de {limit}, der lægges ud med fuld krydsningsreduktion'
    }
};

export function layoutNotes(language: Language): { actorsGroupedByKind: string; quickLayout: string } {
    return NOTES[language];
}

/** What one node of a grouped view stands for, in words: "actors grouped by sector" or "… by kind". */
export function actorGrouping(labels: Labels, groupBy: 'sector' | 'kind' | undefined): string {
    return groupBy === 'kind' ? NOTES[labels.language].actorsGroupedByKind : labels.text.actorsGroupedBySector;
}

/**
 * The title's note on a grouped view: a grouping the reader asked for (`--group`) is named as
 * such; the automatic one of a large model says that it is automatic.
 */
export function groupingNote(labels: Labels, groupBy: 'sector' | 'kind' | undefined, decisionsGrouped: boolean): string {
    if (groupBy === undefined) return labels.text.aggregatedView;
    return [actorGrouping(labels, groupBy), ...(decisionsGrouped ? [labels.text.decisionsGroupedByLevel] : [])].join(', ');
}
