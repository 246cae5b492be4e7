// Writes syntaxes/samskap-highlighting.tmLanguage.json, the TextMate grammar VS Code uses before
// the language server's semantic tokens arrive. Unlike the one `langium generate` emits (one
// regex of all keywords), it tells statements, value sets, declared names, numbers and operators
// apart, so a model reads well from the first paint. Run it again when grammar/samskap.langium
// gains keywords: `node packages/vscode/scripts/write-highlighting-grammar.mjs`.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const words = list => `\\b(?:${list.trim().split(/\s+/).sort((a, b) => b.length - a.length).join('|')})\\b`;
const ident = '[_a-zA-Z\\x{00C0}-\\x{024F}][\\w\\x{00C0}-\\x{024F}]*';

const declarations = 'model library actor role body activity decision budget agreement';
const statements = `uses country municipality period fields purpose source goal initiative involvement goals content
    defined by is owned sector held members observers decides level chair from in phases done jointly separately decide joint
    iap2 arnstein with feedback funding share for requirements per once governance trust consensus anchoring
    unit resolution budget_line parties evaluation termination pilot continuation claim form partnership date url`;
const rights = 'agree recommend consulted informed perform';
const values = `NO DK SE FI IS interview document survey observation report article web_page assumption stated inferred assumed illustrative culture sport children_and_youth inclusion
    health_and_care elderly education environment emergency_preparedness employment housing social_services
    social democratic economic innovation quality effect municipality county state_agency voluntary_organisation
    volunteer_centre association citizens volunteers private_company foundation bank social_entrepreneur
    research_institution cooperative public voluntary private social_economy philanthropic coordinator leader facilitator
    provider funder advisor member steering_group advisory_body board working_group platform forum consensus
    majority unanimity policy strategic operational initiation commissioning design delivery assessment inform
    consult involve collaborate empower manipulation therapy informing consultation placation delegated_power
    citizen_control operating_grant project_grant volunteer_centre_grant procurement_contract contract_payment
    donation sponsorship premises position in_kind volunteer_hours knowledge general detailed low medium high
    grant partnership_agreement cooperation_agreement letter_of_intent yearly midterm final none equal
    municipality_led voluntary_led co_implementation support contracting shared lead nao year month`;
const units = 'NOK DKK SEK EUR FTE hours';

const grammar = {
    $comment: 'Written by packages/vscode/scripts/write-highlighting-grammar.mjs; edit that script, not this file.',
    name: 'Samskap',
    scopeName: 'source.samskap',
    fileTypes: ['samskap'],
    patterns: [
        { include: '#comments' },
        { include: '#strings' },
        { include: '#declaration' },
        { include: '#numbers' },
        { include: '#operators' },
        { include: '#keywords' }
    ],
    repository: {
        comments: {
            patterns: [
                {
                    name: 'comment.block.documentation.samskap',
                    begin: '/\\*\\*(?!/)',
                    end: '\\*/',
                    captures: { 0: { name: 'punctuation.definition.comment.samskap' } }
                },
                {
                    name: 'comment.block.samskap',
                    begin: '/\\*',
                    end: '\\*/',
                    captures: { 0: { name: 'punctuation.definition.comment.samskap' } }
                },
                {
                    name: 'comment.line.double-slash.samskap',
                    begin: '//',
                    beginCaptures: { 0: { name: 'punctuation.definition.comment.samskap' } },
                    end: '$'
                }
            ]
        },
        strings: {
            name: 'string.quoted.double.samskap',
            begin: '"',
            beginCaptures: { 0: { name: 'punctuation.definition.string.begin.samskap' } },
            end: '"|$',
            endCaptures: { 0: { name: 'punctuation.definition.string.end.samskap' } },
            patterns: [{ name: 'constant.character.escape.samskap', match: '\\\\.' }]
        },
        declaration: {
            comment: 'A declaring keyword followed by the name it declares.',
            match: `\\b(${declarations.split(' ').join('|')})\\s+(${ident})`,
            captures: {
                1: { name: 'storage.type.samskap' },
                2: { name: 'entity.name.type.samskap' }
            }
        },
        numbers: {
            patterns: [
                { name: 'constant.numeric.range.samskap', match: '\\b(\\d+)(\\.\\.)(\\d+)\\b', captures: { 1: { name: 'constant.numeric.samskap' }, 2: { name: 'keyword.operator.range.samskap' }, 3: { name: 'constant.numeric.samskap' } } },
                { name: 'constant.numeric.samskap', match: '\\b\\d+(?:\\.\\d+)?\\b' },
                { name: 'keyword.other.unit.samskap', match: words(units) },
                { name: 'keyword.other.unit.percent.samskap', match: '%' }
            ]
        },
        operators: {
            patterns: [
                { name: 'keyword.operator.flow.samskap', match: '->' },
                { name: 'punctuation.separator.comma.samskap', match: ',' },
                { name: 'punctuation.accessor.samskap', match: '\\.' }
            ]
        },
        keywords: {
            patterns: [
                { name: 'keyword.other.right.samskap', match: words(rights) },
                { name: 'storage.type.samskap', match: words(declarations) },
                { name: 'keyword.control.samskap', match: words(statements) },
                { name: 'constant.language.samskap', match: words(values) }
            ]
        }
    }
};

writeFileSync(join(here, '../syntaxes/samskap-highlighting.tmLanguage.json'), JSON.stringify(grammar, null, 2) + '\n');
