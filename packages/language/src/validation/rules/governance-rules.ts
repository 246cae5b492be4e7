import type { GovernanceMode } from '../../model/partnership-model.js';
import { displayVocabulary, formatDisplayNumber } from '../../analysis/labels.js';
import { evidenceDetail } from '../../analysis/local-text.js';
import { partiesTakingPart } from '../../analysis/model-index.js';
import { hit, type RuleDefinition } from '../rule.js';
import { percentIn, type MessageLanguage, type RuleMessage } from '../rule-message.js';

/** A governance mode starting a sentence in Norwegian or Danish: "Delt styring", "Ledende organisation". */
function modeName(mode: GovernanceMode | 'undeclared', language: Exclude<MessageLanguage, 'en'>): string {
    const label = displayVocabulary(language).governanceModes[mode];
    return label.charAt(0).toUpperCase() + label.slice(1);
}

/** Retired: the grammar now requires the organisation after `lead` and `nao`, so the parser reports it. */
export const governanceOrganisationMissing: RuleDefinition = {
    code: 'SK-GOV-001', area: 'GOV', defaultSeverity: 'error', scope: 'model',
    summary: 'Retired: lead-organisation and NAO governance name the organisation (now required by the grammar).',
    retired: 'The grammar requires `governance lead <actor>` / `governance nao <actor>` since the examples landed; the parser reports a missing organisation.'
};

/**
 * A lead organisation is one of the network's participants (Provan & Kenis 2008): one that takes
 * part in nothing else in the model contradicts its mode. A network administrative organisation is
 * a separate entity by definition, so it is not required to take part.
 */
export const governanceOrganisationNotParticipant: RuleDefinition = {
    code: 'SK-GOV-002', area: 'GOV', defaultSeverity: 'error', scope: 'model',
    summary: 'The lead organisation is a participant: it takes part in a body, role, decision, activity, agreement or funding line.',
    check({ model, index }, report) {
        const governance = model.governance;
        if (!governance?.organisation || governance.mode !== 'lead') return;
        const taking = partiesTakingPart(model);
        if (!taking.has(governance.organisation)) {
            const lead = index.title(governance.organisation);
            report(hit({
                en: `${lead} leads the network but takes part in nothing else in the model; a lead organisation is one of the participants. Give it its role, body membership, decisions or agreements, or name a participant as lead (or \`governance nao\` if it is a separate administrative organisation).`,
                nb: `${lead} leder nettverket, men deltar ikke i noe annet i modellen; en ledende organisasjon er en av deltakerne. Oppgi rollen, medlemskapene, beslutningene eller avtalene den har, eller oppgi en av deltakerne som leder (eller \`governance nao\` hvis det er en egen administrativ organisasjon).`,
                da: `${lead} leder netværket, men deltager ikke i noget andet i modellen; en ledende organisation er en af deltagerne. Angiv dens rolle, medlemskaber, beslutninger eller aftaler, eller angiv en af deltagerne som leder (eller \`governance nao\`, hvis det er en selvstændig administrativ organisation).`
            }, governance.range));
        }
    }
};

/** Shared governance suits few participants (Provan & Kenis 2008). */
export const sharedGovernanceTooLarge: RuleDefinition = {
    code: 'SK-GOV-003', area: 'GOV', defaultSeverity: 'warning', scope: 'model',
    summary: 'Shared governance has no more participants than the `governance.sharedMaxParticipants` setting.',
    check({ model, config }, report) {
        const governance = model.governance;
        const max = config.analysis.governance.sharedMaxParticipants;
        if (governance?.mode === 'shared' && model.actors.length > max) {
            const count = model.actors.length;
            report(hit({
                en: `Shared governance with ${formatDisplayNumber(count, 'en')} participants: Provan & Kenis find it works for few participants (setting: at most ${formatDisplayNumber(max, 'en')}). Consider a lead organisation or a network administrative organisation.`,
                nb: `Delt styring med ${formatDisplayNumber(count, 'nb')} deltakere: Provan & Kenis finner at den fungerer for få deltakere (innstilling: høyst ${formatDisplayNumber(max, 'nb')}). Vurder en ledende organisasjon eller en nettverksadministrativ organisasjon.`,
                da: `Delt styring med ${formatDisplayNumber(count, 'da')} deltagere: Provan & Kenis finder, at den fungerer for få deltagere (indstilling: højst ${formatDisplayNumber(max, 'da')}). Overvej en ledende organisation eller en netværksadministrativ organisation.`
            }, governance.range));
        }
    }
};

/** Shared governance needs high trust and goal consensus (Provan & Kenis 2008). */
export const sharedGovernanceLowTrust: RuleDefinition = {
    code: 'SK-GOV-004', area: 'GOV', defaultSeverity: 'warning', scope: 'model',
    summary: 'Shared governance is not declared with low trust or low goal consensus.',
    check({ model }, report) {
        const governance = model.governance;
        if (governance?.mode !== 'shared') return;
        const low: RuleMessage[] = [];
        if (governance.trust === 'low') low.push({ en: 'trust', nb: 'tillit', da: 'tillid' });
        if (governance.goalConsensus === 'low') low.push({ en: 'goal consensus', nb: 'enighet om mål', da: 'enighed om mål' });
        if (low.length > 0) {
            const [en, nb, da] = [low.map(l => l.en).join(' and '), low.map(l => l.nb).join(' og '), low.map(l => l.da).join(' og ')];
            report(hit({
                en: `Shared governance with low ${en}: Provan & Kenis find shared governance needs high trust and goal consensus. Consider a lead organisation, or work on ${en} first.`,
                nb: `Delt styring med lav ${nb}: Provan & Kenis finner at delt styring krever høy tillit og enighet om mål. Vurder en ledende organisasjon, eller arbeid først med ${nb}.`,
                da: `Delt styring med lav ${da}: Provan & Kenis finder, at delt styring kræver høj tillid og enighed om mål. Overvej en ledende organisation, eller arbejd først med ${da}.`
            }, governance.range));
        }
    }
};

/**
 * A pointer, not a finding: OFFRI (Guribye 2016) studies leadership and the distribution of roles
 * as challenges of public–voluntary collaboration. Info level.
 */
export const noCoordinator: RuleDefinition = {
    code: 'SK-GOV-005', area: 'GOV', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: no coordinator or leader is named (a coordinator/leader/facilitator role with a holder, a body chair, or a lead organisation/NAO).',
    check({ model }, report) {
        const role = model.roles.some(r => (r.kind === 'coordinator' || r.kind === 'leader' || r.kind === 'facilitator') && r.holders.length > 0);
        const chair = model.bodies.some(body => body.chair !== undefined);
        const lead = model.governance?.mode !== 'shared' && model.governance?.organisation !== undefined;
        if (!role && !chair && !lead) {
            const title = model.title;
            report(hit({
                en: `"${title}" names no coordinator, chair or lead organisation. OFFRI (Guribye 2016) studies leadership and the distribution of roles as challenges of public–voluntary collaboration; if someone holds this one together, state it: \`role coordinator "…" is coordinator held by <actor>\`, a body chair, or \`governance lead <actor>\`.`,
                nb: `"${title}" nevner ingen koordinator, møteleder eller ledende organisasjon. OFFRI (Guribye 2016) studerer ledelse og rollefordeling som utfordringer i samarbeidet mellom kommune og frivillig sektor; hvis noen holder samarbeidet sammen, oppgi det: \`role coordinator "…" is coordinator held by <aktør>\`, en leder for et organ, eller \`governance lead <aktør>\`.`,
                da: `"${title}" nævner ingen koordinator, formand eller ledende organisation. OFFRI (Guribye 2016) undersøger ledelse og rollefordeling som udfordringer i samarbejdet mellem kommune og frivillig sektor; hvis nogen holder sammen på samarbejdet, så angiv det: \`role coordinator "…" is coordinator held by <aktør>\`, en formand for et organ, eller \`governance lead <aktør>\`.`
            }, model.nameRange));
        }
    }
};

/**
 * A pointer, not a finding: OFFRI (Guribye 2016) studies how a collaboration is anchored in the
 * municipal administration as a challenge. Info level.
 */
export const noAnchoring: RuleDefinition = {
    code: 'SK-GOV-006', area: 'GOV', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: a model with a public actor declares no anchoring (owning unit, political/administrative decision, budget line).',
    check({ model, index }, report) {
        if (!model.anchoring && index.publicActors().length > 0) {
            const title = model.title;
            report(hit({
                en: `"${title}" declares no anchoring in the public administration. OFFRI (Guribye 2016) studies anchoring as a challenge of public–voluntary collaboration; if the model's sources say where it is anchored, state it: \`anchoring unit "…" resolution "…" budget_line "…"\`.`,
                nb: `"${title}" oppgir ingen forankring i den offentlige forvaltningen. OFFRI (Guribye 2016) studerer forankring som en utfordring i samarbeidet mellom kommune og frivillig sektor; hvis modellens kilder sier hvor samarbeidet er forankret, oppgi det: \`anchoring unit "…" resolution "…" budget_line "…"\`.`,
                da: `"${title}" angiver ingen forankring i den offentlige forvaltning. OFFRI (Guribye 2016) undersøger forankring som en udfordring i samarbejdet mellem kommune og frivillig sektor; hvis modellens kilder siger, hvor samarbejdet er forankret, så angiv det: \`anchoring unit "…" resolution "…" budget_line "…"\`.`
            }, model.nameRange));
        }
    }
};

/** A classification: the declared governance mode and its fit (Provan & Kenis 2008). */
export const governanceFit: RuleDefinition = {
    code: 'SK-GOV-007', area: 'GOV', defaultSeverity: 'info', scope: 'model', classification: true,
    summary: 'Information: the governance mode and whether the network\'s size, trust and goal consensus fit it.',
    check({ model, classification }, report) {
        const governance = model.governance;
        const assessment = classification.governance;
        if (!governance) return;
        const fit: RuleMessage = assessment.fit === 'fits'
            ? { en: 'fits', nb: 'passer', da: 'passer' }
            : assessment.fit === 'misfit'
                ? { en: 'does not fit', nb: 'passer ikke', da: 'passer ikke' }
                : { en: 'cannot be judged (state trust and consensus)', nb: 'kan ikke vurderes (oppgi tillit og enighet om mål)', da: 'kan ikke vurderes (angiv tillid og enighed om mål)' };
        const suggested = assessment.suggested && assessment.suggested !== governance.mode ? assessment.suggested : undefined;
        const count = assessment.participants;
        report(hit({
            en: `${assessment.label} with ${formatDisplayNumber(count, 'en')} participants: ${fit.en} by Provan & Kenis's conditions${suggested ? `; the conditions point to ${suggested}` : ''}.`,
            nb: `${modeName(assessment.code, 'nb')} med ${formatDisplayNumber(count, 'nb')} deltakere: ${fit.nb} etter vilkårene til Provan & Kenis${suggested ? `; forholdene peker mot ${displayVocabulary('nb').governanceModes[suggested]}` : ''}.`,
            da: `${modeName(assessment.code, 'da')} med ${formatDisplayNumber(count, 'da')} deltagere: ${fit.da} efter Provan & Kenis' betingelser${suggested ? `; forholdene peger mod ${displayVocabulary('da').governanceModes[suggested]}` : ''}.`
        }, governance.range));
    }
};

/** A lead organisation or NAO outside the conditions Provan & Kenis give for it. */
export const governanceMisfit: RuleDefinition = {
    code: 'SK-GOV-008', area: 'GOV', defaultSeverity: 'warning', scope: 'model',
    summary: 'A lead organisation or NAO fits the network\'s size and goal consensus (Provan & Kenis 2008).',
    check({ model, classification }, report) {
        const governance = model.governance;
        if (!governance || governance.mode === 'shared' || classification.governance.fit !== 'misfit') return;
        const failing = classification.governance.evidence.filter(e => !e.holds && e.criterion !== 'organisation-named');
        if (failing.length === 0) return;
        const details = (language: MessageLanguage): string => failing.map(e => evidenceDetail(e, language)).join('; ');
        const code = classification.governance.code;
        report(hit({
            en: `${classification.governance.label} does not fit this network: ${details('en')}.`,
            nb: `${modeName(code, 'nb')} passer ikke for dette nettverket: ${details('nb')}.`,
            da: `${modeName(code, 'da')} passer ikke til dette netværk: ${details('da')}.`
        }, governance.range));
    }
};

/**
 * A chair from outside a body is either an outside (possibly neutral) chair, which Ansell & Gash
 * 2008 count as facilitative leadership, or a missing member: worth a look, not a problem.
 */
export const chairNotMember: RuleDefinition = {
    code: 'SK-GOV-009', area: 'GOV', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: the chair of a body is not one of its members (an outside chair, or a missing member?).',
    check({ model, index }, report) {
        for (const body of model.bodies) {
            if (body.chair && !body.members.includes(body.chair)) {
                const [chair, title] = [index.title(body.chair), body.title];
                report(hit({
                    en: `${chair} chairs "${title}" without being a member: an outside chair, or a missing member? If it is a member, add it to \`members\`.`,
                    nb: `${chair} leder "${title}" uten å være medlem: en ekstern leder, eller et medlem som mangler? Hvis den er medlem, legg den til i \`members\`.`,
                    da: `${chair} er formand for "${title}" uden at være medlem: en ekstern formand, eller et manglende medlem? Hvis den er medlem, så tilføj den til \`members\`.`
                }, body.range));
            }
        }
    }
};

/** An `anchoring` statement that names nothing anchors nothing. */
export const emptyAnchoring: RuleDefinition = {
    code: 'SK-GOV-010', area: 'GOV', defaultSeverity: 'warning', scope: 'model',
    summary: '`anchoring` names at least an owning unit, a decision reference or a budget line.',
    check({ model }, report) {
        const anchoring = model.anchoring;
        if (anchoring && !anchoring.unit && !anchoring.decisionReference && !anchoring.budgetLine) {
            report(hit({
                en: '`anchoring` names nothing; add the owning `unit`, the `resolution` that anchors it, or the `budget_line`.',
                nb: '`anchoring` nevner ingenting; legg til den ansvarlige enheten (`unit`), vedtaket som forankrer samarbeidet (`resolution`), eller budsjettposten (`budget_line`).',
                da: '`anchoring` nævner intet; tilføj den ansvarlige enhed (`unit`), beslutningen, der forankrer samarbejdet (`resolution`), eller budgetposten (`budget_line`).'
            }, anchoring.range));
        }
    }
};

/**
 * Power and resource imbalance without facilitative leadership or a forum [derived from Ansell &
 * Gash 2008]: one side provides more than half of the model's money and alone takes the strategic
 * decisions, and the model names no facilitator or coordinator (nor a chair), and no body where
 * both sides meet.
 */
export const imbalanceWithoutFacilitation: RuleDefinition = {
    code: 'SK-GOV-011', area: 'GOV', defaultSeverity: 'info', scope: 'model',
    summary: 'Information: one side provides most of the money and takes the strategic decisions alone, with no facilitator, coordinator or chair and no body of both sides.',
    check({ model, classification, index }, report) {
        if (index.publicActors().length === 0 || index.nonPublicActors().length === 0) return;
        const overall = classification.funding.overall;
        const locus = classification.coCreation.facts.strategicDecisionLocus;
        if (!overall || (locus !== 'public' && locus !== 'non_public')) return;
        const share = overall.shares.filter(s => index.sideOf([s.funder]) === locus).reduce((sum, s) => sum + s.share, 0);
        if (share <= 0.5) return;
        const facilitation = model.roles.some(r => (r.kind === 'facilitator' || r.kind === 'coordinator') && r.holders.length > 0)
            || model.bodies.some(body => body.chair !== undefined);
        const forum = model.bodies.some(body => index.sideOf(body.members) === 'joint');
        if (facilitation || forum) return;
        const side: RuleMessage = locus === 'public'
            ? { en: 'The public side', nb: 'Den offentlige siden', da: 'Den offentlige side' }
            : { en: 'The non-public side', nb: 'Den ikke-offentlige siden', da: 'Den ikke-offentlige side' };
        report(hit({
            en: `${side.en} provides ${percentIn(share, 'en')} of the money and takes the strategic decisions alone, and the model names no facilitator, coordinator or chair and no body where both sides meet. Ansell & Gash 2008 name power and resource imbalances as a starting condition of collaborative governance, and facilitative leadership and face-to-face dialogue as what can counter them; if such a person or forum exists, state it (\`role … is facilitator held by …\`, \`body … members …\`).`,
            nb: `${side.nb} står for ${percentIn(share, 'nb')} av pengene og tar de strategiske beslutningene alene, og modellen nevner ingen tilrettelegger, koordinator eller møteleder og intet organ der begge sider møtes. Ansell & Gash 2008 peker på ubalanse i makt og ressurser som en utgangsbetingelse for samarbeidsstyring, og på tilretteleggende ledelse og dialog ansikt til ansikt som det som kan motvirke den; hvis en slik person eller et slikt forum finnes, oppgi det (\`role … is facilitator held by …\`, \`body … members …\`).`,
            da: `${side.da} står for ${percentIn(share, 'da')} af pengene og træffer de strategiske beslutninger alene, og modellen nævner ingen facilitator, koordinator eller formand og intet organ, hvor begge sider mødes. Ansell & Gash 2008 peger på magt- og ressourceubalancer som en udgangsbetingelse for samarbejdsbaseret styring, og på faciliterende ledelse og dialog ansigt til ansigt som det, der kan modvirke dem; hvis en sådan person eller et sådant forum findes, så angiv det (\`role … is facilitator held by …\`, \`body … members …\`).`
        }, model.nameRange));
    }
};

export const GOVERNANCE_RULES: readonly RuleDefinition[] = [
    governanceOrganisationMissing, governanceOrganisationNotParticipant, sharedGovernanceTooLarge, sharedGovernanceLowTrust, noCoordinator,
    noAnchoring, governanceFit, governanceMisfit, chairNotMember, emptyAnchoring, imbalanceWithoutFacilitation
];
