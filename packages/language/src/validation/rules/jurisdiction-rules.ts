import type { FundingLine, PartnershipModel } from '../../model/partnership-model.js';
import type { ModelIndex } from '../../analysis/model-index.js';
import { entryFor, type JurisdictionCondition, type JurisdictionEntry, type JurisdictionTable } from '../jurisdictions/jurisdiction-table.js';
import { NO_PROCUREMENT_THRESHOLDS } from '../jurisdictions/no-procurement-thresholds.js';
import { NO_VOLUNTEER_CENTRE_GRANT } from '../jurisdictions/no-volunteer-centre-grant.js';
import { DK_SERVICE_ACT_18 } from '../jurisdictions/dk-service-act-18.js';
import { hit, type RuleContext, type RuleDefinition } from '../rule.js';
import { numberIn, type RuleMessage } from '../rule-message.js';

/** Every jurisdiction table the rules read; add a country's table here. */
export const JURISDICTION_TABLES: readonly JurisdictionTable[] = [NO_VOLUNTEER_CENTRE_GRANT, NO_PROCUREMENT_THRESHOLDS, DK_SERVICE_ACT_18];

/** The entry in force for the model: by the model's period, else the grant line's, else the current one. */
function entryForModel(table: JurisdictionTable, model: PartnershipModel, line: FundingLine): JurisdictionEntry | undefined {
    const period = line.period ?? model.context.period;
    if (period) {
        return entryFor(table, period.start, period.end ?? period.start);
    }
    return table.entries.find(entry => entry.validTo === undefined);
}

/**
 * The funding lines a table's condition applies to, each with the entry in force for it.
 * `perRecipient`: conditions about the recipient (a volunteer centre) are checked once per recipient.
 */
function grantConditions(context: RuleContext, kind: JurisdictionCondition['kind'], code: string, perRecipient = true): Array<{ line: FundingLine; entry: JurisdictionEntry; condition: JurisdictionCondition }> {
    const { model } = context;
    const result: Array<{ line: FundingLine; entry: JurisdictionEntry; condition: JurisdictionCondition }> = [];
    for (const table of JURISDICTION_TABLES) {
        if (table.country !== model.context.country) continue;
        const seen = new Set<string>();
        for (const line of model.funding) {
            if (!table.fundingKinds.includes(line.kind) || (perRecipient && seen.has(line.to))) continue;
            seen.add(line.to);
            const entry = entryForModel(table, model, line);
            const condition = entry?.conditions.find(c => c.kind === kind && c.rule === code);
            if (entry && condition) result.push({ line, entry, condition });
        }
    }
    return result;
}

/** The entry a finding rests on: its title and source (publications cited as published), when in force, when read. */
function label(entry: JurisdictionEntry): RuleMessage {
    const { title, validFrom, source, retrieved } = entry;
    const { nb, da } = entry.translations;
    return {
        en: `${title} (in force from ${validFrom}; source: ${source}; read ${retrieved})`,
        nb: `${nb.title} (gjelder fra ${validFrom}; kilde: ${nb.source}; lest ${retrieved})`,
        da: `${da.title} (gælder fra ${validFrom}; kilde: ${da.source}; læst ${retrieved})`
    };
}

function moneyTo(index: ModelIndex, recipient: string): FundingLine[] {
    return index.model.funding.filter(line => line.to === recipient && line.category === 'money');
}

function conditionRule(code: string, kind: JurisdictionCondition['kind'], defaultSeverity: RuleDefinition['defaultSeverity'], summary: string,
    breached: (context: RuleContext, line: FundingLine, condition: JurisdictionCondition) => RuleMessage | undefined): RuleDefinition {
    return {
        code, area: 'JUR', defaultSeverity, scope: 'model', summary,
        check(context, report): void {
            for (const { line, entry, condition } of grantConditions(context, kind, code)) {
                const found = breached(context, line, condition);
                if (found !== undefined) {
                    const [centre, text, cited] = [context.index.title(line.to), condition.text, label(entry)];
                    report(hit({
                        en: `The volunteer-centre grant to ${centre} requires ${text.en}; ${found.en}. ${cited.en}.`,
                        nb: `Tilskuddet til frivilligsentralen ${centre} krever ${text.nb}; ${found.nb}. ${cited.nb}.`,
                        da: `Tilskuddet til frivilligcentralen ${centre} kræver ${text.da}; ${found.da}. ${cited.da}.`
                    }, line.range));
                }
            }
        }
    };
}

export const volunteerCentreLocalFunding = conditionRule('SK-JUR-001', 'local-funding-share', 'warning',
    'Norway: a volunteer centre receiving the state grant has the local funding share the regulation in force requires (data table).',
    ({ index }, line, condition) => {
        if (condition.kind !== 'local-funding-share') return undefined;
        const lines = moneyTo(index, line.to);
        if (lines.some(l => l.yearlyAmount === undefined)) return undefined;
        const total = lines.reduce((sum, l) => sum + (l.yearlyAmount ?? 0), 0);
        const state = lines.filter(l => l.kind === 'volunteer_centre_grant').reduce((sum, l) => sum + (l.yearlyAmount ?? 0), 0);
        if (total <= 0) return undefined;
        const local = (total - state) / total;
        const percent = Math.round(local * 1000) / 10;
        return local + 1e-9 < condition.minShare
            ? {
                en: `local funding is ${numberIn(percent, 'en')} % of its yearly money in the model; add the local funding lines or correct the amounts`,
                nb: `den lokale finansieringen er ${numberIn(percent, 'nb')} % av de årlige pengene den får i modellen; legg til linjene for lokal finansiering, eller rett beløpene`,
                da: `den lokale finansiering er ${numberIn(percent, 'da')} % af dens årlige penge i modellen; tilføj linjerne for lokal finansiering, eller ret beløbene`
            }
            : undefined;
    });

export const volunteerCentreAdvisoryBody = conditionRule('SK-JUR-002', 'advisory-body-with-voluntary', 'warning',
    'Norway: a volunteer centre receiving the state grant has an advisory body with voluntary-sector members (data table).',
    ({ index }, line) => {
        const represented = index.model.bodies.some(body => body.members.some(member => member !== line.to && index.actors.get(member)?.sector === 'voluntary'));
        return represented ? undefined : {
            en: 'no body in the model has a voluntary-sector member besides the centre; add the advisory body with its members',
            nb: 'ingen organer i modellen har et medlem fra frivillig sektor utenom sentralen; legg til det rådgivende organet med medlemmene',
            da: 'intet organ i modellen har et medlem fra frivillig sektor ud over centralen; tilføj det rådgivende organ med dets medlemmer'
        };
    });

export const volunteerCentrePositions = conditionRule('SK-JUR-003', 'min-positions', 'info',
    'Norway: a volunteer centre receiving the state grant has the minimum staffing the regulation in force requires (data table).',
    ({ index }, line, condition) => {
        if (condition.kind !== 'min-positions') return undefined;
        const fte = index.model.funding.filter(l => l.to === line.to && l.kind === 'position' && l.amount?.unit === 'FTE').reduce((sum, l) => sum + (l.amount?.value ?? 0), 0);
        return fte + 1e-9 < condition.minFte
            ? {
                en: `the model gives it ${numberIn(fte, 'en')} FTE; add the \`position\` lines`,
                nb: `modellen gir den ${numberIn(fte, 'nb')} årsverk; legg til \`position\`-linjene`,
                da: `modellen giver den ${numberIn(fte, 'da')} årsværk; tilføj \`position\`-linjerne`
            }
            : undefined;
    });

export const volunteerCentrePremises = conditionRule('SK-JUR-004', 'premises', 'info',
    'Norway: a volunteer centre receiving the state grant has access to premises (data table).',
    ({ index }, line) => index.model.funding.some(l => l.to === line.to && l.kind === 'premises')
        ? undefined
        : {
            en: 'the model gives it no premises; add a `premises` line from whoever provides them',
            nb: 'modellen gir den ingen lokaler; legg til en `premises`-linje fra den som stiller dem til rådighet',
            da: 'modellen giver den ingen lokaler; tilføj en `premises`-linje fra den, der stiller dem til rådighed'
        });

/**
 * The estimated value of a contract line: money per year times the years of its period (or of the
 * model's), or the one-off sum. Without any period, one year: the least the contract is worth.
 */
function contractValue(line: FundingLine, model: PartnershipModel): number | undefined {
    if (line.onceAmount !== undefined) return line.onceAmount;
    if (line.yearlyAmount === undefined) return undefined;
    const period = line.period ?? model.context.period;
    const years = period?.end !== undefined && period.end >= period.start ? period.end - period.start + 1 : 1;
    return line.yearlyAmount * years;
}

/** A public purchase above the national threshold must be announced (anskaffelsesforskriften; Loga et al. 2016 name procurement rules among social entrepreneurs' framework conditions). */
export const aboveNationalThreshold: RuleDefinition = {
    code: 'SK-JUR-005', area: 'JUR', defaultSeverity: 'info', scope: 'model',
    summary: 'Norway: a public procurement contract or contract payment above the national threshold in force must be announced nationally (data table).',
    check(context, report): void {
        for (const { line, entry, condition } of grantConditions(context, 'national-threshold', 'SK-JUR-005', false)) {
            if (condition.kind !== 'national-threshold' || context.model.context.currency !== condition.currency) continue;
            if (!context.index.publicActors().some(actor => actor.id === line.from)) continue;
            const value = contractValue(line, context.model);
            if (value !== undefined && value > condition.amount) {
                const [currency, text, cited] = [condition.currency, condition.text, label(entry)];
                report(hit({
                    en: `This contract is worth about ${numberIn(value, 'en')} ${currency} over its period, above the national threshold: the procurement regulation requires ${text.en}. Check that the purchase was announced. ${cited.en}.`,
                    nb: `Denne kontrakten er verdt om lag ${numberIn(value, 'nb')} ${currency} over perioden, over den nasjonale terskelverdien: anskaffelsesforskriften krever ${text.nb}. Sjekk at anskaffelsen ble kunngjort. ${cited.nb}.`,
                    da: `Denne kontrakt er værd omkring ${numberIn(value, 'da')} ${currency} over perioden, over den nationale tærskelværdi: den norske anskaffelsesforskrift kræver ${text.da}. Tjek, at indkøbet blev bekendtgjort. ${cited.da}.`
                }, line.range));
            }
        }
    }
};

/**
 * Whether the model states a voluntary effort by or for an actor: volunteer hours it gives or
 * receives, an activity it performs together with volunteers, or the actor being volunteers itself.
 */
function statesVoluntaryEffort(index: ModelIndex, actor: string): boolean {
    if (index.actors.get(actor)?.kind === 'volunteers') return true;
    if (index.model.funding.some(line => line.kind === 'volunteer_hours' && (line.from === actor || line.to === actor))) return true;
    return index.activitiesOf(actor).some(activity => activity.performers.some(party =>
        index.actorsOf(party).some(other => other !== actor && index.actors.get(other)?.kind === 'volunteers')));
}

/**
 * Denmark, serviceloven § 18 [derived reading of the ministry's conditions]: a municipal grant to a
 * voluntary actor in a social field is § 18 support only when the voluntary effort is the core of
 * the activity; the model should show that effort.
 */
export const serviceAct18VoluntaryEffort: RuleDefinition = {
    code: 'SK-JUR-006', area: 'JUR', defaultSeverity: 'info', scope: 'model',
    summary: 'Denmark: a municipal grant to a voluntary actor in a social field (support under serviceloven § 18) goes with a voluntary effort the model states (data table).',
    check(context, report): void {
        const { model, index } = context;
        for (const { line, entry, condition } of grantConditions(context, 'voluntary-effort-core', 'SK-JUR-006')) {
            if (condition.kind !== 'voluntary-effort-core') continue;
            if (!model.context.fields.some(field => condition.fields.includes(field))) continue;
            if (!index.publicActors().some(actor => actor.id === line.from)) continue;
            const recipient = index.actors.get(line.to);
            if (!recipient || recipient.isPublic || recipient.sector !== 'voluntary') continue;
            if (statesVoluntaryEffort(index, line.to)) continue;
            const [title, text, cited] = [recipient.title, condition.text, label(entry)];
            report(hit({
                en: `If this grant to ${title} is support for voluntary social work under serviceloven § 18, the support requires ${text.en}; the model states no voluntary effort of ${title} (no \`volunteer_hours\`, no activity with volunteers). State the voluntary effort, or the grant's other legal basis. ${cited.en}.`,
                nb: `Hvis dette tilskuddet til ${title} er støtte til frivillig sosialt arbeid etter serviceloven § 18, krever støtten ${text.nb}; modellen oppgir ingen frivillig innsats fra ${title} (ingen \`volunteer_hours\`, ingen aktivitet med frivillige). Oppgi den frivillige innsatsen, eller et annet rettsgrunnlag for tilskuddet. ${cited.nb}.`,
                da: `Hvis dette tilskud til ${title} er støtte til frivilligt socialt arbejde efter serviceloven § 18, kræver støtten, ${text.da}; modellen angiver ingen frivillig indsats fra ${title} (ingen \`volunteer_hours\`, ingen aktivitet med frivillige). Angiv den frivillige indsats eller et andet retsgrundlag for tilskuddet. ${cited.da}.`
            }, line.range));
        }
    }
};

export const JURISDICTION_RULES: readonly RuleDefinition[] = [
    volunteerCentreLocalFunding, volunteerCentreAdvisoryBody, volunteerCentrePositions, volunteerCentrePremises, aboveNationalThreshold,
    serviceAct18VoluntaryEffort
];
