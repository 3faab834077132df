import { describeCode } from '../../decode/knowledge/lookup';
import type { Knowledge } from '../../decode/knowledge/types';
import { maskValue, type Masker } from '../../decode/mask';
import { diagnosePaySignature, needsPaySignDoctor, type LineName } from '../../decode/pay-sign-doctor';
import type { DecodedCall } from '../../decode/types';
import { diagnosis } from '../../decode/data';
import type { Lang } from '../../i18n';
import type { DetailsWords } from '../../i18n/details-messages';

const LINES: LineName[] = ['method', 'url', 'timestamp', 'nonce', 'body'];
/** Line breaks and carriage returns drawn, so a stray \r or a missing \n shows. */
const visible = (text: string) => text.replaceAll('\r', '\\r').replaceAll('\n', '\\n\n');
const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/**
 * A line as shown: secrets masked, yet the bytes kept as they were signed where masking would only
 * re-indent a JSON body (nothing secret in it): a signature doctor must show what was signed.
 */
function shown(line: LineName, text: string, mask: Masker): string {
  if (line === 'url') return mask.url(text);
  if (line !== 'body' || text === '') return text;
  const masked = mask.body(text);
  try {
    return masked === text || masked === JSON.stringify(JSON.parse(text), null, 2) ? text : masked;
  } catch {
    return masked;
  }
}

/** WeChat Pay v3 SIGN_ERROR / 401: the message this request should have signed, beside what WeChat Pay verified. */
export function PaySignDoctor({ call, knowledge, t, lang, reveal, mask }: { call: DecodedCall; knowledge: Knowledge | null; t: DetailsWords; lang: Lang; reveal: boolean; mask: Masker }) {
  if (!needsPaySignDoctor(call)) return null;
  const d = diagnosePaySignature(call);
  const auth = d.authorization;
  // The Diagnosis section already lists SIGN_ERROR's causes; a bare 401 gets them here.
  const causes = knowledge && call.errcode !== 'SIGN_ERROR' ? describeCode(knowledge, 'pay', 'SIGN_ERROR').causes : null;
  return (
    <section class="pay-sign-doctor">
      <h3>{t.paySignTitle}</h3>
      <p>{diagnosis.paySignature.format[lang]}</p>
      {auth ? (
        <dl class="pay-authorization">
          <dt>{t.paySignAuthorization}</dt>
          <dd>
            <code>{`${auth.scheme} mchid="${auth.mchid ?? ''}",nonce_str="${auth.nonceStr ?? ''}",timestamp="${auth.timestamp ?? ''}",serial_no="${auth.serialNo ?? ''}",signature="${auth.signature === null ? '' : reveal ? auth.signature : maskValue(auth.signature)}"`}</code>
          </dd>
        </dl>
      ) : (
        <p class="pay-no-auth muted">{t.paySignNoAuth}</p>
      )}
      <table class="kv pay-sign-lines">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t.paySignOurs}</th>
            {d.comparison && <th scope="col">{t.paySignTheirs}</th>}
          </tr>
        </thead>
        <tbody>
          {LINES.map((line, i) => {
            const compared = d.comparison?.[i];
            return (
              <tr class={`pay-line pay-line-${line}${compared ? ` verdict-${compared.verdict}` : ''}`} data-verdict={compared?.verdict}>
                <th scope="row">{t.paySignLines[line]}</th>
                <td>
                  <pre>{visible(`${shown(line, d.lines[line], mask)}\n`)}</pre>
                </td>
                {compared && (
                  <td>
                    <pre>{compared.theirs === null ? '' : visible(`${shown(line, compared.theirs, mask)}\n`)}</pre>
                    <span class="verdict">{t.paySignVerdicts[compared.verdict]}</span>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {!d.signInformation && <p class="muted">{t.paySignNoTruncated}</p>}
      {d.signInformation?.length != null && <p class="pay-sign-length">{t.paySignLength(d.signInformation.length, utf8Length(d.message))}</p>}
      {d.clockSkewSeconds !== null && Math.abs(d.clockSkewSeconds) > 300 && <p class="pay-sign-skew">{t.paySignSkew(d.clockSkewSeconds)}</p>}
      <h3>{t.paySignFormat}</h3>
      <pre class="pay-sign-message">{visible(LINES.map((l) => `${shown(l, d.lines[l], mask)}\n`).join(''))}</pre>
      {causes && (
        <>
          <h3>{t.paySignCauses}</h3>
          <ul class="causes">
            {causes[lang].map((c) => (
              <li>{c}</li>
            ))}
          </ul>
        </>
      )}
      <p class="muted">
        {t.source}: {diagnosis.paySignature.source}
      </p>
    </section>
  );
}
