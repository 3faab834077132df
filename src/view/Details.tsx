import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { parseErrmsg } from '../decode/errmsg';
import { describeCode, endpointName, fillHint, productOf } from '../decode/knowledge/lookup';
import type { Knowledge } from '../decode/knowledge/types';
import { maskBody, maskUrl } from '../decode/mask';
import type { DecodedCall } from '../decode/types';
import { copyText } from './copy-text';
import { formatClock } from './format';
import type { Messages, UiLang } from './i18n';

/** Long bodies are cut for display only; the stored call keeps what capture kept. */
const BODY_VIEW_LIMIT = 20_000;

interface Props {
  call: DecodedCall;
  knowledge: Knowledge | null;
  t: Messages;
  lang: UiLang;
  onClose(): void;
}

function CopyButton({ text, t }: { text: string; t: Messages }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      class="copy"
      onClick={() =>
        void copyText(text).then((ok) => {
          setDone(ok);
          setTimeout(() => setDone(false), 1500);
        })
      }
    >
      {done ? t.copied : t.copy}
    </button>
  );
}

/** One term of a definition list, left out when there is no value; `copy` adds a copy button. */
function Field({ label, value, copy, children, ...rest }: { label: string; value: string | null; class?: string; copy?: Messages; children?: ComponentChildren }) {
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

function ErrmsgFields({ errmsg, t, lang }: { errmsg: string; t: Messages; lang: UiLang }) {
  const f = parseErrmsg(errmsg);
  return (
    <section class="errmsg">
      {f.jsonWarning && (
        <p class="json-warning" role="note">
          {t.jsonWarning}
        </p>
      )}
      <dl>
        <Field label={t.errmsg} class="errmsg-text" value={f.text} />
        <Field label={t.rid} class="rid" value={f.rid} copy={t} />
        <Field label={t.ridTime} class="rid-time" value={f.ridTime && `${new Date(f.ridTime).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US')} (${f.ridTime})`} />
        <Field label={t.hint} class="hint" value={f.hint} />
        <Field label={t.clientIp} class="client-ip" value={f.clientIp} copy={t} />
        {f.moreInfoUrl && (
          <Field label={t.moreInfo} value={f.moreInfoUrl}>
            <a href={f.moreInfoUrl} target="_blank" rel="noreferrer noopener">
              {f.moreInfoUrl}
            </a>
          </Field>
        )}
      </dl>
    </section>
  );
}

function Partial({ call, t }: { call: DecodedCall; t: Messages }) {
  if (call.itemFailures.length === 0 && call.partialFailures.length === 0) return null;
  return (
    <section class="partial">
      <p class="partial-title">{t.partialTitle}</p>
      {call.itemFailures.length > 0 && (
        <>
          <h3>{t.itemFailures}</h3>
          <ul class="item-failures">
            {call.itemFailures.map((f) => (
              <li>
                <code>{f.at}</code> {f.errcode} {f.errmsg}
              </li>
            ))}
          </ul>
        </>
      )}
      {call.partialFailures.length > 0 && (
        <>
          <h3>{t.partialFields}</h3>
          <ul class="partial-fields">
            {call.partialFailures.map((f) => (
              <li>
                <code>{f.field}</code>: {f.value}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Diagnosis({ call, knowledge, t, lang }: Omit<Props, 'onClose'>) {
  if (call.errcode === null || call.errcode === 0) return null;
  if (!knowledge) return <p>{t.loadingMeaning}</p>;
  const info = describeCode(knowledge, call.platform, call.errcode, call.path);
  const ip = call.errmsg ? parseErrmsg(call.errmsg).clientIp : null;
  const other: UiLang = lang === 'zh' ? 'en' : 'zh';
  return (
    <section class="diagnosis">
      <h3>{t.meaning}</h3>
      {info.meaning ? (
        <p class="meaning">
          {info.meaning[lang]}
          <span class="meaning-other"> · {info.meaning[other]}</span>
        </p>
      ) : (
        <p class="meaning unknown">{t.unknownCode(call.errcode)}</p>
      )}
      {info.legacy && <p class="legacy">{t.legacy}</p>}
      {info.causes && info.fixes ? (
        <>
          <h3>{t.causes}</h3>
          <ul class="causes">
            {info.causes[lang].map((c) => (
              <li>{c}</li>
            ))}
          </ul>
          <h3>{t.fixes}</h3>
          <ol class="fixes">
            {info.fixes[lang].map((f) => (
              <li>{fillHint(f, ip, t.unknownIp)}</li>
            ))}
          </ol>
        </>
      ) : (
        info.known && <p class="no-hints">{t.noHints}</p>
      )}
      {info.note && (
        <details class="note">
          <summary>{t.whyThisMeaning}</summary>
          {info.note[lang]}
        </details>
      )}
      <p class="doc-links">
        <a href={info.docUrl} target="_blank" rel="noreferrer noopener">
          {t.docs}
        </a>
        {info.queryUrl && (
          <>
            {' · '}
            <a href={info.queryUrl} target="_blank" rel="noreferrer noopener">
              {t.wecomQuery}
            </a>
          </>
        )}
      </p>
    </section>
  );
}

/** The selected call: what its code means, why it happens, how to fix it, and what was exchanged. */
export function Details({ call, knowledge, t, lang, onClose }: Props) {
  const name = knowledge ? endpointName(knowledge, call.platform, call.path) : null;
  const product = knowledge ? productOf(knowledge, call.platform, call.path) : null;
  const body = call.body;
  const rawBody = body.kind === 'json' || body.kind === 'text' ? body.text : '';
  const bodyText = rawBody.length > BODY_VIEW_LIMIT ? rawBody.slice(0, BODY_VIEW_LIMIT) : rawBody;
  return (
    <aside class="details" aria-label={t.details}>
      <header>
        <h2>
          <span class={`badge platform-${call.platform}`}>{product ? t.productNames[product] : call.platform}</span>{' '}
          {call.errcode !== null && <span class="details-code">{call.errcode}</span>} {name ? name[lang] : call.path}
        </h2>
        <button type="button" class="close" aria-label={t.closeDetails} title={t.closeDetails} onClick={onClose}>
          ×
        </button>
      </header>
      <Diagnosis call={call} knowledge={knowledge} t={t} lang={lang} />
      <Partial call={call} t={t} />
      {call.errmsg && <ErrmsgFields errmsg={call.errmsg} t={t} lang={lang} />}
      {call.pay && (call.pay.detail || call.pay.requestIdCode !== null) && (
        <dl class="pay">
          <Field label={t.payDetail} value={call.pay.detail} />
          <Field label={t.requestIdCode} value={call.pay.requestIdCode === null ? null : String(call.pay.requestIdCode)} />
        </dl>
      )}
      {call.codeSource === 'headers' && <p class="from-headers">{t.fromHeaders}</p>}
      {(call.state === 'no-body' || (body.kind === 'missing' && call.codeSource === 'headers')) && <p class="no-body-detail">{t.bodyMissingDetail}</p>}
      {call.invalidUtf8 && <p class="invalid-utf8">{t.invalidUtf8}</p>}
      {body.kind === 'binary' && <p class="binary-body">{t.binaryBody(body.bytes, body.sniffed)}</p>}
      <section class="exchange">
        <h3>{t.request}</h3>
        <p class="request-line">
          <b>{call.method}</b> <span class="masked-url">{maskUrl(call.url)}</span>
        </p>
        <p class="started">{formatClock(call.startedDateTime)}</p>
        {call.requestBody && <pre class="request-body">{maskBody(call.requestBody.slice(0, BODY_VIEW_LIMIT))}</pre>}
        {bodyText && (
          <>
            <h3>
              {t.response} <span class="muted">HTTP {call.status || '—'}</span>
            </h3>
            {(body.kind === 'json' || body.kind === 'text') && body.truncatedFrom !== undefined && <p class="muted">{t.truncatedBody(body.truncatedFrom)}</p>}
            {rawBody.length > BODY_VIEW_LIMIT && <p class="muted">{t.truncatedView(BODY_VIEW_LIMIT, rawBody.length)}</p>}
            <pre class="body-raw">{maskBody(bodyText)}</pre>
          </>
        )}
      </section>
    </aside>
  );
}
