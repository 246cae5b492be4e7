import { isUncertain, type FundingLine, type PartnershipModel } from '@samskap/language';
import { citationText, UNCERTAIN_MARK } from '../docs/provenance-text.js';
import { fillLabel, labelsFor, type Labels, type Language } from '../i18n/index.js';
import { formatNumber } from '../number-format.js';
import { EMPTY_CELL, hasUncertainCells, markUncertain, textCell, type MatrixCell, type MatrixRow, type MatrixTable } from './matrix-table.js';

/** Options of the funding and decision matrices. */
export interface MatrixLimitOptions {
    /**
     * Past this many cells (rows × columns) the matrix is listed instead: one row per pair with a
     * value. Unlimited unless given; the documentation pages give MATRIX_CELL_LIMIT.
     */
    readonly maxCells?: number;
}

/**
 * Funder × recipient (docs/research.md D6): money per year in the model's currency in each cell, with
 * the non-monetary resources named beside it; totals per funder and per recipient. The lines are
 * grouped by pair, funder and recipient once, so each cell costs only its own lines: filtering all
 * lines once per cell made 2,000 actors funding each other in a chain take minutes (cubic).
 */
export function fundingMatrix(model: PartnershipModel, options: { language?: Language } & MatrixLimitOptions = {}): MatrixTable {
    const labels = labelsFor(options.language ?? 'en');
    const position = new Map<string, number>();
    [...model.actors.map(actor => actor.id), ...model.bodies.map(body => body.id)].forEach((id, index) => {
        if (!position.has(id)) position.set(id, index);
    });
    const titleOf = new Map([...model.actors.map(a => [a.id, a.title] as const), ...model.bodies.map(b => [b.id, b.title] as const)]);
    const byOrder = (ids: Iterable<string>): string[] => [...new Set(ids)].sort((a, b) => (position.get(a) ?? -1) - (position.get(b) ?? -1));
    const funders = byOrder(model.funding.map(line => line.from));
    const recipients = byOrder(model.funding.map(line => line.to));
    const byPair = new Map<string, FundingLine[]>();
    const byFunder = new Map<string, FundingLine[]>();
    const byRecipient = new Map<string, FundingLine[]>();
    const add = (map: Map<string, FundingLine[]>, key: string, line: FundingLine): void => {
        const list = map.get(key);
        if (list) list.push(line);
        else map.set(key, [line]);
    };
    for (const line of model.funding) {
        add(byPair, pairKey(line.from, line.to), line);
        add(byFunder, line.from, line);
        add(byRecipient, line.to, line);
    }
    const currency = model.context.currency ?? '';
    const money = (value: number): string => `${formatNumber(value, labels.language)} ${currency}`.trim();
    const cellOf = (lines: readonly FundingLine[] | undefined): MatrixCell => {
        if (!lines || lines.length === 0) {
            return EMPTY_CELL;
        }
        const yearly = lines.filter(line => line.yearlyAmount !== undefined).reduce((sum, line) => sum + (line.yearlyAmount ?? 0), 0);
        const once = lines.filter(line => line.onceAmount !== undefined).reduce((sum, line) => sum + (line.onceAmount ?? 0), 0);
        const other = [...new Set(lines.filter(line => line.category !== 'money').map(line => labels.fundingKinds[line.kind]))];
        const parts = [
            yearly > 0 ? `${money(yearly)} ${labels.text.perYear}` : '',
            once > 0 ? `${money(once)} ${labels.text.once}` : '',
            ...other
        ].filter(text => text.length > 0);
        const title = lines.map(line => {
            const cited = citationText(line.provenance, labels);
            return labels.fundingKinds[line.kind] + (line.description ? `: ${line.description}` : '') + (cited ? ` — ${cited}` : '');
        }).join('; ');
        const uncertain = lines.some(line => isUncertain(line.provenance?.certainty));
        const cell: MatrixCell = yearly > 0 ? { text: parts.join('\n'), value: yearly, title } : { text: parts.join('\n') || '·', value: null, title };
        return markUncertain(cell, uncertain, labels.text.restsOnUncertain);
    };
    const id = `funding-${model.name}`;
    const caption = `${model.title} — ${labels.text.fundingMatrix}`;
    const amountNote = `${labels.text.amount}: ${currency} ${labels.text.perYear}`.replace(/\s+/g, ' ');
    if (funders.length * (recipients.length + 1) > (options.maxCells ?? Number.POSITIVE_INFINITY)) {
        // Listed: one row per funder and recipient with a line between them, in the same order.
        const rows: MatrixRow[] = [];
        for (const funder of funders) {
            const own = byOrder((byFunder.get(funder) ?? []).map(line => line.to));
            for (const recipient of own) {
                rows.push({
                    key: `${funder}>${recipient}`, label: titleOf.get(funder) ?? funder,
                    cells: [textCell(titleOf.get(recipient) ?? recipient), cellOf(byPair.get(pairKey(funder, recipient)))]
                });
            }
        }
        rows.push({ key: 'total', label: labels.text.total, cells: [EMPTY_CELL, cellOf(model.funding)] });
        return {
            id, caption,
            corner: labels.text.funder,
            columns: [{ key: 'recipient', label: labels.text.recipient }, { key: 'amount', label: labels.text.amount }],
            rows,
            notes: [listedNote(labels, funders.length, recipients.length + 1, options.maxCells ?? 0), amountNote,
                ...(hasUncertainCells({ rows }) ? [`${UNCERTAIN_MARK} ${labels.text.restsOnUncertain}`] : [])]
        };
    }
    const rows: MatrixRow[] = funders.map(funder => ({
        key: funder,
        label: titleOf.get(funder) ?? funder,
        cells: [...recipients.map(recipient => cellOf(byPair.get(pairKey(funder, recipient)))), cellOf(byFunder.get(funder))]
    }));
    rows.push({ key: 'total', label: labels.text.total, cells: [...recipients.map(recipient => cellOf(byRecipient.get(recipient))), cellOf(model.funding)] });
    return {
        id,
        caption,
        corner: `${labels.text.funder} \\ ${labels.text.recipient}`,
        columns: [...recipients.map(recipient => ({ key: recipient, label: titleOf.get(recipient) ?? recipient })), { key: 'total', label: labels.text.total }],
        rows,
        notes: [amountNote,
            ...(hasUncertainCells({ rows }) ? [`${UNCERTAIN_MARK} ${labels.text.restsOnUncertain}`] : [])]
    };
}

const pairKey = (from: string, to: string): string => `${from}\u0000${to}`;

/** The note of a matrix listed by pair because it has more cells than `limit`. */
export function listedNote(labels: Labels, rows: number, columns: number, limit: number): string {
    const number = (value: number): string => formatNumber(value, labels.language);
    return fillLabel(labels.text.matrixListed, { rows: number(rows), columns: number(columns), limit: number(limit) });
}
