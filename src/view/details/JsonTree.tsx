import { RawNumber } from '../../decode/json-numbers';

/** Deeper levels are not drawn as a tree (a 600-deep body must not blank the tab): the Raw view shows them. */
export const MAX_TREE_DEPTH = 64;

/** A JSON value as a collapsible tree; every value is rendered as text, never as markup. */
export function JsonTree({ value, name, depth = 0, tooDeep }: { value: unknown; name?: string; depth?: number; tooDeep: string }) {
  const label = name === undefined ? null : <span class="json-key">{name}: </span>;
  if (value instanceof RawNumber) {
    return (
      <div class="json-leaf">
        {label}
        <span class="json-number">{value.text}</span>
      </div>
    );
  }
  if (value !== null && typeof value === 'object') {
    if (depth >= MAX_TREE_DEPTH) {
      return (
        <div class="json-leaf json-too-deep">
          {label}
          <span class="muted">{tooDeep}</span>
        </div>
      );
    }
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    const summary = Array.isArray(value) ? `Array(${entries.length})` : `{…} ${entries.length}`;
    return (
      <details class="json-node" open={depth < 2}>
        <summary>
          {label}
          <span class="json-summary">{summary}</span>
        </summary>
        <div class="json-children">
          {entries.map(([key, child]) => (
            <JsonTree key={key} name={key} value={child} depth={depth + 1} tooDeep={tooDeep} />
          ))}
        </div>
      </details>
    );
  }
  const type = value === null ? 'null' : typeof value;
  return (
    <div class="json-leaf">
      {label}
      <span class={`json-${type}`}>{typeof value === 'string' ? JSON.stringify(value) : String(value)}</span>
    </div>
  );
}
