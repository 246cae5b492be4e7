/**
 * Synthetic partnership models for the benchmarks: realistic in shape (every construct the
 * examples use, in the proportions real cases have), deterministic for a given size.
 */

const KINDS = ['municipality', 'voluntary_organisation', 'volunteer_centre', 'association', 'private_company', 'foundation', 'social_entrepreneur'] as const;
const PHASES = ['initiation', 'design', 'delivery', 'assessment'] as const;

/** A model with `actorCount` actors and proportional decisions, activities and funding lines. */
export function syntheticModel(name: string, actorCount: number): string {
    const lines: string[] = [];
    lines.push(`/** Synthetic case ${name} for benchmarks. */`);
    lines.push(`model ${name} "Syntetisk samarbeid ${name} på Østlandet" {`);
    lines.push('    country NO');
    lines.push('    municipality "Ås"');
    lines.push('    period 2015..2020');
    lines.push('    fields culture, inclusion');
    lines.push('    purpose social, innovation');
    lines.push('    goal "Flere deltar i frivillig arbeid"');
    const actor = (i: number): string => `a${i}`;
    for (let i = 0; i < actorCount; i++) {
        lines.push(`    actor ${actor(i)} "Aktør nr. ${i} – Æøå lag" is ${i === 0 ? 'municipality' : KINDS[i % KINDS.length]}`);
    }
    lines.push(`    role coordinator "Koordinator" is coordinator held by ${actor(1 % actorCount)}`);
    const bodyMembers = Array.from({ length: Math.min(actorCount, 4) }, (_, i) => actor(i)).join(', ');
    lines.push(`    body steering "Styringsgruppe" is steering_group members ${bodyMembers} decides by consensus level strategic`);
    lines.push(`    initiative by ${actor(0)}, ${actor(1 % actorCount)} in 2015`);
    for (let i = 1; i < actorCount; i += 7) {
        lines.push(`    involvement ${actor(i)} from ${PHASES[i % PHASES.length]}`);
    }
    lines.push(`    goals defined by ${actor(0)}, ${actor(1 % actorCount)} by consensus`);
    lines.push(`    content defined by steering`);
    for (let i = 0; i < actorCount; i += 3) {
        lines.push(`    activity act${i} "Aktivitet ${i}" phases design, delivery done jointly by ${actor(i)}, ${actor((i + 1) % actorCount)}`);
    }
    for (let i = 0; i < actorCount; i += 2) {
        lines.push(`    decision d${i} "Beslutning ${i}" level operational {`);
        lines.push(`        decide ${i % 4 === 0 ? 'steering' : actor(i)}`);
        lines.push(`        consulted ${actor((i + 1) % actorCount)} iap2 consult with feedback "Månedlig møte"`);
        lines.push(`        informed ${actor((i + 2) % actorCount)}`);
        lines.push('    }');
    }
    lines.push('    funding {');
    for (let i = 1; i < actorCount; i++) {
        lines.push(`        ${actor(0)} -> ${actor(i)} project_grant ${10000 + i * 100} NOK per year period 2016..2018`);
    }
    lines.push('    }');
    lines.push(`    governance lead ${actor(0)} trust high consensus medium`);
    lines.push('    anchoring unit "Kultur" resolution "KST-sak 12/15" budget_line "1.2.3"');
    lines.push(`    agreement avtale "Samarbeidsavtale" is partnership_agreement parties ${actor(0)}, ${actor(1 % actorCount)} period 2015..2020 evaluation yearly`);
    lines.push('    claim form municipality_led');
    lines.push('}');
    return `${lines.join('\n')}\n`;
}

/** The number of actors that makes a model of about `lineCount` lines. */
export function actorsForLines(lineCount: number): number {
    // Per actor: 1 actor line + 1 funding line + 1/3 activity + 5/2 decision lines + 1/7 involvement ≈ 5 lines.
    return Math.max(2, Math.round((lineCount - 30) / 4.98));
}

/*
 * The slow inputs of issue 15, as the benchmark's "Slow inputs" rows run them through the CLI
 * (bench/run.mjs). Each is the shape that was super-linear, at a size a user met.
 */

const SLOW_KINDS = ['municipality', 'voluntary_organisation', 'association', 'private_company', 'foundation'] as const;

function slowActors(lines: string[], count: number): void {
    for (let i = 0; i < count; i++) {
        lines.push(`    actor a${i} "Aktør ${i}" is ${SLOW_KINDS[i % SLOW_KINDS.length]}`);
    }
}

/** `actors` actors and `decisions` decisions, each decided by one actor and consulting `consulted` others: the governance view's edges. */
export function governanceModel(actors: number, decisions: number, consulted: number): string {
    const lines = ['model Governance "Styring med mange konsultasjoner" {'];
    slowActors(lines, actors);
    for (let d = 0; d < decisions; d++) {
        lines.push(`    decision d${d} "Beslutning ${d}" level operational {`, `        decide a${d % actors}`);
        for (let c = 0; c < consulted; c++) {
            lines.push(`        consulted a${(d + c + 1) % actors} iap2 consult`);
        }
        lines.push('    }');
    }
    lines.push('}');
    return `${lines.join('\n')}\n`;
}

/** `actors` actors funding each other in a chain (`actors - 1` funding lines): as many funders as recipients. */
export function fundingChainModel(actors: number): string {
    const lines = ['model Chain "Finansieringskjede" {'];
    slowActors(lines, actors);
    lines.push('    funding {');
    for (let i = 1; i < actors; i++) {
        lines.push(`        a${i - 1} -> a${i} project_grant ${1000 + i} NOK per year`);
    }
    lines.push('    }', '}');
    return `${lines.join('\n')}\n`;
}

/** `count` tiny models in one file. */
export function tinyModels(count: number): string {
    return `${Array.from({ length: count }, (_, i) => `model M${i} "M ${i}" {\n    actor a "A" is municipality\n}`).join('\n')}\n`;
}

/** One model of `count` bare actors (100,000 actors: 4.8 MB). */
export function bareActorsModel(count: number): string {
    const lines = ['model Big "Mange aktører" {'];
    slowActors(lines, count);
    lines.push('}');
    return `${lines.join('\n')}\n`;
}

/** A samskap.json of `count` unknown keys. */
export function unknownSettings(count: number): string {
    return `{\n${Array.from({ length: count }, (_, i) => `  "unknown${i}": ${i}`).join(',\n')}\n}\n`;
}
