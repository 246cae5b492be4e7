import type { FundingLine, PartnershipBudget, PartnershipModel, Quantity } from '../../model/partnership-model.js';
import type { ExclusionCause } from '../../analysis/funding-dependency.js';
import { displayVocabulary, formatDisplayNumber } from '../../analysis/labels.js';
import { hit, type RuleDefinition } from '../rule.js';
import { numberIn, percentIn, type MessageLanguage, type RuleMessage } from '../rule-message.js';
import { periodText, periodWithin } from './periods.js';

const GRANTS: ReadonlySet<FundingLine['kind']> = new Set(['operating_grant', 'project_grant', 'volunteer_centre_grant']);

function linesFor(lines: readonly FundingLine[], budget: PartnershipBudget): FundingLine[] {
    return lines.filter(line => line.item === budget.id);
}

function comparable(a: Quantity, b: Quantity): boolean {
    return a.unit === b.unit && (a.rate ?? 'once') === (b.rate ?? 'once');
}

/**
 * The percentage of a budget each line stands for: its share, or its amount measured against the
 * budget when both are in the same unit and rate; undefined when it cannot be compared.
 */
function percentOf(line: FundingLine, budget: PartnershipBudget): number | undefined {
    if (line.sharePercent !== undefined) return line.sharePercent;
    if (line.amount && comparable(line.amount, budget.amount) && budget.amount.value > 0) {
        return (line.amount.value / budget.amount.value) * 100;
    }
    return undefined;
}

/**
 * The known shares of a budget and their total; undefined when the budget has no share line or a
 * line that cannot be compared with the budget.
 */
function shareTotal(lines: readonly FundingLine[], budget: PartnershipBudget): number | undefined {
    if (!lines.some(line => line.sharePercent !== undefined)) return undefined;
    let total = 0;
    for (const line of lines) {
        const percent = percentOf(line, budget);
        if (percent === undefined) return undefined;
        total += percent;
    }
    return total;
}

/** Shares of one funded item above 100 % contradict each other: parts cannot exceed the whole. */
export const sharesNotHundred: RuleDefinition = {
    code: 'SK-FUND-001', area: 'FUND', defaultSeverity: 'error', scope: 'model',
    summary: 'Funding shares of one funded item (budget) do not add up to more than 100 % (beyond the tolerance setting).',
    check({ model, config }, report) {
        for (const budget of model.budgets) {
            const total = shareTotal(linesFor(model.funding, budget), budget);
            if (total !== undefined && total - 100 > config.funding.shareTolerance) {
                const sum = (language: MessageLanguage): string => percentIn(total / 100, language);
                report(hit({
                    en: `The shares for "${budget.title}" add up to ${sum('en')}, more than the whole; correct the shares or rescale them to 100 %.`,
                    nb: `Andelene for "${budget.title}" blir til sammen ${sum('nb')}, mer enn helheten; rett andelene, eller skaler dem om til 100 %.`,
                    da: `Andelene for "${budget.title}" giver tilsammen ${sum('da')}, mere end helheden; ret andelene, eller skalér dem om til 100 %.`
                }, budget.nameRange, { fix: 'rescale-shares', item: budget.id, total }));
            }
        }
    }
};

/**
 * Shares below 100 % are incomplete information, not a contradiction: researchers often know only
 * some of the funders. Said once, so that the dependency figures are read as covering the known part.
 */
export const sharesBelowHundred: RuleDefinition = {
    code: 'SK-FUND-009', area: 'FUND', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: the known funding shares of one funded item (budget) add up to less than 100 % (beyond the tolerance setting).',
    check({ model, config }, report) {
        for (const budget of model.budgets) {
            const total = shareTotal(linesFor(model.funding, budget), budget);
            if (total !== undefined && 100 - total > config.funding.shareTolerance) {
                const sum = (language: MessageLanguage): string => percentIn(total / 100, language);
                const rest = (language: MessageLanguage): string => percentIn((100 - total) / 100, language);
                report(hit({
                    en: `The known shares for "${budget.title}" add up to ${sum('en')}; the rest (${rest('en')}) has no funder in the model, and the dependency figures cover only the known shares. Add the missing funders if they are known.`,
                    nb: `De kjente andelene for "${budget.title}" blir til sammen ${sum('nb')}; resten (${rest('nb')}) har ingen finansiør i modellen, og tallene for finansieringsavhengighet gjelder bare de kjente andelene. Legg til finansiørene som mangler, hvis de er kjent.`,
                    da: `De kendte andele for "${budget.title}" giver tilsammen ${sum('da')}; resten (${rest('da')}) har ingen finansieringskilde i modellen, og tallene for finansieringsafhængighed dækker kun de kendte andele. Tilføj de manglende finansieringskilder, hvis de kendes.`
                }, budget.nameRange));
            }
        }
    }
};

/** Amounts and shares are positive: a zero or negative resource flow is not one. */
export const nonPositiveAmount: RuleDefinition = {
    code: 'SK-FUND-002', area: 'FUND', defaultSeverity: 'error', scope: 'model',
    summary: 'Amounts are positive and shares lie between 0 and 100 %.',
    check({ model }, report) {
        for (const budget of model.budgets) {
            if (budget.amount.value <= 0) {
                const value = budget.amount.value;
                report(hit({
                    en: `The budget "${budget.title}" has the amount ${numberIn(value, 'en')}; state a positive amount.`,
                    nb: `Budsjettet "${budget.title}" har beløpet ${numberIn(value, 'nb')}; oppgi et positivt beløp.`,
                    da: `Budgettet "${budget.title}" har beløbet ${numberIn(value, 'da')}; angiv et positivt beløb.`
                }, budget.range));
            }
        }
        for (const line of model.funding) {
            if (line.amount && line.amount.value <= 0) {
                const value = line.amount.value;
                report(hit({
                    en: `This funding line moves ${numberIn(value, 'en')}; state a positive amount, or remove the line.`,
                    nb: `Denne finansieringslinjen overfører ${numberIn(value, 'nb')}; oppgi et positivt beløp, eller fjern linjen.`,
                    da: `Denne finansieringslinje overfører ${numberIn(value, 'da')}; angiv et positivt beløb, eller fjern linjen.`
                }, line.range));
            }
            if (line.sharePercent !== undefined && (line.sharePercent <= 0 || line.sharePercent > 100)) {
                const share = line.sharePercent;
                report(hit({
                    en: `A share of ${numberIn(share, 'en')} % is not possible; a share lies above 0 % and at most 100 %.`,
                    nb: `En andel på ${numberIn(share, 'nb')} % er ikke mulig; en andel ligger over 0 % og er høyst 100 %.`,
                    da: `En andel på ${numberIn(share, 'da')} % er ikke mulig; en andel ligger over 0 % og er højst 100 %.`
                }, line.range));
            }
        }
    }
};

/** Amounts given for a budget add up to its stated total. */
export const amountsNotBudget: RuleDefinition = {
    code: 'SK-FUND-003', area: 'FUND', defaultSeverity: 'warning', scope: 'model',
    summary: 'Funding amounts for a budget add up to the budget\'s stated amount.',
    check({ model }, report) {
        for (const budget of model.budgets) {
            const lines = linesFor(model.funding, budget);
            if (lines.length === 0 || lines.some(line => line.sharePercent !== undefined)) continue;
            if (!lines.every(line => line.amount && comparable(line.amount, budget.amount))) continue;
            const total = lines.reduce((sum, line) => sum + (line.amount?.value ?? 0), 0);
            if (Math.abs(total - budget.amount.value) > budget.amount.value * 0.005) {
                const unit = budget.amount.unit ? ` ${budget.amount.unit}` : '';
                const sum = (language: MessageLanguage): string => `${numberIn(total, language)}${unit}`;
                const stated = budget.amount.value;
                report(hit({
                    en: `The funding lines for "${budget.title}" add up to ${sum('en')}, but the budget states ${numberIn(stated, 'en')}; correct the amounts or the budget.`,
                    nb: `Finansieringslinjene for "${budget.title}" blir til sammen ${sum('nb')}, men budsjettet oppgir ${numberIn(stated, 'nb')}; rett beløpene eller budsjettet.`,
                    da: `Finansieringslinjerne for "${budget.title}" giver tilsammen ${sum('da')}, men budgettet angiver ${numberIn(stated, 'da')}; ret beløbene eller budgettet.`
                }, budget.nameRange));
            }
        }
    }
};

/** Money is given within the agreement that frames it. */
export const fundingOutsideAgreement: RuleDefinition = {
    code: 'SK-FUND-004', area: 'FUND', defaultSeverity: 'warning', scope: 'model',
    summary: 'A funding period lies inside the period of the agreement between its funder and recipient.',
    check({ model, index }, report) {
        for (const line of model.funding) {
            if (!line.period) continue;
            const agreement = model.agreements.find(a => a.period
                && a.parties.some(p => index.actorsOf(p).includes(line.from) || p === line.from)
                && a.parties.some(p => index.actorsOf(p).includes(line.to) || p === line.to));
            if (agreement?.period && !periodWithin(line.period, agreement.period)) {
                const [own, agreed] = [periodText(line.period), periodText(agreement.period)];
                report(hit({
                    en: `The funding period ${own} lies outside the agreement "${agreement.title}" (${agreed}); extend the agreement or correct the period.`,
                    nb: `Finansieringsperioden ${own} ligger utenfor avtalen "${agreement.title}" (${agreed}); forleng avtalen, eller rett perioden.`,
                    da: `Finansieringsperioden ${own} ligger uden for aftalen "${agreement.title}" (${agreed}); forlæng aftalen, eller ret perioden.`
                }, line.range));
            }
        }
    }
};

/** The procurement and state-aid law a grant with a detailed specification may fall under, by country. */
function procurementLaw(country: string | undefined): RuleMessage {
    switch (country) {
        case 'NO':
            return {
                en: 'the Public Procurement Act (lov om offentlige anskaffelser 2016) and its regulation (anskaffelsesforskriften) when the municipality gets a service in return, and the EEA state-aid rules (EEA Agreement art. 61) when the recipient is an undertaking',
                nb: 'anskaffelsesloven (lov om offentlige anskaffelser 2016) og anskaffelsesforskriften når kommunen får en tjeneste tilbake, og EØS-reglene om offentlig støtte (EØS-avtalen art. 61) når mottakeren er et foretak',
                da: 'den norske lov om offentlige anskaffelser (2016) og anskaffelsesforskriften, når kommunen får en ydelse til gengæld, og EØS-reglerne om statsstøtte (EØS-aftalens art. 61), når modtageren er en virksomhed'
            };
        case 'DK':
            return {
                en: 'the Danish Public Procurement Act (udbudsloven 2015) when the municipality gets a service in return, and the EU state-aid rules (TFEU art. 107) when the recipient is an undertaking',
                nb: 'den danske udbudsloven (2015) når kommunen får en tjeneste tilbake, og EUs regler om statsstøtte (TEUV art. 107) når mottakeren er et foretak',
                da: 'udbudsloven (2015), når kommunen får en ydelse til gengæld, og EU\'s statsstøtteregler (TEUF art. 107), når modtageren er en virksomhed'
            };
        default:
            return {
                en: 'public procurement law when the public side gets a service in return, and the state-aid rules when the recipient is an undertaking',
                nb: 'regelverket for offentlige anskaffelser når den offentlige siden får en tjeneste tilbake, og reglene om offentlig støtte når mottakeren er et foretak',
                da: 'udbudsreglerne, når den offentlige side får en ydelse til gengæld, og statsstøttereglerne, når modtageren er en virksomhed'
            };
    }
}

/**
 * A grant with a detailed performance specification may in law be a purchase: then procurement
 * law applies, and public money to an undertaking may be state aid. Loga et al. 2016 name
 * procurement rules and grants among social entrepreneurs' framework conditions.
 */
export const grantWithDetailedRequirements: RuleDefinition = {
    code: 'SK-FUND-005', area: 'FUND', defaultSeverity: 'warning', scope: 'model',
    summary: 'A grant does not carry detailed performance requirements (it may then be a public contract under procurement law).',
    check({ model, index }, report) {
        for (const line of model.funding) {
            if (GRANTS.has(line.kind) && line.requirements === 'detailed') {
                const [from, to, law] = [index.title(line.from), index.title(line.to), procurementLaw(model.context.country)];
                const kind = (language: MessageLanguage): string => displayVocabulary(language).fundingKinds[line.kind];
                report(hit({
                    en: `${from} gives ${to} a ${line.kind.replace(/_/g, ' ')} with detailed requirements. A grant that specifies the service in detail may in law be a public contract: check ${law.en}. Correct the legal instrument, or state the requirements as general if they are.`,
                    nb: `${from} gir ${to} et ${kind('nb')} med detaljerte krav. Et tilskudd som beskriver tjenesten i detalj, kan rettslig sett være en offentlig kontrakt: sjekk ${law.nb}. Rett det rettslige virkemiddelet, eller oppgi kravene som generelle hvis de er det.`,
                    da: `${from} giver ${to} et ${kind('da')} med detaljerede krav. Et tilskud, der beskriver ydelsen i detaljer, kan juridisk set være en offentlig kontrakt: undersøg ${law.da}. Ret det juridiske instrument, eller angiv kravene som generelle, hvis de er det.`
                }, line.range));
            }
        }
    }
};

/**
 * A share means nothing without the item it is a share of: every line with a share and no
 * `for`, also one that states an amount beside it (the amount cannot tell what the share is of).
 */
export const shareWithoutItem: RuleDefinition = {
    code: 'SK-FUND-006', area: 'FUND', defaultSeverity: 'warning', scope: 'model',
    summary: 'A funding line that gives a share names the budget it is a share of (`for <budget>`).',
    check({ model }, report) {
        for (const line of model.funding) {
            if (line.sharePercent !== undefined && line.item === undefined) {
                const share = line.sharePercent;
                report(hit({
                    en: `A share of ${numberIn(share, 'en')} % of what? Add \`for <budget>\` and declare the budget with its amount.`,
                    nb: `En andel på ${numberIn(share, 'nb')} % av hva? Legg til \`for <budget>\`, og oppgi budsjettet med beløpet sitt.`,
                    da: `En andel på ${numberIn(share, 'da')} % af hvad? Tilføj \`for <budget>\`, og angiv budgettet med dets beløb.`
                }, line.range));
            }
        }
    }
};

const RATE_WORDS: Record<NonNullable<Quantity['rate']>, RuleMessage> = {
    per_year: { en: 'per year', nb: 'per år', da: 'pr. år' },
    per_month: { en: 'per month', nb: 'per måned', da: 'pr. måned' },
    once: { en: 'once', nb: 'én gang', da: 'én gang' }
};

/** "1,200,000 NOK per year" ("1 200 000 NOK per år"): the amount as written, grouped. */
function quantityIn(quantity: Quantity, language: MessageLanguage): string {
    const rate = quantity.rate === undefined ? '' : ` ${RATE_WORDS[quantity.rate][language]}`;
    return `${numberIn(quantity.value, language)}${quantity.unit ? ` ${quantity.unit}` : ''}${rate}`;
}

/**
 * A line that states both an amount and a share of a budget states one figure twice: when they
 * disagree (beyond half a per cent, as SK-FUND-003), one of them is wrong, and the shares and the
 * money per year would each tell another story.
 */
export const amountContradictsShare: RuleDefinition = {
    code: 'SK-FUND-012', area: 'FUND', defaultSeverity: 'warning', scope: 'model',
    summary: 'A funding line that gives both an amount and a share of a budget gives the amount that share of the budget is.',
    check({ model }, report) {
        const budgets = new Map(model.budgets.map(budget => [budget.id, budget]));
        for (const line of model.funding) {
            const budget = line.item === undefined ? undefined : budgets.get(line.item);
            if (line.sharePercent === undefined || !line.amount || !budget || !comparable(line.amount, budget.amount)) continue;
            const share = line.sharePercent;
            const expected = (budget.amount.value * share) / 100;
            if (Math.abs(line.amount.value - expected) <= Math.max(Math.abs(expected), Math.abs(line.amount.value)) * 0.005) continue;
            const stated = (language: MessageLanguage): string => quantityIn(line.amount as Quantity, language);
            const whole = (language: MessageLanguage): string => quantityIn(budget.amount, language);
            const part = (language: MessageLanguage): string => quantityIn({ ...budget.amount, value: expected }, language);
            report(hit({
                en: `This line states ${stated('en')} and ${numberIn(share, 'en')} % of "${budget.title}", but ${numberIn(share, 'en')} % of ${whole('en')} is ${part('en')}; correct the amount or the share (or keep only one of them).`,
                nb: `Denne linjen oppgir ${stated('nb')} og ${numberIn(share, 'nb')} % av "${budget.title}", men ${numberIn(share, 'nb')} % av ${whole('nb')} er ${part('nb')}; rett beløpet eller andelen (eller behold bare ett av dem).`,
                da: `Denne linje angiver ${stated('da')} og ${numberIn(share, 'da')} % af "${budget.title}", men ${numberIn(share, 'da')} % af ${whole('da')} er ${part('da')}; ret beløbet eller andelen (eller behold kun et af dem).`
            }, line.range));
        }
    }
};

/** Why a line was left out of a share, in each language (funding-dependency.ts decides the cause). */
function exclusionText(line: FundingLine, cause: ExclusionCause, currency: string | undefined, language: MessageLanguage): string {
    const unit = line.amount?.unit ?? '';
    const model = currency ?? '';
    switch (cause) {
        case 'currency':
            return { en: `amount in ${unit}, not ${model}`, nb: `beløp i ${unit}, ikke ${model}`, da: `beløb i ${unit}, ikke ${model}` }[language];
        case 'basis':
            return { en: 'a one-off sum among money per year', nb: 'et engangsbeløp blant årlige beløp', da: 'et engangsbeløb blandt årlige beløb' }[language];
        case 'no-budget':
            return { en: 'a share of no budget with an amount', nb: 'en andel av ikke noe budsjett med beløp', da: 'en andel af intet budget med beløb' }[language];
        case 'no-amount':
            return { en: 'no amount', nb: 'uten beløp', da: 'uden beløb' }[language];
    }
}

/**
 * The lines a share was computed without, named with why, so that "gives 100 %" is never read as
 * the whole story: " Left out of this figure: Fond → Lag (line 14: amount in EUR, not NOK)."
 */
function leftOut(
    excluded: ReadonlyArray<{ readonly index: number; readonly cause: ExclusionCause }>,
    model: PartnershipModel, title: (id: string) => string
): RuleMessage {
    const lines = excluded.flatMap(entry => {
        const line = model.funding[entry.index];
        return line ? [{ line, cause: entry.cause }] : [];
    });
    if (lines.length === 0) return { en: '', nb: '', da: '' };
    const list = (language: MessageLanguage, word: string): string => lines
        .map(({ line, cause }) => `${title(line.from)} → ${title(line.to)} (${word} ${line.range.start.line + 1}: ${exclusionText(line, cause, model.context.currency, language)})`)
        .join('; ');
    return {
        en: ` Left out of this figure: ${list('en', 'line')}.`,
        nb: ` Holdt utenfor dette tallet: ${list('nb', 'linje')}.`,
        da: ` Holdt uden for dette tal: ${list('da', 'linje')}.`
    };
}

/** A classification: the largest funder's share of the whole (funding dependency, docs/classifications.md). */
export const largestFunderShare: RuleDefinition = {
    code: 'SK-FUND-007', area: 'FUND', defaultSeverity: 'info', scope: 'model', classification: true,
    summary: 'Information: the largest funder\'s share of all money in the model, and what is left without it.',
    check({ model, classification, index }, report) {
        const overall = classification.funding.overall;
        const largest = overall?.largest;
        if (!overall || !largest || overall.shares.length === 0) return;
        const firstLine = model.funding[largest.lines[0]];
        if (!firstLine) return;
        const funder = index.title(largest.funder);
        const share = (language: MessageLanguage): string => percentIn(largest.share, language);
        const rest = (language: MessageLanguage): string => percentIn(overall.remainingShareIfLargestLeaves, language);
        const herfindahl = (language: MessageLanguage): string => formatDisplayNumber(overall.herfindahl, language, 2);
        const left = leftOut(overall.excludedLines, model, id => index.title(id));
        report(hit({
            en: `${funder} gives ${share('en')} of the money (Herfindahl index ${herfindahl('en')}); without it ${rest('en')} remains.${left.en}`,
            nb: `${funder} gir ${share('nb')} av pengene (Herfindahl-indeks ${herfindahl('nb')}); uten den gjenstår ${rest('nb')}.${left.nb}`,
            da: `${funder} giver ${share('da')} af pengene (Herfindahl-indeks ${herfindahl('da')}); uden den er der ${rest('da')} tilbage.${left.da}`
        }, firstLine.range));
    }
};

/** Money in another currency is left out of the dependency figures rather than converted at an invented rate. */
export const foreignCurrency: RuleDefinition = {
    code: 'SK-FUND-008', area: 'FUND', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: a money amount in another currency than the model\'s is not counted in the funding dependency.',
    check({ model }, report) {
        const currency = model.context.currency;
        for (const line of model.funding) {
            const unit = line.amount?.unit;
            if (line.category === 'money' && currency && unit && unit !== currency && unit !== 'FTE' && unit !== 'hours') {
                report(hit({
                    en: `This amount is in ${unit}, the model counts in ${currency}; it is left out of the funding shares. State it in ${currency} to include it.`,
                    nb: `Dette beløpet er i ${unit}, mens modellen regner i ${currency}; det holdes utenfor finansieringsandelene. Oppgi det i ${currency} for å ta det med.`,
                    da: `Dette beløb er i ${unit}, mens modellen regner i ${currency}; det holdes uden for finansieringsandelene. Angiv det i ${currency} for at tage det med.`
                }, line.range));
            }
        }
    }
};

/** Payments for a purchase: a different relation from support, outside this rule. */
const CONTRACTS: ReadonlySet<FundingLine['kind']> = new Set(['procurement_contract', 'contract_payment']);

/** Money that ends: a project grant, or a one-off grant, donation or sponsorship (not a contract payment). */
function timeLimited(line: FundingLine): boolean {
    if (CONTRACTS.has(line.kind)) return false;
    return line.kind === 'project_grant' || line.amount?.rate === 'once' || (line.onceAmount !== undefined && line.yearlyAmount === undefined);
}

/**
 * Time-limited money for lasting work [derived]: a non-public recipient whose only money is project
 * grants or one-off sums, while it performs delivery work or holds a provider or coordinator role,
 * and no agreement it is party to ends or is a pilot. Eimhjellen & Loga 2017 recommend securing
 * the economic conditions of existing collaborations.
 */
export const projectMoneyForLastingTask: RuleDefinition = {
    code: 'SK-FUND-010', area: 'FUND', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: a non-public actor doing lasting work (delivery, or a provider or coordinator role, under no agreement that ends) is financed only by project grants or one-off sums.',
    check({ model, index }, report) {
        const byRecipient = new Map<string, FundingLine[]>();
        for (const line of model.funding) {
            if (line.category !== 'money' || !index.actors.has(line.to) || index.isPublic(line.to)) continue;
            const lines = byRecipient.get(line.to);
            if (lines) lines.push(line);
            else byRecipient.set(line.to, [line]);
        }
        for (const [recipient, lines] of byRecipient) {
            // Every money line to the recipient is time-limited: one operating grant or contract secures it.
            if (!lines.every(timeLimited)) continue;
            const delivery = index.activitiesOf(recipient).find(activity => activity.phases.length === 0 || activity.phases.includes('delivery'));
            const role = model.roles.find(r => (r.kind === 'provider' || r.kind === 'coordinator')
                && r.holders.some(holder => index.actorsOf(holder).includes(recipient)));
            if (!delivery && !role) continue;
            const ends = model.agreements.some(agreement => agreement.parties.some(party => index.actorsOf(party).includes(recipient))
                && (agreement.pilot || agreement.period?.end !== undefined));
            if (ends) continue;
            const name = index.title(recipient);
            const roleKind = (language: MessageLanguage): string => (role?.kind ? displayVocabulary(language).roleKinds[role.kind] : '');
            const work: RuleMessage = delivery
                ? { en: `it performs "${delivery.title}"`, nb: `den utfører "${delivery.title}"`, da: `den udfører "${delivery.title}"` }
                : { en: `it holds the ${role?.kind} role "${role?.title}"`, nb: `den har rollen "${role?.title}" som ${roleKind('nb')}`, da: `den har rollen "${role?.title}" som ${roleKind('da')}` };
            const kinds = (language: MessageLanguage): string => [...new Set(lines.map(line => {
                if (language === 'en') return line.kind === 'project_grant' ? 'project grant' : `one-off ${line.kind.replace(/_/g, ' ')}`;
                const kind = displayVocabulary(language).fundingKinds[line.kind];
                if (line.kind === 'project_grant') return kind;
                return language === 'nb' ? `${kind} (engangsbeløp)` : `${kind} (engangsbeløb)`;
            }))].join(', ');
            report(hit({
                en: `${name} does lasting work (${work.en}, under no agreement that ends or is a pilot), but all its money in the model is time-limited (${kinds('en')}). Eimhjellen & Loga 2017 recommend securing the economic conditions of collaborations: if the work is meant to last, state how it is financed after the project; if it is a project, state its end (an agreement with a period, or \`pilot\`).`,
                nb: `${name} gjør varig arbeid (${work.nb}, uten en avtale som tar slutt eller er et pilotprosjekt), men alle pengene den får i modellen, er tidsbegrensede (${kinds('nb')}). Eimhjellen & Loga 2017 anbefaler å sikre de økonomiske rammene for samarbeid: hvis arbeidet skal vare, oppgi hvordan det finansieres etter prosjektet; hvis det er et prosjekt, oppgi når det slutter (en avtale med periode, eller \`pilot\`).`,
                da: `${name} udfører varigt arbejde (${work.da}, uden en aftale, der udløber eller er et pilotprojekt), men alle dens penge i modellen er tidsbegrænsede (${kinds('da')}). Eimhjellen & Loga 2017 anbefaler at sikre de økonomiske rammer for samarbejder: hvis arbejdet skal vare, så angiv, hvordan det finansieres efter projektet; hvis det er et projekt, så angiv, hvornår det slutter (en aftale med en periode, eller \`pilot\`).`
            }, lines[0].range));
        }
    }
};

/**
 * Autonomy risk [derived]: one public actor provides more than half of a non-public
 * organisation's money in the model (not as payment under a contract), and the public side alone defines the collaboration's goals
 * (Eimhjellen & Loga 2017's criterion of control over goals, read with the funding dependency).
 */
export const autonomyRisk: RuleDefinition = {
    code: 'SK-FUND-011', area: 'FUND', defaultSeverity: 'warning', scope: 'model',
    summary: 'A non-public organisation does not both get more than half of its money from one public actor and leave the goals to the public side alone.',
    check({ model, classification, index }, report) {
        if (classification.coCreation.facts.goalsDefinedBy !== 'public') return;
        for (const item of classification.funding.items) {
            if (item.kind !== 'recipient' || !index.actors.has(item.id) || index.isPublic(item.id)) continue;
            const largest = item.largest;
            if (!largest || largest.share <= 0.5 || !index.isPublic(largest.funder)) continue;
            // Payment under a contract is a purchase, whose content the buyer sets by definition (contracting): not this risk.
            const lines = largest.lines.map(i => model.funding[i]).filter(line => line !== undefined);
            if (lines.length === 0 || lines.some(line => CONTRACTS.has(line.kind))) continue;
            const line = lines[0];
            const [organisation, funder] = [index.title(item.id), index.title(largest.funder)];
            const share = (language: MessageLanguage): string => percentIn(largest.share, language);
            const left = leftOut(item.excludedLines, model, id => index.title(id));
            report(hit({
                en: `${organisation} gets ${share('en')} of its money in the model from ${funder}, and the goals are defined by the public side alone: the organisation depends on one public funder that also sets the collaboration's goals, a risk to its autonomy. If ${organisation} takes part in defining the goals, state it (\`goals defined by …\`); otherwise say how its independence is kept.${left.en}`,
                nb: `${organisation} får ${share('nb')} av pengene sine i modellen fra ${funder}, og målene defineres av den offentlige siden alene: organisasjonen er avhengig av én offentlig finansiør som også setter målene for samarbeidet, en risiko for dens autonomi. Hvis ${organisation} er med på å definere målene, oppgi det (\`goals defined by …\`); ellers si hvordan uavhengigheten ivaretas.${left.nb}`,
                da: `${organisation} får ${share('da')} af sine penge i modellen fra ${funder}, og målene fastlægges af den offentlige side alene: organisationen er afhængig af én offentlig finansieringskilde, der også sætter målene for samarbejdet, en risiko for dens autonomi. Hvis ${organisation} er med til at fastlægge målene, så angiv det (\`goals defined by …\`); ellers beskriv, hvordan dens uafhængighed sikres.${left.da}`
            }, line.range));
        }
    }
};

export const FUNDING_RULES: readonly RuleDefinition[] = [
    sharesNotHundred, nonPositiveAmount, amountsNotBudget, fundingOutsideAgreement, grantWithDetailedRequirements, shareWithoutItem,
    largestFunderShare, foreignCurrency, sharesBelowHundred, projectMoneyForLastingTask, autonomyRisk, amountContradictsShare
];
