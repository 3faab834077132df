import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { copyText } from './copy-text';
import type { Messages } from '../../i18n';

export function CopyButton({ text, t, label, class: cls }: { text: string | (() => string); t: Messages; label?: string; class?: string }) {
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
export function Field({ label, value, copy, children, ...rest }: { label: string; value: string | null; class?: string; copy?: Messages; children?: ComponentChildren }) {
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

