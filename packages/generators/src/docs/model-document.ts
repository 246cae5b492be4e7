import type { PartnershipModel } from '@samskap/language';
import type { GraphView } from '../diagram/diagram-graph.js';
import type { Labels } from '../i18n/index.js';
import { decisionMatrix } from '../matrix/decision-matrix.js';
import { fundingMatrix } from '../matrix/funding-matrix.js';
import { textCell, type MatrixTable } from '../matrix/matrix-table.js';
import type { ModelReport } from '../model-report.js';
import { fundingAmountText } from '../quantity-text.js';
import { sourcePosition } from '../source-link.js';
import { classificationBlocks } from './classification-blocks.js';
import type { DocBlock, DocPage } from './doc-blocks.js';

/** The diagrams a page shows, already rendered (SVG for HTML, Mermaid for Markdown). */
export interface PageDiagrams {
    readonly svg: Partial<Record<GraphView, string>>;
    readonly mermaid: Partial<Record<GraphView, string>>;
}

export const PAGE_VIEWS: readonly GraphView[] = ['network', 'funding', 'governance'];

/** Which views say something for this model (no empty funding or governance drawings). */
export function viewsWorthDrawing(model: PartnershipModel): GraphView[] {
    return PAGE_VIEWS.filter(view => view === 'network' ||
        (view === 'funding' && model.funding.length > 0) ||
        (view === 'governance' && (model.decisions.length > 0 || model.definitions.length > 0)));
}

/** Documentation comments are wrapped to the source's width: join wrapped lines, keep blank-line paragraphs. */
function unwrap(text: string): string {
    return text.replace(/([^\n])\n(?!\n)/g, '$1 ');
}

function simpleTable(id: string, caption: string, corner: string, columns: readonly string[], rows: ReadonlyArray<{ key: string; label: string; cells: readonly string[] }>): MatrixTable {
    return {
        id, caption, corner,
        columns: columns.map((label, index) => ({ key: `c${index}`, label })),
        rows: rows.map(row => ({ key: row.key, label: row.label, cells: row.cells.map(text => textCell(text)) })),
        notes: []
    };
}

function summaryFacts(model: PartnershipModel, labels: Labels): DocBlock {
    const t = labels.text;
    const titleOf = new Map([...model.actors.map(a => [a.id, a.title] as const), ...model.bodies.map(b => [b.id, b.title] as const)]);
    const names = (ids: readonly string[]): string => ids.map(id => titleOf.get(id) ?? id).join(', ');
    const context = model.context;
    const entries: Array<{ term: string; text: string }> = [];
    const add = (term: string, text: string | undefined): void => {
        if (text) {
            entries.push({ term, text });
        }
    };
    add(t.country, context.country);
    add(t.municipality, context.municipality);
    add(t.period, context.period ? `${context.period.start}–${context.period.end ?? ''}` : undefined);
    add(t.fields, context.fields.map(field => labels.fields[field]).join(', '));
    add(t.purposes, context.purposes.map(value => labels.values[value]).join(', '));
    add(t.goals, context.goals.map(goal => goal.text).join('\n'));
    add(t.sources, context.sources.map(source => `${labels.sourceKinds[source.kind]}: ${source.description}`).join('\n'));
    add(t.initiative, model.initiatives.map(i => `${names(i.initiators)}${i.year ? ` (${i.year})` : ''}`).join('; '));
    add(t.involvement, model.involvements.map(i => `${names([i.party])}: ${labels.phases[i.phase]}`).join('; '));
    for (const definition of model.definitions) {
        add(definition.aspect === 'goals' ? t.goalsDefinedBy : t.contentDefinedBy,
            `${names(definition.definers)}${definition.rule ? ` (${labels.rules[definition.rule]})` : ''}`);
    }
    if (model.governance) {
        const g = model.governance;
        add(t.governanceMode, `${labels.governanceModes[g.mode]}${g.organisation ? `: ${names([g.organisation])}` : ''}`);
    }
    if (model.anchoring) {
        const a = model.anchoring;
        add(t.anchoring, [a.unit, a.decisionReference, a.budgetLine].filter(part => part).join(', '));
    }
    add(t.agreements, model.agreements.map(a => `${a.title}${a.instrument ? ` (${labels.instruments[a.instrument]})` : ''}: ${names(a.parties)}` +
        `${a.period ? `, ${a.period.start}–${a.period.end ?? ''}` : ''}`).join('\n'));
    return { kind: 'facts', entries };
}

/**
 * One model's documentation page: summary, diagrams, actors, roles and bodies, funding and
 * decision tables, classifications with evidence, findings.
 */
export function modelPage(report: ModelReport, path: string, diagrams: PageDiagrams, labels: Labels, indexHref: string): DocPage {
    const { model } = report;
    const t = labels.text;
    const base = path.slice(path.lastIndexOf('/') + 1);
    const blocks: DocBlock[] = [];
    blocks.push({ kind: 'link', text: `← ${t.backToIndex}`, href: indexHref });
    blocks.push({ kind: 'heading', level: 1, text: model.title });
    blocks.push({ kind: 'paragraph', text: `${t.model}: ${model.name} — ${t.file}: ${report.file ?? model.uri}`, muted: true });
    if (model.documentation) {
        blocks.push({ kind: 'paragraph', text: unwrap(model.documentation) });
    }
    const form = report.classification?.coCreation;
    if (form) {
        const lorentzen = report.classification?.lorentzen.categories.map(code => labels.lorentzen[code]).join(', ');
        blocks.push({ kind: 'paragraph', text: `${t.coCreationForm}: ${labels.forms[form.code]}${lorentzen ? ` — ${t.lorentzenProfile}: ${lorentzen}` : ''}` });
    }
    blocks.push({ kind: 'heading', level: 2, text: t.summary, anchor: 'summary' });
    blocks.push(summaryFacts(model, labels));

    const views = viewsWorthDrawing(model);
    if (views.length > 0) {
        blocks.push({ kind: 'heading', level: 2, text: t.diagrams, anchor: 'diagrams' });
        for (const view of views) {
            blocks.push({ kind: 'diagram', view, caption: labels.views[view], svgFile: `${base}-${view}.svg`, svg: diagrams.svg[view], mermaid: diagrams.mermaid[view] });
        }
    }

    blocks.push({ kind: 'heading', level: 2, text: t.actors, anchor: 'actors' });
    blocks.push({
        kind: 'table',
        table: simpleTable(`actors-${model.name}`, t.actors, t.actor, [t.kind, t.sector, 'id', t.source], model.actors.map(actor => ({
            key: actor.id, label: actor.title,
            cells: [labels.actorKinds[actor.kind], labels.sectors[actor.sector], actor.id, `${actor.documentation ? `${unwrap(actor.documentation)} — ` : ''}${sourcePosition(actor.nameRange)}`]
        })))
    });
    const titleOf = new Map([...model.actors.map(a => [a.id, a.title] as const), ...model.bodies.map(b => [b.id, b.title] as const)]);
    const names = (ids: readonly string[]): string => ids.map(id => titleOf.get(id) ?? id).join(', ');
    if (model.roles.length > 0) {
        blocks.push({
            kind: 'table',
            table: simpleTable(`roles-${model.name}`, t.roles, t.roles, [t.kind, t.actors], model.roles.map(role => ({
                key: role.id, label: role.title, cells: [role.kind ? labels.roleKinds[role.kind] : '', names(role.holders)]
            })))
        });
    }
    if (model.bodies.length > 0) {
        blocks.push({
            kind: 'table',
            table: simpleTable(`bodies-${model.name}`, t.bodies, t.bodies, [t.kind, t.members, t.decision], model.bodies.map(body => ({
                key: body.id, label: body.title,
                cells: [body.kind ? labels.bodyKinds[body.kind] : '', names(body.members), [body.rule ? labels.rules[body.rule] : '', body.level ? labels.levels[body.level] : ''].filter(x => x).join(', ')]
            })))
        });
    }
    if (model.activities.length > 0) {
        blocks.push({
            kind: 'table',
            table: simpleTable(`activities-${model.name}`, t.activities, t.activities, [t.period, t.actors], model.activities.map(activity => ({
                key: activity.id, label: activity.title,
                cells: [activity.phases.map(phase => labels.phases[phase]).join(', '), `${names(activity.performers)}${activity.mode === 'jointly' ? ` (${labels.sides.joint})` : ''}`]
            })))
        });
    }

    if (model.funding.length > 0) {
        blocks.push({ kind: 'heading', level: 2, text: t.funding, anchor: 'funding' });
        blocks.push({
            kind: 'table',
            table: simpleTable(`funding-lines-${model.name}`, t.funding, '#', [t.funder, t.recipient, t.kind, t.amount, t.source], model.funding.map(line => ({
                key: String(line.index), label: String(line.index + 1),
                cells: [names([line.from]), names([line.to]), labels.fundingKinds[line.kind], fundingAmountText(line, labels, model),
                    `${line.description ? `${line.description} — ` : ''}${sourcePosition(line.range)}`]
            })))
        });
        blocks.push({ kind: 'table', table: fundingMatrix(model, { language: labels.language }) });
    }
    if (model.decisions.length > 0) {
        blocks.push({ kind: 'heading', level: 2, text: t.decisionMatrix, anchor: 'decisions' });
        blocks.push({ kind: 'table', table: decisionMatrix(model, { language: labels.language }) });
    }
    blocks.push(...classificationBlocks(model, report.classification, labels));
    blocks.push({ kind: 'heading', level: 2, text: t.findings, anchor: 'findings' });
    const findings = report.findings ?? [];
    if (findings.length === 0) {
        blocks.push({ kind: 'paragraph', text: report.findings ? t.noFindings : t.notClassified, muted: true });
    } else {
        blocks.push({
            kind: 'list',
            items: findings.map(finding => ({
                tone: finding.severity,
                text: `${finding.line}:${finding.column} ${finding.message}${finding.code ? ` [${finding.code}]` : ''}`
            }))
        });
    }
    return { path, title: model.title, blocks };
}
