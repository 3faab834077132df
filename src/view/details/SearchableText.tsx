import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { DetailsWords } from '../../i18n/details-messages';

/** Text split around matches of `needle`, matches in <mark>: still only text nodes, no markup. */
function highlight(text: string, needle: string): { parts: JSX.Element[]; count: number } {
  if (!needle) return { parts: [<>{text}</>], count: 0 };
  const lower = text.toLowerCase();
  const n = needle.toLowerCase();
  const parts: JSX.Element[] = [];
  let at = 0;
  let count = 0;
  for (let i = lower.indexOf(n); i >= 0 && count < 1000; i = lower.indexOf(n, i + n.length)) {
    parts.push(<>{text.slice(at, i)}</>, <mark>{text.slice(i, i + n.length)}</mark>);
    at = i + n.length;
    count++;
  }
  parts.push(<>{text.slice(at)}</>);
  return { parts, count };
}

export function SearchableText({ text, t }: { text: string; t: DetailsWords }) {
  const [needle, setNeedle] = useState('');
  const { parts, count } = highlight(text, needle);
  return (
    <div class="searchable">
      <div class="search-row">
        <input type="search" class="body-search" placeholder={t.searchBody} aria-label={t.searchBody} value={needle} onInput={(e) => setNeedle(e.currentTarget.value)} />
        {needle && <span class="muted match-count">{t.matches(count)}</span>}
      </div>
      <pre class="body-raw">{parts}</pre>
    </div>
  );
}
