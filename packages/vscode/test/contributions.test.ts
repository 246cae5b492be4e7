import { CANONICAL_INDENTATION, createSamskapServices } from '@samskap/language';
import { EmptyFileSystem } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';

/**
 * What the extension's manifest promises a user: every menu entry runs a real command, every file
 * it names is there, the engine range and its dependencies agree, the highlighting grammar knows
 * every keyword of the language, and every snippet expands to a model that parses.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(root, '..', '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

interface Manifest {
    engines: { vscode: string };
    main: string;
    devDependencies: Record<string, string>;
    contributes: {
        commands: Array<{ command: string }>;
        menus: Record<string, Array<{ command: string }>>;
        languages: Array<{ configuration: string }>;
        grammars: Array<{ path: string }>;
        snippets: Array<{ path: string }>;
        walkthroughs: Array<{ steps: Array<{ description: string; media: { markdown?: string; image?: string } }> }>;
        jsonValidation: Array<{ fileMatch: string; url: string }>;
        configurationDefaults: Record<string, Record<string, unknown>>;
    };
}

const manifest = JSON.parse(read('package.json')) as Manifest;
const minimum = (range: string): number[] => (/(\d+)\.(\d+)\.(\d+)/.exec(range) ?? []).slice(1).map(Number);
const compare = (a: number[], b: number[]): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

describe('the extension manifest', () => {
    test('every menu entry and walkthrough link names a contributed command', () => {
        const commands = new Set(manifest.contributes.commands.map(entry => entry.command));
        const inMenus = Object.values(manifest.contributes.menus).flat().map(entry => entry.command);
        const inWalkthrough = manifest.contributes.walkthroughs.flatMap(walkthrough => walkthrough.steps)
            .flatMap(step => [...step.description.matchAll(/command:(samskap\.[\w.]+)/g)].map(match => match[1]));
        expect([...inMenus, ...inWalkthrough].filter(command => !commands.has(command))).toEqual([]);
        expect(inWalkthrough).toContain('samskap.walkthrough.openExample');
    });

    test('every file it points at exists', () => {
        const files = [
            ...manifest.contributes.languages.map(language => language.configuration),
            ...manifest.contributes.grammars.map(grammar => grammar.path),
            ...manifest.contributes.snippets.map(snippet => snippet.path),
            ...manifest.contributes.walkthroughs.flatMap(walkthrough => walkthrough.steps).map(step => step.media.markdown ?? step.media.image ?? ''),
            'media/icon.png',
            'media/walkthrough/example.samskap',
            'media/webview.css',
            'media/preview.css',
            'media/compare.css',
            // Written by scripts/build.mjs: the rule catalogue diagnostics link to, the schema of samskap.json.
            ...manifest.contributes.jsonValidation.map(validation => validation.url),
            'dist/docs/rules.md'
        ];
        expect(files.filter(file => !existsSync(join(root, file)))).toEqual([]);
    });

    test('the engine range starts at VS Code 1.101, the first release whose extension host runs Node 22', () => {
        expect(minimum(manifest.engines.vscode)).toEqual([1, 101, 0]);
        // The API types must not promise more than the oldest supported release has.
        expect(compare(minimum(manifest.devDependencies['@types/vscode']), minimum(manifest.engines.vscode))).toBeLessThanOrEqual(0);
        const client = JSON.parse(readFileSync(join(repo, 'node_modules', 'vscode-languageclient', 'package.json'), 'utf8')) as { engines: { vscode: string } };
        expect(compare(minimum(client.engines.vscode), minimum(manifest.engines.vscode))).toBeLessThanOrEqual(0);
    });

    test('the editor indents .samskap files as the formatter does, whatever indentation it would detect', () => {
        expect(manifest.contributes.configurationDefaults['[samskap]']).toEqual({
            'editor.insertSpaces': CANONICAL_INDENTATION.insertSpaces,
            'editor.tabSize': CANONICAL_INDENTATION.tabSize,
            'editor.detectIndentation': false
        });
    });

    test('the language configuration and snippets are valid JSON', () => {
        const configuration = JSON.parse(read('language-configuration.json')) as { comments: { lineComment: string } };
        expect(configuration.comments.lineComment).toBe('//');
        expect(Object.keys(JSON.parse(read('snippets/samskap.code-snippets')) as object)).toEqual(
            expect.arrayContaining(['New model', 'Actor', 'Decision', 'Funding line']));
    });
});

describe('the highlighting grammar', () => {
    test('knows every keyword of grammar/samskap.langium (run scripts/write-highlighting-grammar.mjs after adding one)', () => {
        const language = readFileSync(join(repo, 'grammar', 'samskap.langium'), 'utf8');
        const keywords = new Set([...language.matchAll(/'([A-Za-z_][A-Za-z0-9_]*)'/g)].map(match => match[1]));
        const highlighting = read('syntaxes/samskap-highlighting.tmLanguage.json');
        const missing = [...keywords].filter(keyword => !new RegExp(`[|(:]${keyword}[|)\\\\]`).test(highlighting));
        expect(missing).toEqual([]);
    });
});

describe('the snippets', () => {
    const services = createSamskapServices(EmptyFileSystem);
    const parse = parseHelper(services.Samskap);
    afterEach(async () => clearDocuments(services.shared));

    /** The text a user gets when accepting every default (first choice, placeholder text). */
    const expand = (body: string[]): string => body.join('\n')
        .replace(/\$\{\d+\|([^,|]+)[^|]*\|\}/g, '$1')
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\d+/g, '')
        .replace(/\t/g, '    ');

    const snippets = JSON.parse(readFileSync(join(root, 'snippets', 'samskap.code-snippets'), 'utf8')) as Record<string, { body: string[] }>;
    const context = [
        'model SnippetTest "Snippet test" {',
        '    actor funder "Funder" is municipality',
        '    actor recipient "Recipient" is voluntary_organisation',
        '    actor decider "Decider" is municipality',
        '    actor party "Party" is voluntary_organisation',
        '    actor name "Name" is association'
    ];

    test.each(Object.keys(snippets))('"%s" expands to text that parses', async name => {
        const text = expand(snippets[name].body);
        // A model snippet stands alone; a funding line goes in a funding block; the rest in a model.
        const statement = /->/.test(text) && !/funding\s*\{/.test(text) ? `funding {\n${text}\n}` : text;
        const source = /^\s*(\/\*\*[\s\S]*?\*\/\s*)?model /.test(text) ? text : [...context, statement, '}'].join('\n');
        const document = await parse(source);
        const errors = [...document.parseResult.lexerErrors, ...document.parseResult.parserErrors].map(error => error.message);
        expect(errors, source).toEqual([]);
    });
});
