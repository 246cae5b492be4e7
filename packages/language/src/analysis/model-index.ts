import type {
    DefinitionFact, FundingLine, InitiativeFact, InvolvementFact, PartnershipActivity, PartnershipActor, PartnershipBody,
    PartnershipDecision, PartnershipModel, Phase, RightKind, SourceRange
} from '../model/partnership-model.js';
import { PHASES } from '../model/partnership-model.js';
import type { Side } from './classification.js';
import type { LocalText, TextLanguage } from './local-text.js';

export interface HeldRight {
    readonly right: RightKind;
    readonly range: SourceRange;
    readonly viaBody?: string;
}

/** What one actor takes part in (directly or through a body). */
export interface ActorFactList {
    readonly activities: readonly PartnershipActivity[];
    readonly initiatives: readonly InitiativeFact[];
    readonly definitions: readonly DefinitionFact[];
    readonly involvements: readonly InvolvementFact[];
    readonly decisions: ReadonlyArray<{ readonly decision: PartnershipDecision; readonly held: readonly HeldRight[] }>;
    readonly fundingFrom: readonly FundingLine[];
    readonly bodies: readonly PartnershipBody[];
}

type MutableActorFactList = { -readonly [K in keyof ActorFactList]: Array<ActorFactList[K][number]> };
type ActorFacts = Map<string, ActorFactList>;

const NO_ACTORS: readonly string[] = [];

const EMPTY_FACTS: ActorFactList = { activities: [], initiatives: [], definitions: [], involvements: [], decisions: [], fundingFrom: [], bodies: [] };

/**
 * Lookups over one PartnershipModel that every classification and rule needs: which actors a
 * party stands for (a body stands for its members), which side they are on, their titles.
 * Built once per model object and shared (a WeakMap keyed by the model), never per lookup.
 */
export class ModelIndex {
    readonly actors: ReadonlyMap<string, PartnershipActor>;
    readonly bodies: ReadonlyMap<string, PartnershipBody>;

    /**
     * What `actorsOf` answers, one shared array per party: it is asked tens of thousands of times
     * per model, and a new one-element array per call was a steady source of garbage.
     */
    private readonly actorsByParty = new Map<string, readonly string[]>();
    private publicActorList?: readonly PartnershipActor[];
    private nonPublicActorList?: readonly PartnershipActor[];

    constructor(readonly model: PartnershipModel) {
        this.actors = new Map(model.actors.map(actor => [actor.id, actor]));
        this.bodies = new Map(model.bodies.map(body => [body.id, body]));
        for (const actor of this.actors.keys()) this.actorsByParty.set(actor, [actor]);
        // A body and an actor with one name (reported by SK-REF-002): the body counts, as it always has.
        for (const [id, body] of this.bodies) this.actorsByParty.set(id, body.members);
    }

    /** The actors a party stands for: itself, or a body's members. Shared arrays: do not modify. */
    actorsOf(party: string): readonly string[] {
        return this.actorsByParty.get(party) ?? NO_ACTORS;
    }

    private publicToNonPublic?: readonly FundingLine[];

    /**
     * Funding lines from the public side to a party with a non-public actor, in model order:
     * Lorentzen's economic support and two co-creation criteria read them, so they are sorted
     * out once per model instead of three times.
     */
    publicToNonPublicLines(): readonly FundingLine[] {
        return (this.publicToNonPublic ??= this.model.funding.filter(line =>
            this.sideOf([line.from]) === 'public' && this.actorsOf(line.to).some(actor => !this.isPublic(actor))));
    }

    isPublic(actor: string): boolean {
        return this.actors.get(actor)?.isPublic ?? false;
    }

    nonPublicActors(): readonly PartnershipActor[] {
        return (this.nonPublicActorList ??= this.model.actors.filter(actor => !actor.isPublic));
    }

    publicActors(): readonly PartnershipActor[] {
        return (this.publicActorList ??= this.model.actors.filter(actor => actor.isPublic));
    }

    /** The side a set of parties belongs to, bodies counted by their members. */
    sideOf(parties: readonly string[]): Side {
        let hasPublic = false;
        let hasNonPublic = false;
        for (const party of parties) {
            for (const actor of this.actorsOf(party)) {
                if (this.isPublic(actor)) {
                    hasPublic = true;
                } else {
                    hasNonPublic = true;
                }
            }
        }
        if (hasPublic && hasNonPublic) return 'joint';
        if (hasPublic) return 'public';
        if (hasNonPublic) return 'non_public';
        return 'unknown';
    }

    title(party: string): string {
        return this.actors.get(party)?.title ?? this.bodies.get(party)?.title ?? party;
    }

    titles(parties: readonly string[]): string {
        return parties.map(party => this.title(party)).join(', ');
    }

    /** The actors who decide a decision, bodies and `joint(...)` expanded to their members. */
    decidersOf(decision: PartnershipDecision): readonly string[] {
        let cached = this.decidersCache.get(decision);
        if (!cached) {
            cached = this.computeDeciders(decision);
            this.decidersCache.set(decision, cached);
        }
        return cached;
    }

    private readonly decidersCache = new Map<PartnershipDecision, readonly string[]>();

    /**
     * A public decision: a public actor decides it, sits in its deciding body or joint locus, or
     * owns it (`owned by`). The participation scales (IAP2, Arnstein) describe how far non-public
     * actors share such decisions; a non-public actor deciding over its own work or grant is not
     * participation in anything public (docs/classifications.md, participation).
     */
    isPublicDecision(decision: PartnershipDecision): boolean {
        if (decision.owner !== undefined && this.actorsOf(decision.owner).some(actor => this.isPublic(actor))) return true;
        return this.decidersOf(decision).some(actor => this.isPublic(actor));
    }

    private computeDeciders(decision: PartnershipDecision): readonly string[] {
        const deciders = new Set<string>();
        for (const locus of decision.loci) {
            const parties = locus.kind === 'party' ? [locus.party] : locus.parties;
            for (const party of parties) {
                for (const actor of this.actorsOf(party)) deciders.add(actor);
            }
        }
        return [...deciders];
    }

    private readonly rightsCache = new Map<PartnershipDecision, ReadonlyMap<string, readonly HeldRight[]>>();
    private byActorCache?: ActorFacts;

    /** Every right each actor holds in a decision, directly or through a body it is a member of. */
    rightsByActor(decision: PartnershipDecision): ReadonlyMap<string, readonly HeldRight[]> {
        const cached = this.rightsCache.get(decision);
        if (cached) return cached;
        const result = this.computeRights(decision);
        this.rightsCache.set(decision, result);
        return result;
    }

    private activitiesByActor?: ReadonlyMap<string, readonly PartnershipActivity[]>;

    /**
     * The activities an actor performs, directly or through a body, in model order: what the
     * rules ask per keystroke (SK-PART-008) of the facts below, indexed apart so that validation
     * does not pay for indexing every fact of every actor, which only hover and documents read.
     */
    activitiesOf(actor: string): readonly PartnershipActivity[] {
        this.activitiesByActor ??= this.indexActivities();
        return this.activitiesByActor.get(actor) ?? EMPTY_FACTS.activities;
    }

    private indexActivities(): ReadonlyMap<string, readonly PartnershipActivity[]> {
        const byActor = new Map<string, PartnershipActivity[]>();
        for (const activity of this.model.activities) {
            for (const party of activity.performers) {
                for (const actor of this.actorsOf(party)) {
                    const list = byActor.get(actor);
                    if (list) addOnce(list, activity);
                    else byActor.set(actor, [activity]);
                }
            }
        }
        return byActor;
    }

    /** The facts each actor takes part in, indexed once per model so per-actor questions stay linear. */
    factsOf(actor: string): ActorFactList {
        this.byActorCache ??= this.indexFacts();
        return this.byActorCache.get(actor) ?? EMPTY_FACTS;
    }

    private indexFacts(): ActorFacts {
        const facts: ActorFacts = new Map();
        const entry = (actor: string): MutableActorFactList => {
            let list = facts.get(actor) as MutableActorFactList | undefined;
            if (!list) {
                list = { activities: [], initiatives: [], definitions: [], involvements: [], decisions: [], fundingFrom: [], bodies: [] };
                facts.set(actor, list);
            }
            return list;
        };
        const give = <T>(actor: string, item: T, pick: (list: MutableActorFactList) => T[]): void => addOnce(pick(entry(actor)), item);
        const each = <T>(parties: readonly string[], item: T, pick: (list: MutableActorFactList) => T[]): void => {
            for (const party of parties) {
                for (const actor of this.actorsOf(party)) give(actor, item, pick);
            }
        };
        const eachOf = <T>(party: string, item: T, pick: (list: MutableActorFactList) => T[]): void => {
            for (const actor of this.actorsOf(party)) give(actor, item, pick);
        };
        this.activitiesByActor ??= this.indexActivities();
        for (const [actor, activities] of this.activitiesByActor) entry(actor).activities = [...activities];
        for (const initiative of this.model.initiatives) each(initiative.initiators, initiative, list => list.initiatives);
        for (const definition of this.model.definitions) each(definition.definers, definition, list => list.definitions);
        for (const involvement of this.model.involvements) eachOf(involvement.party, involvement, list => list.involvements);
        for (const line of this.model.funding) eachOf(line.from, line, list => list.fundingFrom);
        for (const body of this.model.bodies) for (const member of body.members) entry(member).bodies.push(body);
        for (const decision of this.model.decisions) {
            for (const [actor, held] of this.rightsByActor(decision)) entry(actor).decisions.push({ decision, held });
        }
        return facts;
    }

    private computeRights(decision: PartnershipDecision): ReadonlyMap<string, readonly HeldRight[]> {
        const result = new Map<string, HeldRight[]>();
        for (const right of decision.rights) {
            const viaBody = this.bodies.has(right.party) ? right.party : undefined;
            for (const actor of this.actorsOf(right.party)) {
                const list = result.get(actor) ?? [];
                list.push({ right: right.right, range: right.range, viaBody });
                result.set(actor, list);
            }
        }
        return result;
    }

    /** The level a decision sits at: its own, else the level of the body that decides it. */
    levelOf(decision: PartnershipDecision): PartnershipDecision['level'] {
        if (decision.level) {
            return decision.level;
        }
        for (const locus of decision.loci) {
            if (locus.kind === 'party') {
                const level = this.bodies.get(locus.party)?.level;
                if (level) return level;
            }
        }
        return undefined;
    }
}

/**
 * Gives an item to an actor's list once, however many of the item's parties stand for that actor.
 * An item is given to all its actors before the next item, so an actor that already has it has it
 * last: no set per item (a Set and an array per item were most of indexing a thousand-actor model).
 */
function addOnce<T>(list: T[], item: T): void {
    if (list[list.length - 1] !== item) list.push(item);
}

const indexes = new WeakMap<PartnershipModel, ModelIndex>();

export function indexOf(model: PartnershipModel): ModelIndex {
    let index = indexes.get(model);
    if (!index) {
        index = new ModelIndex(model);
        indexes.set(model, index);
    }
    return index;
}

export function phaseOrder(phase: Phase): number {
    return PHASES.indexOf(phase);
}

export function earliestPhase(phases: readonly Phase[]): Phase | undefined {
    let earliest: Phase | undefined;
    for (const phase of phases) {
        if (earliest === undefined || phaseOrder(phase) < phaseOrder(earliest)) {
            earliest = phase;
        }
    }
    return earliest;
}

export function sideLabel(side: Side, language: TextLanguage = 'en'): string {
    return SIDE_LABELS[side][language];
}

/** Who holds a fact, after "defined by" / "taken by", in each language. */
const SIDE_LABELS: Record<Side, LocalText> = {
    public: { en: 'the public side alone', nb: 'den offentlige siden alene', da: 'den offentlige side alene' },
    non_public: { en: 'the non-public side alone', nb: 'den ikke-offentlige siden alene', da: 'den ikke-offentlige side alene' },
    joint: { en: 'the public and the non-public side together', nb: 'den offentlige og den ikke-offentlige siden sammen', da: 'den offentlige og den ikke-offentlige side sammen' },
    unknown: { en: 'nobody stated', nb: 'ingen oppgitt', da: 'ingen angivet' }
};

/** Every party the model mentions anywhere except in the governance statement. */
export function partiesTakingPart(model: PartnershipModel): ReadonlySet<string> {
    let parties = partiesTakingPartOf.get(model);
    if (!parties) {
        parties = collectPartiesTakingPart(model);
        partiesTakingPartOf.set(model, parties);
    }
    return parties;
}

/** Two rules ask this of every model (SK-PART-005, SK-GOV-002): collected once per model object. */
const partiesTakingPartOf = new WeakMap<PartnershipModel, ReadonlySet<string>>();

function collectPartiesTakingPart(model: PartnershipModel): ReadonlySet<string> {
    // Plain loops: the closures and per-line arrays of a forEach version were most of its cost
    // on a thousand funding lines.
    const parties = new Set<string>();
    const add = (ids: readonly string[]): void => {
        for (const id of ids) parties.add(id);
    };
    for (const role of model.roles) add(role.holders);
    for (const body of model.bodies) {
        add(body.members);
        // An observer sits in the body without a vote: it takes part, though it decides nothing.
        add(body.observers);
        if (body.chair) parties.add(body.chair);
    }
    for (const initiative of model.initiatives) add(initiative.initiators);
    for (const involvement of model.involvements) parties.add(involvement.party);
    for (const definition of model.definitions) add(definition.definers);
    for (const activity of model.activities) add(activity.performers);
    for (const decision of model.decisions) {
        for (const right of decision.rights) parties.add(right.party);
    }
    for (const line of model.funding) {
        parties.add(line.from);
        parties.add(line.to);
    }
    for (const agreement of model.agreements) add(agreement.parties);
    return parties;
}
