import type { PartnershipModel, Provenance } from '@samskap/language';
import type { GraphView } from '../diagram/diagram-graph.js';
import type { Labels } from '../i18n/index.js';
import { decisionMatrix } from '../matrix/decision-matrix.js';
import { fundingMatrix } from '../matrix/funding-matrix.js';
import { MATRIX_CELL_LIMIT, textCell, type MatrixTable } from '../matrix/matrix-table.js';
import type { ModelReport } from '../model-report.js';
import { fundingAmountText } from '../quantity-text.js';
import { sourcePosition } from '../source-link.js';
import { classificationBlocks } from './classification-blocks.js';
import type { DocBlock, DocPage } from './doc-blocks.js';
import { sourcesBlocks, uncertainFactsBlocks } from './provenance-blocks.js';
import { citationText, restsOnUncertain, UNCERTAIN_MARK, withCitation } from './provenance-text.js';

/** The diagrams a page shows, already rendered (SVG for HTML, Mermaid for Markdown). */
export interface PageDiagrams {
    readonly svg: Partial<Record<GraphView, string>>;
    readonly mermaid: Partial<Record<GraphView, string>>;
    /** What each SVG was drawn from, when the writer asked (modelDiagrams with earlier drawings): kept to find it again. */
    readonly drawings?: Partial<Record<GraphView, string>>;
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

interface SimpleRow {
    readonly key: string;
    readonly label: string;
    readonly cells: readonly string[];
    /** The provenance of the statement the row shows: a last column gives it when any row has one. */
    readonly provenance?: Provenance;
}

function simpleTable(id: string, caption: string, corner: string, columns: readonly string[], rows: readonly SimpleRow[], labels: Labels): MatrixTable {
    const sourced = rows.some(row => row.provenance);
    return {
        id, caption, corner,
        columns: [...columns, ...(sourced ? [labels.text.sources] : [])].map((label, index) => ({ key: `c${index}`, label })),
        rows: rows.map(row => ({
            key: row.key, label: row.label,
            cells: [...row.cells, ...(sourced ? [citationText(row.provenance, labels)] : [])].map(text => textCell(text))
        })),
        notes: []
    };
}

/**
 * The context and the statements about who does what, each fact with its citation and certainty
 * ("Arendal — guribye p. 3 (stated)"; "† (illustrative)" for a fact that is not a finding).
 */
function summaryFacts(model: PartnershipModel, labels: Labels): DocBlock {
    const t = labels.text;
    const titleOf = new Map([...model.actors.map(a => [a.id, a.title] as const), ...model.bodies.map(b => [b.id, b.title] as const)]);
    const names = (ids: readonly string[]): string => ids.map(id => titleOf.get(id) ?? id).join(', ');
    const context = model.context;
    const cited = context.provenance ?? {};
    const entries: Array<{ term: string; text: string }> = [];
    const add = (term: string, text: string | undefined): void => {
        if (text) {
            entries.push({ term, text });
        }
    };
    /** One line per fact, each followed by its citation. */
    const facts = <Fact extends { readonly provenance?: Provenance }>(items: readonly Fact[], text: (fact: Fact) => string): string =>
        items.map(item => withCitation(text(item), item.provenance, labels)).join('\n');
    add(t.country, context.country && withCitation(context.country, cited.country, labels));
    add(t.municipality, context.municipality && withCitation(context.municipality, cited.municipality, labels));
    add(t.period, context.period && withCitation(`${context.period.start}–${context.period.end ?? ''}`, cited.period, labels));
    add(t.fields, context.fields.length > 0 ? withCitation(context.fields.map(field => labels.fields[field]).join(', '), cited.fields, labels) : undefined);
    add(t.purposes, context.purposes.length > 0 ? withCitation(context.purposes.map(value => labels.values[value]).join(', '), cited.purposes, labels) : undefined);
    add(t.goals, facts(context.goals, goal => goal.text));
    add(t.initiative, facts(model.initiatives, i => `${names(i.initiators)}${i.year ? ` (${i.year})` : ''}`));
    add(t.involvement, facts(model.involvements, i => `${names([i.party])}: ${labels.phases[i.phase]}`));
    for (const definition of model.definitions) {
        add(definition.aspect === 'goals' ? t.goalsDefinedBy : t.contentDefinedBy,
            withCitation(`${names(definition.definers)}${definition.rule ? ` (${labels.rules[definition.rule]})` : ''}`, definition.provenance, labels));
    }
    if (model.governance) {
        const g = model.governance;
        add(t.governanceMode, withCitation(`${labels.governanceModes[g.mode]}${g.organisation ? `: ${names([g.organisation])}` : ''}`, g.provenance, labels));
    }
    if (model.anchoring) {
        const a = model.anchoring;
        add(t.anchoring, withCitation([a.unit, a.decisionReference, a.budgetLine].filter(part => part).join(', '), a.provenance, labels));
    }
    add(t.agreements, facts(model.agreements, a => `${a.title}${a.instrument ? ` (${labels.instruments[a.instrument]})` : ''}: ${names(a.parties)}` +
        `${a.period ? `, ${a.period.start}–${a.period.end ?? ''}` : ''}`));
    return { kind: 'facts', entries };
}

/**
 * One model's documentation page (summary, diagrams, actors, roles and bodies, funding and
 * decision tables, classifications with evidence, findings), once per link back to an index:
 * the HTML page links to index.html, the Markdown page to index.md; the rest is made once and
 * shared.
 */
export function modelPages(report: ModelReport, path: string, diagrams: PageDiagrams, labels: Labels, indexHrefs: readonly string[]): DocPage[] {
    const blocks = pageBlocks(report, path, diagrams, labels);
    return indexHrefs.map(href => ({ path, title: report.model.title, blocks: [{ kind: 'link', text: `← ${labels.text.backToIndex}`, href }, ...blocks] }));
}

/** The blocks of a model's page after its link back to the index. */
function pageBlocks(report: ModelReport, path: string, diagrams: PageDiagrams, labels: Labels): DocBlock[] {
    const { model } = report;
    const t = labels.text;
    const base = path.slice(path.lastIndexOf('/') + 1);
    const blocks: DocBlock[] = [];
    blocks.push({ kind: 'heading', level: 1, text: model.title });
    blocks.push({ kind: 'paragraph', text: `${t.model}: ${model.name} — ${t.file}: ${report.file ?? model.uri}`, muted: true });
    blocks.push(...uncertainFactsBlocks(model, labels));
    if (model.documentation) {
        blocks.push({ kind: 'paragraph', text: unwrap(model.documentation) });
    }
    const form = report.classification?.coCreation;
    if (form) {
        const lorentzen = report.classification?.lorentzen.categories.map(code => labels.lorentzen[code]).join(', ');
        const mark = restsOnUncertain(model, form.evidence.flatMap(item => item.ranges)) ? `${UNCERTAIN_MARK} ` : '';
        blocks.push({ kind: 'paragraph', text: `${mark}${t.coCreationForm}: ${labels.forms[form.code]}${lorentzen ? ` — ${t.lorentzenProfile}: ${lorentzen}` : ''}` });
    }
    blocks.push({ kind: 'heading', level: 2, text: t.summary, anchor: 'summary' });
    blocks.push(summaryFacts(model, labels));
    blocks.push(...sourcesBlocks(model, labels));

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
            cells: [labels.actorKinds[actor.kind], labels.sectors[actor.sector], actor.id, `${actor.documentation ? `${unwrap(actor.documentation)} — ` : ''}${sourcePosition(actor.nameRange)}`],
            provenance: actor.provenance
        })), labels)
    });
    const titleOf = new Map([...model.actors.map(a => [a.id, a.title] as const), ...model.bodies.map(b => [b.id, b.title] as const)]);
    const names = (ids: readonly string[]): string => ids.map(id => titleOf.get(id) ?? id).join(', ');
    if (model.roles.length > 0) {
        blocks.push({
            kind: 'table',
            table: simpleTable(`roles-${model.name}`, t.roles, t.roles, [t.kind, t.actors], model.roles.map(role => ({
                key: role.id, label: role.title, cells: [role.kind ? labels.roleKinds[role.kind] : '', names(role.holders)], provenance: role.provenance
            })), labels)
        });
    }
    if (model.bodies.length > 0) {
        blocks.push({
            kind: 'table',
            table: simpleTable(`bodies-${model.name}`, t.bodies, t.bodies, [t.kind, t.members, t.decision], model.bodies.map(body => ({
                key: body.id, label: body.title,
                cells: [body.kind ? labels.bodyKinds[body.kind] : '', names(body.members), [body.rule ? labels.rules[body.rule] : '', body.level ? labels.levels[body.level] : ''].filter(x => x).join(', ')],
                provenance: body.provenance
            })), labels)
        });
    }
    if (model.activities.length > 0) {
        blocks.push({
            kind: 'table',
            table: simpleTable(`activities-${model.name}`, t.activities, t.activities, [t.phases, t.actors], model.activities.map(activity => ({
                key: activity.id, label: activity.title,
                cells: [activity.phases.map(phase => labels.phases[phase]).join(', '), `${names(activity.performers)}${activity.mode === 'jointly' ? ` (${labels.sides.joint})` : ''}`],
                provenance: activity.provenance
            })), labels)
        });
    }

    if (model.funding.length > 0) {
        blocks.push({ kind: 'heading', level: 2, text: t.funding, anchor: 'funding' });
        blocks.push({
            kind: 'table',
            table: simpleTable(`funding-lines-${model.name}`, t.funding, '#', [t.funder, t.recipient, t.kind, t.amount, t.source], model.funding.map(line => ({
                key: String(line.index), label: String(line.index + 1),
                cells: [names([line.from]), names([line.to]), labels.fundingKinds[line.kind], fundingAmountText(line, labels, model),
                    `${line.description ? `${line.description} — ` : ''}${sourcePosition(line.range)}`],
                provenance: line.provenance
            })), labels)
        });
        blocks.push({ kind: 'table', table: fundingMatrix(model, { language: labels.language, maxCells: MATRIX_CELL_LIMIT }) });
    }
    if (model.decisions.length > 0) {
        blocks.push({ kind: 'heading', level: 2, text: t.decisionMatrix, anchor: 'decisions' });
        blocks.push({ kind: 'table', table: decisionMatrix(model, { language: labels.language, maxCells: MATRIX_CELL_LIMIT }) });
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
    return blocks;
}
