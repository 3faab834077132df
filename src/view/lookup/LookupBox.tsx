import { useState } from 'preact/hooks';
import type { Knowledge } from '../../decode/knowledge/types';
import type { Messages, Lang } from '../../i18n';
import { useLazy } from '../app/use-lazy';

/** Type any code, see what it means on every platform, without a call to look at. */
export function LookupBox({ knowledge, t, lang }: { knowledge: Knowledge | null; t: Messages; lang: Lang }) {
  const [query, setQuery] = useState('');
  const code = query.trim();
  const answers = useLazy(() => import('./LookupResults'), code !== '');
  return (
    <div class="lookup">
      <input
        type="search"
        class="lookup-input"
        placeholder={t.lookupPlaceholder}
        aria-label={t.lookupLabel}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Escape' && setQuery('')}
      />
      {code !== '' && knowledge && answers && <answers.LookupResults code={code} knowledge={knowledge} lang={lang} label={t.lookupLabel} />}
    </div>
  );
}
