import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { copyText } from './copy-text';
import type { DetailsMessages } from '../../i18n/details-messages';

/** The words a copy button shows. */
type CopyWords = Pick<DetailsMessages, 'copy' | 'copied'>;

export function CopyButton({ text, t, label, class: cls }: { text: string | (() => string); t: CopyWords; label?: string; class?: string }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      class={`copy${cls ? ` ${cls}` : ''}`}
      onClick={() =>
        void copyText(typeof text === 'function' ? text() : text).then((ok) => {
          setDone(ok);
          setTimeout(() => setDone(false), 1500);
        })
      }
    >
      {done ? t.copied : (label ?? t.copy)}
    </button>
  );
}

/** One term of a definition list, left out when there is no value; `copy` adds a copy button. */
export function Field({ label, value, copy, children, ...rest }: { label: string; value: string | null; class?: string; copy?: CopyWords; children?: ComponentChildren }) {
  if (!value) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd class={rest.class}>
        {children ?? value}
        {copy && <CopyButton text={value} t={copy} />}
      </dd>
    </>
  );
}

