import { useState } from 'preact/hooks';
import { maskErrmsgFields, parseErrmsg } from '../../decode/errmsg';
import { describeCode, endpointName, fillHint, productOf } from '../../decode/knowledge/lookup';
import type { Knowledge, SourceRef } from '../../decode/knowledge/types';
import { cutMasked, maskerFor, type Masker } from '../../decode/mask';
import { parseJsonKeepingNumbers } from '../../decode/json-numbers';
import type { DecodedCall } from '../../decode/types';
import { asCurl, asFetch, asJson, bugReport } from './copy-formats';
import { CopyButton, Field } from '../common/Field';
import { withFirstScreen, type Lang } from '../../i18n';
import { detailsMessages, type DetailsWords } from '../../i18n/details-messages';
import { lookupMessages } from '../../i18n/lookup-messages';
import { QuotaAdvice, RidTools } from './DiagnosisTools';
import { EncryptedAnswer } from './EncryptedAnswer';
import { HeaderTable } from './HeaderTable';
import { JsonTree, MAX_TREE_DEPTH } from './JsonTree';
import { PaySignDoctor } from './PaySignDoctor';
import { RelaySource } from './RelaySource';
import { SearchableText } from './SearchableText';

/** Long bodies are cut for display only; the stored call keeps what capture kept. */
const BODY_VIEW_LIMIT = 20_000;

const words = withFirstScreen(detailsMessages, lookupMessages);

type Tab = 'diagnosis' | 'request' | 'response' | 'headers' | 'timing';
const TABS: Tab[] = ['diagnosis', 'request', 'response', 'headers', 'timing'];

interface Props {
  call: DecodedCall;
  knowledge: Knowledge | null;
  lang: Lang;
  reveal: boolean;
  onClose(): void;
  /** "Add a rule from this call", for relayed calls. */
  onAddRule?: (call: DecodedCall) => void;
}

function ErrmsgFields({ errmsg, platform, t, lang, mask }: { errmsg: string; platform: DecodedCall['platform']; t: DetailsWords; lang: Lang; mask: Masker }) {
  const f = maskErrmsgFields(parseErrmsg(errmsg), mask);
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
        {f.rid && (
          <dd class="rid-tools-cell">
            <RidTools platform={platform} rid={f.rid} t={t} lang={lang} />
          </dd>
        )}
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

function Partial({ call, t, mask }: { call: DecodedCall; t: DetailsWords; mask: Masker }) {
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
                <code>{f.at}</code> {f.errcode} {f.errmsg === null ? null : mask.text(f.errmsg)}
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
                <code>{f.field}</code>: {mask.text(f.value)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Where a meaning or hint was read (a linked page, or a list's name) and when it was checked. */
function Sources({ class: className, label, refs, t }: { class: string; label: string; refs: SourceRef[]; t: DetailsWords }) {
  if (refs.length === 0) return null;
  const dates = [...new Set(refs.map((r) => r.checked))].map(t.checkedOn).join(', ');
  return (
    <p class={`source ${className}`}>
      {label}{' '}
      {refs.map((r, i) => (
        <>
          {i > 0 && ' · '}
          {r.url ? (
            <a href={r.url} target="_blank" rel="noreferrer noopener">
              {r.title ?? r.url}
            </a>
          ) : (
            r.title
          )}
        </>
      ))}{' '}
      ({dates})
    </p>
  );
}

function Diagnosis({ call, knowledge, t, lang }: { call: DecodedCall; knowledge: Knowledge | null; t: DetailsWords; lang: Lang }) {
  if (call.errcode === null || call.errcode === 0) return null;
  if (!knowledge) return <p>{t.loadingMeaning}</p>;
  const info = describeCode(knowledge, call.platform, call.errcode, call.path);
  const ip = call.errmsg ? parseErrmsg(call.errmsg).clientIp : null;
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return (
    <section class="diagnosis">
      <h3>{t.meaning}</h3>
      {info.meaning ? (
        <p class="meaning">
          {info.meaning[lang]}
          <span class="meaning-other"> · {info.meaning[other]}</span>
        </p>
      ) : (
        <p class="meaning unknown">{info.definedOn.length > 0 ? t.notInGlobalLists(call.errcode) : t.unknownCode(call.errcode)}</p>
      )}
      {info.definedOn.length > 0 && (
        <div class="defined-on">
          <p>{t.definedBy}</p>
          <ul>
            {info.definedOn.map((api) => (
              <li>
                <code>{api.path}</code>
                {api.name && ` (${api.name[lang]})`}: {api.meaning[lang]}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Sources class="meaning-source" label={t.meaningSource} refs={info.sources} t={t} />
      {info.legacy && <p class="legacy">{t.legacy}</p>}
      {info.causes && (
        <>
          <h3>{t.causes}</h3>
          <ul class="causes">
            {info.causes[lang].map((c) => (
              <li>{c}</li>
            ))}
          </ul>
        </>
      )}
      {info.fixes && (
        <>
          <h3>{t.fixes}</h3>
          <ol class="fixes">
            {info.fixes[lang].map((f) => (
              <li>{fillHint(f, ip, t.unknownIp)}</li>
            ))}
          </ol>
        </>
      )}
      {(info.causes || info.fixes) && <Sources class="hint-source" label={t.hintSource} refs={info.hintSources} t={t} />}
      {!info.causes && !info.fixes && info.known && <p class="no-hints">{t.noHints}</p>}
      <QuotaAdvice platform={call.platform} errcode={call.errcode} path={call.path} t={t} lang={lang} />
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


/** A body as a JSON tree when it parses (numbers as written), else as text. Given the text as written: re-indenting a deeply nested body would multiply its length past the view's cut. */
function BodyTree({ text, t }: { text: string; t: DetailsWords }) {
  const json = parseJsonKeepingNumbers(text);
  return json === undefined ? <pre class="body-raw">{text}</pre> : <div class="json-tree"><JsonTree value={json} tooDeep={t.jsonTooDeep(MAX_TREE_DEPTH)} /></div>;
}

function RequestTab({ call, t, mask }: { call: DecodedCall; t: DetailsWords; mask: Masker }) {
  const url = mask.url(call.url);
  let query: Array<[string, string]> = [];
  try {
    query = [...new URL(url).searchParams];
  } catch {
    // A URL the browser reported but cannot parse is still shown above.
  }
  return (
    <section class="request-tab">
      <p class="request-line">
        <b>{call.method}</b> <span class="masked-url">{url}</span>
      </p>
      {query.length > 0 && (
        <>
          <h3>{t.queryParams}</h3>
          <table class="kv query-table">
            <tbody>
              {query.map(([name, value]) => (
                <tr>
                  <th scope="row">{name}</th>
                  <td>{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {call.requestBody && (
        <>
          <h3>{t.requestBody}</h3>
          <BodyTree text={cutMasked(mask.bodyAsWritten(call.requestBody), BODY_VIEW_LIMIT).text} t={t} />
        </>
      )}
    </section>
  );
}

function ResponseTab({ call, t, mask }: { call: DecodedCall; t: DetailsWords; mask: Masker }) {
  const [view, setView] = useState<'tree' | 'raw'>('tree');
  const body = call.body;
  if (body.kind === 'missing') return <p class="no-body-detail">{t.bodyMissingDetail}</p>;
  if (body.kind === 'empty') return <p class="muted">{t.emptyBody}</p>;
  if (body.kind === 'binary') return <p class="binary-body">{t.binaryBody(body.bytes, body.sniffed)}</p>;
  const shown = cutMasked(mask.body(body.text), BODY_VIEW_LIMIT);
  const text = shown.text;
  return (
    <section class="response-tab">
      <p class="muted">HTTP {call.status || '—'} · {call.mimeType}</p>
      {body.truncatedFrom !== undefined && <p class="muted">{t.truncatedBody(body.truncatedFrom)}</p>}
      {shown.cut && <p class="muted">{t.truncatedView(BODY_VIEW_LIMIT, body.text.length)}</p>}
      {call.invalidUtf8 && <p class="invalid-utf8">{t.invalidUtf8}</p>}
      {body.kind === 'json' && (
        <div class="segmented" role="group">
          <button type="button" class="view-tree" aria-pressed={view === 'tree'} onClick={() => setView('tree')}>
            {t.tree}
          </button>
          <button type="button" class="view-raw" aria-pressed={view === 'raw'} onClick={() => setView('raw')}>
            {t.raw}
          </button>
        </div>
      )}
      {body.kind === 'json' && view === 'tree' ? <BodyTree text={cutMasked(mask.bodyAsWritten(body.text), BODY_VIEW_LIMIT).text} t={t} /> : <SearchableText text={text} t={t} />}
    </section>
  );
}

function TimingTab({ call, t, lang }: { call: DecodedCall; t: DetailsWords; lang: Lang }) {
  const phases = call.timings ? (Object.entries(call.timings) as Array<[keyof DetailsWords['phases'], number]>) : [];
  const total = Math.max(call.time, phases.reduce((n, [, ms]) => n + ms, 0), 1);
  return (
    <section class="timing-tab">
      <dl>
        <Field label={t.started} value={`${new Date(call.startedDateTime).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US')} (${call.startedDateTime})`} />
        <Field label={t.duration} value={`${call.time.toFixed(1)} ms`} />
      </dl>
      {phases.length === 0 ? (
        <p class="muted">{t.noTimings}</p>
      ) : (
        <table class="timings">
          <tbody>
            {phases.map(([phase, ms]) => (
              <tr>
                <th scope="row">{t.phases[phase] ?? phase}</th>
                <td class="bar-cell">
                  <span class="bar" style={{ width: `${Math.max(1, (ms / total) * 100)}%` }} />
                </td>
                <td class="ms">{ms.toFixed(1)} ms</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The selected call, in tabs like the Network panel's: diagnosis first, then what was exchanged. */
export function Details({ call, knowledge, lang, reveal, onClose, onAddRule }: Props) {
  const t = words[lang];
  const [tab, setTab] = useState<Tab>('diagnosis');
  const mask = maskerFor(reveal);
  const name = knowledge ? endpointName(knowledge, call.platform, call.path) : null;
  const product = knowledge ? productOf(knowledge, call.platform, call.path) : null;
  const tabLabel: Record<Tab, string> = { diagnosis: t.tabDiagnosis, request: t.tabRequest, response: t.tabResponse, headers: t.tabHeaders, timing: t.tabTiming };
  return (
    <aside class="details" aria-label={t.details}>
      <header>
        <h2>
          <span class={`badge platform-${call.platform}`}>{product ? t.productNames[product] : call.platform}</span>{' '}
          {call.errcode !== null && <span class="details-code">{call.errcode}</span>} {name ? name[lang] : mask.url(call.path)}
          {call.importedFrom && <span class="badge imported" title={call.importedFrom}>{t.importedTag}</span>}
          {call.relay && <span class="badge relayed" title={t.relayedTitle(mask.url(call.url))}>{t.relayedBadge}</span>}
        </h2>
        <button type="button" class="close" aria-label={t.closeDetails} title={t.closeDetails} onClick={onClose}>
          ×
        </button>
      </header>
      <div class="copy-row">
        {knowledge && <CopyButton class="copy-bug-report" label={t.copyBugReport} text={() => bugReport(call, knowledge, lang, mask)} t={t} />}
        <CopyButton class="copy-curl" label={t.copyCurl} text={() => asCurl(call, mask)} t={t} />
        <CopyButton class="copy-fetch" label={t.copyFetch} text={() => asFetch(call, mask)} t={t} />
        {(call.body.kind === 'json' || call.body.kind === 'text') && <CopyButton class="copy-json" label={t.copyJson} text={() => asJson(call, mask)} t={t} />}
      </div>
      {call.leakedSecrets.length > 0 && (
        <p class="leak-warning" role="alert">
          {t.leakTitle(call.leakedSecrets.join(', '))}
        </p>
      )}
      <div class="tabs" role="tablist">
        {TABS.map((id) => (
          <button type="button" role="tab" id={`tab-${id}`} class={`tab tab-${id}`} aria-selected={tab === id} aria-controls="details-tabpanel" onClick={() => setTab(id)}>
            {tabLabel[id]}
          </button>
        ))}
      </div>
      <div class="tabpanel" id="details-tabpanel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {tab === 'diagnosis' && (
          <>
            <RelaySource call={call} t={t} mask={mask} {...(onAddRule ? { onAddRule } : {})} />
            <Diagnosis call={call} knowledge={knowledge} t={t} lang={lang} />
            <Partial call={call} t={t} mask={mask} />
            <EncryptedAnswer call={call} t={t} lang={lang} mask={mask} />
            {call.errmsg && <ErrmsgFields errmsg={call.errmsg} platform={call.platform} t={t} lang={lang} mask={mask} />}
            {call.pay && (call.pay.detail || call.pay.requestIdCode !== null) && (
              <dl class="pay">
                <Field label={t.payDetail} value={call.pay.detail === null ? null : mask.text(call.pay.detail)} />
                <Field label={t.requestIdCode} value={call.pay.requestIdCode === null ? null : String(call.pay.requestIdCode)} />
              </dl>
            )}
            <PaySignDoctor call={call} knowledge={knowledge} t={t} lang={lang} reveal={reveal} mask={mask} />
            {call.codeSource === 'headers' && <p class="from-headers">{t.fromHeaders}</p>}
            {call.state === 'no-body' && <p class="no-body-detail">{t.bodyMissingDetail}</p>}
            {call.state !== 'no-body' && call.body.kind === 'binary' && <p class="binary-body">{t.binaryBody(call.body.bytes, call.body.sniffed)}</p>}
          </>
        )}
        {tab === 'request' && <RequestTab call={call} t={t} mask={mask} />}
        {tab === 'response' && <ResponseTab call={call} t={t} mask={mask} />}
        {tab === 'headers' && (
          <section class="headers-tab">
            <h3>{t.requestHeaders}</h3>
            <HeaderTable headers={mask.headers(call.requestHeaders)} t={t} />
            <h3>{t.responseHeaders}</h3>
            <HeaderTable headers={mask.headers(call.responseHeaders)} t={t} />
          </section>
        )}
        {tab === 'timing' && <TimingTab call={call} t={t} lang={lang} />}
      </div>
    </aside>
  );
}
