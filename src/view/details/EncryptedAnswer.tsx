import { encryptedAnswer } from '../../decode/api-security';
import { parseJson } from '../../decode/errcode';
import type { Masker } from '../../decode/mask';
import type { DecodedCall } from '../../decode/types';
import { diagnosis } from '../../decode/data';
import type { Messages, Lang } from '../../i18n';

/** An API security mode answer: what it is, why the panel cannot read it, and the headers that came with it. */
export function EncryptedAnswer({ call, t, lang, mask }: { call: DecodedCall; t: Messages; lang: Lang; mask: Masker }) {
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
          <table class="kv encrypted-headers">
            <tbody>
              {headers.map((h) => (
                <tr>
                  <th scope="row">{h.name}</th>
                  <td>{h.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
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
