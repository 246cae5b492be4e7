import { GrammarUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { SignatureHelpProvider } from 'langium/lsp';
import type { ParameterInformation, SignatureHelp, SignatureHelpOptions, SignatureHelpParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** One part of a funding line, in the order the grammar wants them, with what to write there. */
interface FundingPart {
    /** The FundingLine property the part fills. */
    readonly property: keyof ast.FundingLine;
    readonly label: string;
    readonly documentation: string;
}

/** The parts of a funding line (docs/language.md, "Budgets and funding"); each after the third is optional. */
const FUNDING_PARTS: readonly FundingPart[] = [
    { property: 'from', label: 'from', documentation: 'Who gives: an actor or body of the model, or a library actor.' },
    { property: 'to', label: '-> to', documentation: 'Who receives: an actor or body.' },
    { property: 'kind', label: 'kind', documentation: 'What flows: operating_grant, project_grant, volunteer_centre_grant, procurement_contract, contract_payment, donation, sponsorship, premises, position, in_kind, volunteer_hours or knowledge.' },
    { property: 'amount', label: '[amount unit rate]', documentation: 'Optional: how much, e.g. `450000 NOK per year`, `2 FTE`, `120 hours per month`, `50000 NOK once`.' },
    { property: 'share', label: '[share N %]', documentation: 'Optional: the share of a budget this line pays; needs `for <budget>`. The amount is then computed from the budget.' },
    { property: 'item', label: '[for budget]', documentation: 'Optional: the budget (funded item) the line contributes to.' },
    { property: 'period', label: '[period start..end]', documentation: 'Optional: the years the line runs, e.g. `period 2024..2026`.' },
    { property: 'requirements', label: '[requirements general|detailed]', documentation: 'Optional: how detailed the conditions attached to the money are.' },
    { property: 'description', label: '["description"]', documentation: 'Optional: what the money is for, in your words.' },
    { property: 'provenance', label: '[[source; certainty]]', documentation: 'Optional: where the fact comes from, e.g. `[guribye "p. 23"]` or `[assumed]`.' }
];

const SIGNATURE = FUNDING_PARTS.map(part => part.label).join(' ');

/** Each part as a parameter: its place in the signature's label (start and end offsets) and what to write. */
const PARAMETERS: readonly ParameterInformation[] = (() => {
    let start = 0;
    return FUNDING_PARTS.map(part => {
        const begin = SIGNATURE.indexOf(part.label, start);
        start = begin + part.label.length;
        return { label: [begin, begin + part.label.length], documentation: part.documentation };
    });
})();

/**
 * Signature-like help for funding lines, the longest statement of the language: what comes next
 * (instrument, amount, unit, share, `for`, …) with the current part highlighted, as an editor shows
 * the parameters of a function call. Opens on a space inside a `funding { … }` block.
 */
export class SamskapSignatureHelpProvider implements SignatureHelpProvider {
    get signatureHelpOptions(): SignatureHelpOptions {
        return { triggerCharacters: [' '], retriggerCharacters: [' '] };
    }

    provideSignatureHelp(document: LangiumDocument, params: SignatureHelpParams): MaybePromise<SignatureHelp | undefined> {
        const root = document.parseResult.value;
        const cst = root.$cstNode;
        if (!cst) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const block = fundingBlockAt(root, offset);
        if (!block) return undefined;
        const text = document.textDocument.getText();
        const active = activePart(block, offset, text);
        return {
            signatures: [{ label: SIGNATURE, documentation: 'A funding line: who gives what to whom, how much, and for which budget.', parameters: [...PARAMETERS] }],
            activeSignature: 0,
            activeParameter: active
        };
    }
}

/** The `funding { … }` block whose braces enclose the offset. */
function fundingBlockAt(root: ast.Document | object, offset: number): ast.FundingBlock | undefined {
    if (!ast.isDocument(root)) return undefined;
    for (const model of root.elements.filter(ast.isModel)) {
        for (const block of model.fundingBlocks) {
            const open = GrammarUtils.findNodeForKeyword(block.$cstNode, '{');
            const close = GrammarUtils.findNodeForKeyword(block.$cstNode, '}');
            if (open && open.end <= offset && (!close || offset <= close.offset)) return block;
        }
    }
    return undefined;
}

const UNITS = new Set(['NOK', 'DKK', 'SEK', 'EUR', 'FTE', 'hours']);
const PART = Object.fromEntries(FUNDING_PARTS.map((part, index) => [part.property, index])) as Record<FundingPart['property'], number>;

/**
 * The index of the part the cursor is in or about to write. Read from the text, not the syntax
 * tree: while a line is being typed it does not parse, and that is when the help is wanted. The
 * funding line is the one the cursor is in (it may span lines), else the text of the cursor's line.
 */
function activePart(block: ast.FundingBlock, offset: number, text: string): number {
    const line = block.lines.find(candidate => candidate.$cstNode && candidate.$cstNode.offset <= offset && offset <= candidate.$cstNode.end);
    const open = GrammarUtils.findNodeForKeyword(block.$cstNode, '{')?.end ?? 0;
    const start = line?.$cstNode?.offset ?? Math.max(open, text.lastIndexOf('\n', offset - 1) + 1);
    return partAfter(text.slice(start, offset));
}

/** The part being written at the end of `written`, the start of a funding line (exported for tests). */
export function partAfter(written: string): number {
    const tokens = written.match(/->|"(?:\\.|[^"\\\r\n])*"?|\[[^\]]*\]?|\d+(?:\.\d+)?|\.\.|%|[\w\u00C0-\u024F.]+/g) ?? [];
    let part = PART.from;
    // Whether the part is complete, so that a space after it moves on to the next.
    let complete = false;
    for (const token of tokens) {
        if (token === '->') [part, complete] = [PART.to, false];
        else if (token === 'share') [part, complete] = [PART.share, false];
        else if (token === '%') [part, complete] = [PART.share, true];
        else if (token === 'for') [part, complete] = [PART.item, false];
        else if (token === 'period') [part, complete] = [PART.period, false];
        else if (token === 'requirements') [part, complete] = [PART.requirements, false];
        else if (token.startsWith('"')) [part, complete] = [PART.description, true];
        else if (token.startsWith('[')) [part, complete] = [PART.provenance, token.endsWith(']')];
        else if (part === PART.from && !complete) complete = true;
        else if (part === PART.to) [part, complete] = complete ? [PART.kind, true] : [PART.to, true];
        else if (part === PART.kind || (part === PART.amount && /^\d/.test(token))) [part, complete] = [PART.amount, false];
        else if (part === PART.amount) complete = token === 'year' || token === 'month' || token === 'once' || (!UNITS.has(token) && token !== 'per');
        else if (part === PART.item || part === PART.requirements) complete = true;
    }
    if (tokens.length === 0) return PART.from;
    // Still typing the last word: that part. After a space: the next part once this one is complete.
    return /\s$/.test(written) && complete ? Math.min(part + 1, FUNDING_PARTS.length - 1) : part;
}
