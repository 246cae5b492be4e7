/**
 * The identity of a group node in a diagram overview, as the generators write it in
 * `data-samskap-id`: one node per sector (`sector:public`) or kind of actor (`kind:association`).
 * Checked on both sides of the webview: a click can only ever ask the server to open a group.
 */
const GROUP_ID = /^(?:sector|kind):[a-z_]{1,40}$/;

export function isGroupId(value: unknown): value is string {
    return typeof value === 'string' && GROUP_ID.test(value);
}
