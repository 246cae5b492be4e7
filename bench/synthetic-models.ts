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
