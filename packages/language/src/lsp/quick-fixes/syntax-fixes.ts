import { AstUtils, GrammarAST, type Grammar, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { VALUE_SETS } from '../samskap-completion.js';
import type { LocalText } from '../../analysis/local-text.js';
import { closestNames } from './did-you-mean.js';
import { modelAt, preferFirst, quickFix, type QuickFix } from './quick-fix.js';

/**
 * Fixes for what the parser and lexer say (packages/language/src/parser/samskap-*-messages.ts
 * words them): a word of a value set mistyped (`municipalty`) gets the closest values; a missing
 * keyword or brace the parser names is inserted; an unterminated text is closed; a missing name
 * after `decide` (and the like) gets the model's parties.
 */
export function syntaxFixes(document: LangiumDocument, diagnostic: Diagnostic, grammar: Grammar): QuickFix[] {
    const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
    const text = document.textDocument;
    const unterminated = unterminatedTextFix(document, diagnostic);
    if (unterminated) return [unterminated];

    const unexpectedValue = /^Unexpected '([^']*)': expected an? ([a-z0-9 ]+?) \(/i.exec(message);
    if (unexpectedValue) {
        const [, written, setLabel] = unexpectedValue;
        const rule = Object.entries(VALUE_SETS).find(([, label]) => label.toLowerCase() === setLabel.toLowerCase())?.[0];
        const values = rule ? keywordsOf(grammar, rule) : [];
        if (text.getText(diagnostic.range) !== written) return [];
        const closest = closestNames(written, values.map(name => ({ name })), 3);
        return closest.map(({ name }, index) => quickFix(document, diagnostic, { en: `Did you mean '${name}'?`, nb: `Mente du '${name}'?`, da: `Mente du '${name}'?` },
            [{ range: diagnostic.range, newText: name }], { preferred: index === 0, safe: index === 0 && closest.length === 1 }));
    }

    const expectedToken = /^Expected '([^']+)' but found (?:'([^']*)'|the end of the file)/.exec(message);
    if (expectedToken) {
        const [, expected, found] = expectedToken;
        if (found === undefined) {
            const end = text.positionAt(text.getText().length);
            const newline = text.getText().endsWith('\n') ? '' : '\n';
            return [quickFix(document, diagnostic, {
                en: `Insert '${expected}' at the end of the file`,
                nb: `Sett inn '${expected}' på slutten av filen`,
                da: `Indsæt '${expected}' i slutningen af filen`
            }, [{ range: { start: end, end }, newText: `${newline}${expected}\n` }], { preferred: true, safe: expected === '}' })];
        }
        // Before the token found: `actor a "A" municipality` becomes `actor a "A" is municipality`.
        const at = diagnostic.range.start;
        return [quickFix(document, diagnostic, { en: `Insert '${expected}'`, nb: `Sett inn '${expected}'`, da: `Indsæt '${expected}'` }, [{ range: { start: at, end: at }, newText: `${expected} ` }], { preferred: true, safe: /^[a-z_]+$/.test(expected) })];
    }

    // `decide` with nothing after it: the parties the model can name there.
    if (/^Unexpected '[^']*': expected a name/.test(message)) {
        const model = modelAt(document, diagnostic.range.start);
        const offset = text.offsetAt(diagnostic.range.start);
        const before = text.getText().slice(0, offset).replace(/\s+$/, '');
        if (!model || !/[\w\u00C0-\u024F]$/.test(before)) return [];
        const at = text.positionAt(before.length);
        const parties = [...model.actors, ...model.bodies].map(party => party.name).filter(name => name);
        return preferFirst(parties.slice(0, 6).map(name => quickFix(document, diagnostic, { en: `Name '${name}' here`, nb: `Skriv '${name}' her`, da: `Skriv '${name}' her` }, [{ range: { start: at, end: at }, newText: ` ${name}` }])));
    }
    return [];
}

/** The keywords of a value set's grammar rule, in grammar order. */
function keywordsOf(grammar: Grammar, ruleName: string): string[] {
    const rule = grammar.rules.find(candidate => candidate.name === ruleName);
    if (!rule) return [];
    return AstUtils.streamAllContents(rule).filter(GrammarAST.isKeyword).map(keyword => keyword.value).toArray();
}

/**
 * A quoted text left open: closed before a `{` that ends the line (`model M "Title {`), else at the
 * end of the line. Offered on the lexer's error and on the parser's errors it causes on that line.
 */
function unterminatedTextFix(document: LangiumDocument, diagnostic: Diagnostic): QuickFix | undefined {
    const text = document.textDocument;
    const line = diagnostic.range.start.line;
    const lineText = text.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
    const open = openQuoteColumn(lineText);
    if (open === undefined) return undefined;
    const brace = /\s*\{\s*$/.exec(lineText.slice(open));
    const column = brace ? open + brace.index : lineText.replace(/\s+$/, '').length;
    const at = { line, character: column };
    const title: LocalText = brace
        ? { en: 'Close the text before \'{\'', nb: 'Avslutt teksten før \'{\'', da: 'Afslut teksten før \'{\'' }
        : { en: 'Close the text at the end of the line', nb: 'Avslutt teksten på slutten av linjen', da: 'Afslut teksten i slutningen af linjen' };
    return quickFix(document, diagnostic, title,
        [{ range: { start: at, end: at }, newText: '"' }], { preferred: true, safe: brace !== null });
}

/** The column of a `"` that opens a text not closed on its line, outside comments. */
function openQuoteColumn(line: string): number | undefined {
    let open: number | undefined;
    for (let index = 0; index < line.length; index++) {
        const char = line[index];
        if (open !== undefined && char === '\\') index++;
        else if (char === '"') open = open === undefined ? index : undefined;
        else if (open === undefined && char === '/' && line[index + 1] === '/') break;
    }
    return open;
}

