/**
 * One rule's entry of the rule catalogue (docs/rules.md, shipped as dist/docs/rules.md), as
 * HTML for the rule page: its heading `### SK-FUND-001` and everything up to the next heading.
 * The catalogue is our own Markdown in a small, fixed shape (bulleted facts, a `samskap`
 * example, now and then a table), so a small renderer does; all text is escaped first.
 */
export function ruleSection(catalogue: string, code: string): { markdown: string; line: number } | undefined {
    const lines = catalogue.split(/\r?\n/);
    const start = lines.findIndex(line => line.trim() === `### ${code}`);
    if (start < 0) return undefined;
    let end = start + 1;
    while (end < lines.length && !/^#{1,3} /.test(lines[end])) end++;
    return { markdown: lines.slice(start, end).join('\n').trim(), line: start };
}

/**
 * A section of a Markdown document by its heading's anchor as GitHub makes it (`budgets-and-funding`
 * for `## Budgets and funding`): the heading and everything up to the next heading of its level or
 * above. The language reference's links from keyword hovers point at these.
 */
export function headingSection(document: string, anchor: string): { markdown: string; line: number } | undefined {
    const lines = document.split(/\r?\n/);
    let inFence = false;
    let start = -1;
    let level = 0;
    for (const [index, line] of lines.entries()) {
        if (/^```/.test(line)) inFence = !inFence;
        const heading = inFence ? null : /^(#{1,6}) (.*)$/.exec(line);
        if (!heading) continue;
        if (start >= 0 && heading[1].length <= level) {
            return { markdown: lines.slice(start, index).join('\n').trim(), line: start };
        }
        if (start < 0 && slug(heading[2]) === anchor) {
            start = index;
            level = heading[1].length;
        }
    }
    return start >= 0 ? { markdown: lines.slice(start).join('\n').trim(), line: start } : undefined;
}

/** GitHub's heading anchor: lower case, punctuation but `-` and `_` dropped, spaces to `-`. */
function slug(heading: string): string {
    return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

export function markdownToHtml(markdown: string): string {
    const html: string[] = [];
    const lines = markdown.split('\n');
    let paragraph: string[] = [];
    let list: string[] = [];
    let ordered = false;
    const flush = (): void => {
        if (paragraph.length > 0) html.push(`<p>${inline(paragraph.join(' '))}</p>`);
        const tag = ordered ? 'ol' : 'ul';
        if (list.length > 0) html.push(`<${tag}>${list.map(item => `<li>${inline(item)}</li>`).join('')}</${tag}>`);
        paragraph = [];
        list = [];
    };
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        const fence = /^```(\w*)\s*$/.exec(line);
        if (fence) {
            flush();
            const code: string[] = [];
            for (index++; index < lines.length && !/^```\s*$/.test(lines[index]); index++) code.push(lines[index]);
            html.push(`<pre><code${fence[1] ? ` class="language-${escape(fence[1])}"` : ''}>${escape(code.join('\n'))}</code></pre>`);
            continue;
        }
        const heading = /^(#{1,6}) (.*)$/.exec(line);
        if (heading) {
            flush();
            const level = Math.min(6, heading[1].length);
            html.push(`<h${level}>${inline(heading[2])}</h${level}>`);
            continue;
        }
        if (/^\|.*\|\s*$/.test(line)) {
            flush();
            const rows: string[][] = [];
            for (; index < lines.length && /^\|.*\|\s*$/.test(lines[index]); index++) {
                const cells = lines[index].trim().slice(1, -1).split('|').map(cell => cell.trim());
                if (!cells.every(cell => /^:?-+:?$/.test(cell))) rows.push(cells);
            }
            index--;
            const [head, ...body] = rows;
            html.push(`<table><thead><tr>${(head ?? []).map(cell => `<th>${inline(cell)}</th>`).join('')}</tr></thead><tbody>${
                body.map(row => `<tr>${row.map(cell => `<td>${inline(cell)}</td>`).join('')}</tr>`).join('')}</tbody></table>`);
            continue;
        }
        const item = /^\s*(?:([-*])|\d+\.) (.*)$/.exec(line);
        if (item) {
            const numbered = item[1] === undefined;
            if (paragraph.length > 0 || (list.length > 0 && numbered !== ordered)) flush();
            ordered = numbered;
            list.push(item[2]);
            continue;
        }
        if (line.trim() === '') {
            flush();
            continue;
        }
        if (list.length > 0 && /^\s+\S/.test(line)) {
            list[list.length - 1] += ` ${line.trim()}`;
            continue;
        }
        paragraph.push(line.trim());
    }
    flush();
    return html.join('\n');
}

/** Inline Markdown: `code`, **strong**, *emphasis*, [links](…) — web links stay links, links into other files become their text. */
function inline(text: string): string {
    const parts = text.split(/(`[^`]*`)/);
    return parts.map(part => {
        if (part.startsWith('`') && part.endsWith('`') && part.length >= 2) return `<code>${escape(part.slice(1, -1))}</code>`;
        return escape(part)
            .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
            .replace(/(^|[^*\w])\*([^*\s][^*]*)\*(?!\w)/g, '$1<em>$2</em>')
            .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_match, label: string, target: string) =>
                /^https?:\/\//i.test(target) ? `<a href="${target}">${label}</a>` : label);
    }).join('');
}

function escape(text: string): string {
    return text.replace(/[&<>"']/g, character => `&#${character.charCodeAt(0)};`);
}
