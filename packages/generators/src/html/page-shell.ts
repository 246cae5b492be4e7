import { createHash } from 'node:crypto';
import { escapeAttribute, escapeHtml } from '../escape/html.js';
import type { Language } from '../i18n/index.js';
import { TABLE_SCRIPT } from './table-script.js';

/** The page style: readable in light and dark settings and in print; no external resources. */
export const PAGE_STYLE = [
    ':root{color-scheme:light dark;--bg:#ffffff;--fg:#1a1a1a;--muted:#595959;--rule:#c8c8c8;--head:#f0f0f0;--link:#0b57a4}',
    '@media (prefers-color-scheme:dark){:root{--bg:#1e1e1e;--fg:#e8e8e8;--muted:#b0b0b0;--rule:#555555;--head:#2a2a2a;--link:#8ab4f8}}',
    '@media print{:root{--bg:#ffffff;--fg:#000000;--muted:#333333;--rule:#999999;--head:#eeeeee;--link:#000000}.sk-filter,.sk-sort::after{display:none}}',
    'body{background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:2rem auto;max-width:80rem;padding:0 1rem}',
    'a{color:var(--link)}h1,h2,h3{line-height:1.2}.muted,figcaption,caption{color:var(--muted)}',
    'table{border-collapse:collapse;margin:0.5rem 0 1.5rem;font-size:0.9rem}caption{text-align:left;font-weight:600;padding:0.25rem 0}',
    'th,td{border:1px solid var(--rule);padding:0.3rem 0.5rem;text-align:left;vertical-align:top}thead th{background:var(--head);position:sticky;top:0}',
    'tbody th{font-weight:600;background:var(--head)}td.num{text-align:right;font-variant-numeric:tabular-nums}',
    '.sk-scroll{overflow-x:auto}.sk-filter{display:block;margin:0.5rem 0;padding:0.3rem;min-width:16rem;background:var(--bg);color:var(--fg);border:1px solid var(--rule)}',
    '.sk-sort{all:unset;cursor:pointer}.sk-sort::after{content:" \\2195";color:var(--muted)}th[aria-sort=ascending] .sk-sort::after{content:" \\2191"}th[aria-sort=descending] .sk-sort::after{content:" \\2193"}',
    'figure{margin:1rem 0}figure svg{max-width:100%;height:auto}.holds{font-weight:600}.fails{color:var(--muted)}',
    '.sev-error{color:#c62828}.sev-warning{color:#a15c00}@media (prefers-color-scheme:dark){.sev-error{color:#ff8a80}.sev-warning{color:#ffcc80}}',
    'code{font-size:0.9em}dl.sk-facts{display:grid;grid-template-columns:max-content 1fr;gap:0.2rem 1rem}dl.sk-facts dt{font-weight:600}dl.sk-facts dd{margin:0}'
].join('\n');

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');

export interface PageOptions {
    readonly language: Language;
    readonly title: string;
    /** Already-escaped HTML of the page body. */
    readonly body: string;
    /** Include the table script (sorting, filtering). */
    readonly script?: boolean;
    /**
     * The style sheets of the `<style>` elements in the body (inline SVG diagrams), when the caller
     * knows them: else the body is searched for them, which for an index of hundreds of models
     * means going through megabytes of table cells that cannot hold one.
     */
    readonly styles?: readonly string[];
}

/** The style sheets of the `<style>` elements in a piece of HTML, in order. */
export function inlineStyles(html: string): string[] {
    return [...html.matchAll(/<style>([^<]*)<\/style>/g)].map(match => match[1]);
}

/**
 * A self-contained HTML page. Its Content-Security-Policy allows only the inline style and
 * script it carries (by hash), so even a mistake in escaping could not run injected script.
 */
export function htmlPage(options: PageOptions): string {
    const scripts = options.script ? [TABLE_SCRIPT] : [];
    // Inline SVG diagrams carry their own style sheets: allow exactly those, by hash.
    const styles = [PAGE_STYLE, ...(options.styles ?? inlineStyles(options.body))];
    const styleHashes = [...new Set(styles.map(style => `'sha256-${sha256(style)}'`))].join(' ');
    const csp = [
        "default-src 'none'",
        `style-src ${styleHashes}`,
        "img-src data:",
        scripts.length > 0 ? `script-src ${scripts.map(script => `'sha256-${sha256(script)}'`).join(' ')}` : "script-src 'none'"
    ].join('; ');
    const head = [
        '<!DOCTYPE html>',
        `<html lang="${escapeAttribute(options.language)}">`,
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${escapeHtml(options.title)}</title>`,
        `<style>${PAGE_STYLE}</style>`,
        '</head>',
        '<body>',
        ''
    ].join('\n');
    const tail = ['', ...scripts.map(script => `<script>${script}</script>`), '</body>', '</html>', ''].join('\n');
    // Joined with +, not copied into one more string: the body of an index is megabytes, and the
    // writer encodes the page once anyway.
    return head + options.body + tail;
}
