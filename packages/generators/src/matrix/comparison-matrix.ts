import {
    evidenceDetail, isUncertain, SECTORS, type CoCreationResult, type CriterionCode, type Evidence, type ModelContext, type PartnershipModel, type Sector, type SourceRange
} from '@samskap/language';
import { restsOnUncertain, UNCERTAIN_MARK } from '../docs/provenance-text.js';
import type { Labels, Language } from '../i18n/index.js';
import { labelsFor } from '../i18n/index.js';
import { countFindings, type ModelReport } from '../model-report.js';
import { formatNumber, formatPercent } from '../number-format.js';
import { codeCell, EMPTY_CELL, hasUncertainCells, markUncertain, numberCell, textCell, type MatrixCell, type MatrixRow, type MatrixTable } from './matrix-table.js';

export interface ComparisonOptions {
    readonly language?: Language;
    /** Link for each model's column heading (the documentation site sets it). */
    readonly hrefOf?: (report: ModelReport, index: number) => string | undefined;
}

interface Dimension {
    readonly key: string;
    readonly label: string;
    readonly coded?: boolean;
    readonly cell: (report: ModelReport) => MatrixCell;
    /** True when the cell's value rests on an assumed or illustrative statement (the classification's evidence, or the facts it shows). */
    readonly uncertain?: (report: ModelReport) => boolean;
}

/** The statements behind evidence (a classification result's, or one criterion's). */
const rangesOf = (evidence: readonly Evidence[]): SourceRange[] => evidence.flatMap(item => item.ranges);

/** The evidence of one co-creation criterion, wherever the procedure read it (the computed form and every assessed one). */
function criterionRanges(form: CoCreationResult | undefined, criterion: CriterionCode): SourceRange[] {
    if (!form) {
        return [];
    }
    return rangesOf([...form.evidence, ...form.assessments.flatMap(assessment => assessment.evidence)].filter(item => item.criterion === criterion));
}

/** Whether a context statement (country, municipality, period, fields, purposes) is stated as assumed or illustrative. */
const contextUncertain = (report: ModelReport, key: keyof NonNullable<ModelContext['provenance']>): boolean =>
    isUncertain(report.model.context.provenance?.[key]?.certainty);

/** Yearly money: the funding lines with a yearly amount stand behind every sum and share of it. */
const yearlyLines = (report: ModelReport): SourceRange[] => report.model.funding.filter(line => line.yearlyAmount !== undefined).map(line => line.range);

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

function titles(model: PartnershipModel, ids: readonly string[]): string {
    const byId = new Map([...model.actors.map(a => [a.id, a.title] as const), ...model.bodies.map(b => [b.id, b.title] as const)]);
    return ids.map(id => byId.get(id) ?? id).join(', ');
}

function codes(values: readonly string[], label: (code: string) => string): MatrixCell {
    return values.length === 0 ? EMPTY_CELL : { value: values.join(';'), text: values.map(label).join(', ') };
}

/** yearlyBySector per model: six rows of the matrix read it (the total and one share per sector). */
const yearlyBySectorCache = new WeakMap<PartnershipModel, { total: number; bySector: ReadonlyMap<Sector, number> }>();

/** Money per year by the funder's sector (only what is comparable: yearly amounts in the model's currency). */
function yearlyBySector(model: PartnershipModel): { total: number; bySector: ReadonlyMap<Sector, number> } {
    let cached = yearlyBySectorCache.get(model);
    if (!cached) {
        cached = computeYearlyBySector(model);
        yearlyBySectorCache.set(model, cached);
    }
    return cached;
}

function computeYearlyBySector(model: PartnershipModel): { total: number; bySector: Map<Sector, number> } {
    const sectorOf = new Map(model.actors.map(actor => [actor.id, actor.sector]));
    const bySector = new Map<Sector, number>();
    let total = 0;
    for (const line of model.funding) {
        const sector = sectorOf.get(line.from);
        if (line.yearlyAmount !== undefined && sector) {
            bySector.set(sector, (bySector.get(sector) ?? 0) + line.yearlyAmount);
            total += line.yearlyAmount;
        }
    }
    return { total, bySector };
}

function dimensions(labels: Labels): Dimension[] {
    const t = labels.text;
    const dims: Dimension[] = [
        { key: 'title', label: t.title, cell: r => textCell(r.model.title) },
        { key: 'file', label: t.file, cell: r => textCell(r.file ?? r.model.uri) },
        { key: 'country', label: t.country, cell: r => textCell(r.model.context.country), uncertain: r => contextUncertain(r, 'country') },
        { key: 'municipality', label: t.municipality, cell: r => textCell(r.model.context.municipality), uncertain: r => contextUncertain(r, 'municipality') },
        {
            key: 'period', label: t.period, uncertain: r => contextUncertain(r, 'period'), cell: r => {
                const period = r.model.context.period;
                return period ? { value: `${period.start}..${period.end ?? ''}`, text: `${period.start}–${period.end ?? ''}` } : EMPTY_CELL;
            }
        },
        { key: 'fields', label: t.fields, coded: true, uncertain: r => contextUncertain(r, 'fields'), cell: r => codes(r.model.context.fields, code => labels.fields[code as keyof Labels['fields']]) },
        {
            key: 'sectors_present', label: t.sectorsPresent, coded: true, uncertain: r => restsOnUncertain(r.model, r.model.actors.map(actor => actor.range)),
            cell: r => codes(SECTORS.filter(sector => r.model.actors.some(actor => actor.sector === sector)), code => labels.sectors[code as Sector])
        },
        {
            key: 'actor_count', label: t.actorCount, uncertain: r => restsOnUncertain(r.model, r.model.actors.map(actor => actor.range)),
            cell: r => numberCell(r.model.actors.length, String(r.model.actors.length))
        },
        {
            key: 'initiator', label: t.initiator, coded: true,
            uncertain: r => restsOnUncertain(r.model, [...criterionRanges(r.classification?.coCreation, 'initiator'), ...r.model.initiatives.map(i => i.range)]),
            cell: r => {
                const side = r.classification?.coCreation.facts.initiator;
                const names = titles(r.model, [...new Set(r.model.initiatives.flatMap(i => i.initiators))]);
                return side ? codeCell(side, `${labels.sides[side]}${names ? ` (${names})` : ''}`) : textCell(names);
            }
        },
        {
            key: 'first_non_public_involvement', label: t.firstNonPublicInvolvement, coded: true,
            uncertain: r => restsOnUncertain(r.model, criterionRanges(r.classification?.coCreation, 'first-involvement')),
            cell: r => {
                const phase = r.classification?.coCreation.facts.firstNonPublicPhase;
                return phase ? codeCell(phase, labels.phases[phase]) : EMPTY_CELL;
            }
        },
        ...(['goals', 'content'] as const).map((aspect): Dimension => ({
            key: `${aspect}_defined_by`, label: aspect === 'goals' ? t.goalsDefinedBy : t.contentDefinedBy, coded: true,
            uncertain: r => restsOnUncertain(r.model, [
                ...criterionRanges(r.classification?.coCreation, aspect === 'goals' ? 'goals-defined-by' : 'content-defined-by'),
                ...r.model.definitions.filter(d => d.aspect === aspect).map(d => d.range)
            ]),
            cell: r => {
                const facts = r.classification?.coCreation.facts;
                const side = aspect === 'goals' ? facts?.goalsDefinedBy : facts?.contentDefinedBy;
                const names = titles(r.model, r.model.definitions.filter(d => d.aspect === aspect).flatMap(d => d.definers));
                return side ? codeCell(side, `${labels.sides[side]}${names ? ` (${names})` : ''}`) : textCell(names);
            }
        })),
        {
            key: 'governance_mode', label: t.governanceMode, coded: true,
            uncertain: r => restsOnUncertain(r.model, r.model.governance ? [r.model.governance.range] : []),
            cell: r => {
                const mode = r.classification?.governance.code ?? r.model.governance?.mode;
                const organisation = r.model.governance?.organisation;
                return mode ? codeCell(mode, `${labels.governanceModes[mode]}${organisation ? ` (${titles(r.model, [organisation])})` : ''}`) : EMPTY_CELL;
            }
        },
        {
            key: 'governance_fit', label: t.governanceFit, coded: true,
            uncertain: r => restsOnUncertain(r.model, rangesOf(r.classification?.governance.evidence ?? [])),
            cell: r => {
                const governance = r.classification?.governance;
                return governance ? codeCell(governance.fit, labels.governanceFit[governance.fit], governance.evidence.map(e => evidenceDetail(e, labels.language)).join('; ')) : EMPTY_CELL;
            }
        },
        {
            key: 'lorentzen_profile', label: t.lorentzenProfile, coded: true,
            uncertain: r => restsOnUncertain(r.model, rangesOf(r.classification?.lorentzen.parts.flatMap(part => part.evidence) ?? [])),
            cell: r => {
                const profile = r.classification?.lorentzen;
                return profile ? codes(profile.categories, code => labels.lorentzen[code as keyof Labels['lorentzen']]) : EMPTY_CELL;
            }
        },
        {
            key: 'co_creation_form', label: t.coCreationForm, coded: true,
            uncertain: r => restsOnUncertain(r.model, rangesOf(r.classification?.coCreation.evidence ?? [])),
            cell: r => {
                const form = r.classification?.coCreation;
                return form ? codeCell(form.code, labels.forms[form.code], form.evidence.map(e => `${e.holds ? '✓' : '✗'} ${evidenceDetail(e, labels.language)}`).join('\n')) : EMPTY_CELL;
            }
        },
        {
            key: 'claimed_form', label: t.claimedForm, coded: true,
            uncertain: r => isUncertain(r.model.claims.form?.provenance?.certainty),
            cell: r => (r.model.claims.form ? codeCell(r.model.claims.form.value, labels.forms[r.model.claims.form.value]) : EMPTY_CELL)
        },
        {
            key: 'pestoff', label: t.pestoff, coded: true,
            uncertain: r => restsOnUncertain(r.model, rangesOf((r.classification?.pestoff ?? []).flatMap(result => result.parts.filter(part => part.holds).flatMap(part => part.evidence)))),
            cell: r => {
                const found = [...new Set((r.classification?.pestoff ?? []).flatMap(p => p.codes))];
                const order = ['co_governance', 'co_management', 'co_production'] as const;
                return r.classification ? codes(order.filter(code => found.includes(code)), code => labels.pestoff[code as keyof Labels['pestoff']]) : EMPTY_CELL;
            }
        },
        {
            key: 'voorberg', label: t.voorberg, coded: true,
            uncertain: r => restsOnUncertain(r.model, rangesOf((r.classification?.voorberg ?? []).flatMap(result => result.parts.filter(part => part.holds).flatMap(part => part.evidence)))),
            cell: r => {
                const found = new Set((r.classification?.voorberg ?? []).flatMap(v => (v.highest ? [v.highest] : [])));
                const order = ['initiator', 'co_designer', 'co_implementer'] as const;
                return r.classification ? codes(order.filter(code => found.has(code)), code => labels.voorberg[code as keyof Labels['voorberg']]) : EMPTY_CELL;
            }
        },
        {
            key: 'funding_per_year', label: `${t.fundingTotalPerYear}`, uncertain: r => restsOnUncertain(r.model, yearlyLines(r)), cell: r => {
                const { total } = yearlyBySector(r.model);
                return total > 0 ? numberCell(total, `${formatNumber(total, labels.language)} ${r.model.context.currency ?? ''}`.trim()) : EMPTY_CELL;
            }
        },
        {
            key: 'funding_once', label: t.fundingTotalOnce,
            uncertain: r => restsOnUncertain(r.model, r.model.funding.filter(line => line.onceAmount !== undefined).map(line => line.range)),
            cell: r => {
                const once = r.model.funding.reduce((sum, line) => sum + (line.onceAmount ?? 0), 0);
                return once > 0 ? numberCell(once, `${formatNumber(once, labels.language)} ${r.model.context.currency ?? ''}`.trim()) : EMPTY_CELL;
            }
        },
        ...SECTORS.map((sector): Dimension => ({
            key: `funding_share_${sector}`, label: `${t.fundingShareOf}: ${labels.sectors[sector]}`, uncertain: r => restsOnUncertain(r.model, yearlyLines(r)), cell: r => {
                const { total, bySector } = yearlyBySector(r.model);
                const share = total > 0 ? (bySector.get(sector) ?? 0) / total : undefined;
                return share === undefined ? EMPTY_CELL : numberCell(round(share, 4), formatPercent(share, labels.language));
            }
        })),
        {
            key: 'largest_funder', label: t.largestFunder, coded: true,
            uncertain: r => restsOnUncertain(r.model, rangesOf(r.classification?.funding.overall?.evidence ?? [])),
            cell: r => {
                const largest = r.classification?.funding.overall?.largest;
                return largest ? codeCell(largest.funder, titles(r.model, [largest.funder])) : EMPTY_CELL;
            }
        },
        {
            key: 'largest_funder_share', label: t.largestFunderShare,
            uncertain: r => restsOnUncertain(r.model, rangesOf(r.classification?.funding.overall?.evidence ?? [])),
            cell: r => {
                const largest = r.classification?.funding.overall?.largest;
                return largest ? numberCell(round(largest.share, 4), formatPercent(largest.share, labels.language)) : EMPTY_CELL;
            }
        },
        {
            key: 'herfindahl', label: t.concentration,
            uncertain: r => restsOnUncertain(r.model, rangesOf(r.classification?.funding.overall?.evidence ?? [])),
            cell: r => {
                const overall = r.classification?.funding.overall;
                return overall ? numberCell(round(overall.herfindahl, 4), formatNumber(overall.herfindahl, labels.language, 2)) : EMPTY_CELL;
            }
        },
        {
            key: 'remaining_if_largest_leaves', label: t.remainingIfLargestLeaves,
            uncertain: r => restsOnUncertain(r.model, rangesOf(r.classification?.funding.overall?.evidence ?? [])),
            cell: r => {
                const overall = r.classification?.funding.overall;
                return overall ? numberCell(round(overall.remainingShareIfLargestLeaves, 4), formatPercent(overall.remainingShareIfLargestLeaves, labels.language)) : EMPTY_CELL;
            }
        },
        ...(['error', 'warning', 'info'] as const).map((severity): Dimension => ({
            key: `findings_${severity}`, label: `${t.findingsOf} ${labels.severities[severity]}`, cell: r => {
                const count = countFindings(r.findings)?.[severity];
                return count === undefined ? EMPTY_CELL : numberCell(count, String(count));
            }
        }))
    ];
    return dims;
}

/** Column keys: model names, made unique when two files declare models of the same name. */
export function modelKeys(reports: readonly ModelReport[]): string[] {
    const seen = new Map<string, number>();
    return reports.map(report => {
        const count = (seen.get(report.model.name) ?? 0) + 1;
        seen.set(report.model.name, count);
        return count === 1 ? report.model.name : `${report.model.name}~${count}`;
    });
}

/**
 * The comparison matrix over many models (the dimensions and classifications of docs/research.md):
 * one column per model, one row per dimension, machine codes beside labels in the display language.
 */
export function comparisonMatrix(reports: readonly ModelReport[], options: ComparisonOptions = {}): MatrixTable {
    const labels = labelsFor(options.language ?? 'en');
    const keys = modelKeys(reports);
    const rows: MatrixRow[] = dimensions(labels).map(dim => ({
        key: dim.key,
        label: dim.label,
        coded: dim.coded,
        cells: reports.map(report => markUncertain(dim.cell(report), dim.uncertain?.(report) ?? false, labels.text.restsOnUncertain))
    }));
    return {
        id: 'comparison',
        caption: labels.text.comparison,
        corner: labels.text.dimension,
        columns: reports.map((report, index) => ({ key: keys[index], label: report.model.title, href: options.hrefOf?.(report, index) })),
        rows,
        notes: [
            ...(reports.some(report => !report.classification) ? [`${labels.text.classifications}: ${labels.text.notClassified}`] : []),
            ...(hasUncertainCells({ rows }) ? [`${UNCERTAIN_MARK} ${labels.text.restsOnUncertain}`] : [])
        ]
    };
}

/** The heading and corner of the comparison matrix turned a quarter (one row per model), for HTML. */
export function comparisonByRow(language: Language = 'en'): { heading: string; corner: string } {
    const labels = labelsFor(language);
    return { heading: labels.text.modelsByRow, corner: labels.text.model };
}
