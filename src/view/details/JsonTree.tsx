/** A JSON value as a collapsible tree; every value is rendered as text, never as markup. */
export function JsonTree({ value, name, depth = 0 }: { value: unknown; name?: string; depth?: number }) {
  const label = name === undefined ? null : <span class="json-key">{name}: </span>;
  if (value !== null && typeof value === 'object') {
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
            <JsonTree key={key} name={key} value={child} depth={depth + 1} />
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
