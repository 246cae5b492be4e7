import { isUncertain, type PartnershipModel } from '@samskap/language';
import { citationText, UNCERTAIN_MARK } from '../docs/provenance-text.js';
import { labelsFor, type Language } from '../i18n/index.js';
import { formatNumber } from '../number-format.js';
import { EMPTY_CELL, hasUncertainCells, markUncertain, type MatrixCell, type MatrixRow, type MatrixTable } from './matrix-table.js';

/**
 * Funder × recipient (docs/research.md D6): money per year in the model's currency in each cell, with
 * the non-monetary resources named beside it; totals per funder and per recipient.
 */
export function fundingMatrix(model: PartnershipModel, options: { language?: Language } = {}): MatrixTable {
    const labels = labelsFor(options.language ?? 'en');
    const order = [...model.actors.map(actor => actor.id), ...model.bodies.map(body => body.id)];
    const titleOf = new Map([...model.actors.map(a => [a.id, a.title] as const), ...model.bodies.map(b => [b.id, b.title] as const)]);
    const byOrder = (ids: Iterable<string>): string[] => [...new Set(ids)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const funders = byOrder(model.funding.map(line => line.from));
    const recipients = byOrder(model.funding.map(line => line.to));
    const currency = model.context.currency ?? '';
    const money = (value: number): string => `${formatNumber(value, labels.language)} ${currency}`.trim();
    const cell = (from: string | undefined, to: string | undefined): MatrixCell => {
        const lines = model.funding.filter(line => (from === undefined || line.from === from) && (to === undefined || line.to === to));
        if (lines.length === 0) {
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
    const rows: MatrixRow[] = funders.map(funder => ({
        key: funder,
        label: titleOf.get(funder) ?? funder,
        cells: [...recipients.map(recipient => cell(funder, recipient)), cell(funder, undefined)]
    }));
    rows.push({ key: 'total', label: labels.text.total, cells: [...recipients.map(recipient => cell(undefined, recipient)), cell(undefined, undefined)] });
    return {
        id: `funding-${model.name}`,
        caption: `${model.title} — ${labels.text.fundingMatrix}`,
        corner: `${labels.text.funder} \\ ${labels.text.recipient}`,
        columns: [...recipients.map(recipient => ({ key: recipient, label: titleOf.get(recipient) ?? recipient })), { key: 'total', label: labels.text.total }],
        rows,
        notes: [`${labels.text.amount}: ${currency} ${labels.text.perYear}`.replace(/\s+/g, ' '),
            ...(hasUncertainCells({ rows }) ? [`${UNCERTAIN_MARK} ${labels.text.restsOnUncertain}`] : [])]
    };
}
