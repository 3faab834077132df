import { encryptedAnswer } from '../../decode/api-security';
import { parseJson } from '../../decode/errcode';
import type { Masker } from '../../decode/mask';
import type { DecodedCall } from '../../decode/types';
import { diagnosis } from '../../decode/data';
import type { Lang } from '../../i18n';
import type { DetailsWords } from '../../i18n/details-messages';
import { HeaderTable } from './HeaderTable';

/** An API security mode answer: what it is, why the panel cannot read it, and the headers that came with it. */
export function EncryptedAnswer({ call, t, lang, mask }: { call: DecodedCall; t: DetailsWords; lang: Lang; mask: Masker }) {
  if (call.state !== 'encrypted' || call.body.kind !== 'json') return null;
  const found = encryptedAnswer(parseJson(call.body.text), call.responseHeaders);
  const headers = mask.headers(found?.headers ?? []);
  return (
    <section class="encrypted-answer">
      <h3>{t.encryptedLabel}</h3>
      {diagnosis.apiSecurity.explanation[lang].map((p) => (
        <p>{p}</p>
      ))}
      {headers.length > 0 ? (
        <>
          <h3>{t.encryptedHeaders}</h3>
          <HeaderTable headers={headers} t={t} class="encrypted-headers" />
        </>
      ) : (
        <p class="muted">{t.encryptedNoHeaders}</p>
      )}
      <p class="doc-links">
        <a href={diagnosis.apiSecurity.source} target="_blank" rel="noreferrer noopener">
          {t.docs}
        </a>
      </p>
    </section>
  );
}
