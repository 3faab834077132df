import { useEffect, useState } from 'preact/hooks';
import { isTicketCall, jssdkCatalogue } from '../../decode/jssdk/catalogue';
import { checkSignature, diagnoseSignature, SIGNED_APIS, type SignatureCheck } from '../../decode/jssdk/doctor';
import { decodeJssdkErrMsg } from '../../decode/jssdk/errmsg';
import type { JssdkCall } from '../../decode/jssdk/timeline';
import { maskerFor, maskText, maskValue } from '../../decode/mask';
import type { DecodedCall } from '../../decode/types';
import type { JssdkState } from '../../link/protocol';
import { Field } from '../common/Field';
import { formatClock } from '../common/format';
import { withFirstScreen, type Lang } from '../../i18n';
import { jssdkMessages, type JssdkWords } from '../../i18n/jssdk-messages';

interface Props {
  state: JssdkState;
  network: readonly DecodedCall[];
  lang: Lang;
  reveal: boolean;
  /** The hook runs only where the user switched it on: show the switch (false in the in-page plugin, where it always runs). */
  consent: boolean;
  onEnable(on: boolean): void;
  onReload(): void;
  onShowNetworkCall(id: string): void;
}

const words = withFirstScreen(jssdkMessages);

const json = (value: unknown): string => {
  try {
    return JSON.stringify(value ?? null);
  } catch {
    return String(value);
  }
};

/** `wx.config`, `ww.getContext`; a call seen only on WeixinJSBridge by its SDK name, marked. */
function ApiLabel({ call, t }: { call: JssdkCall; t: JssdkWords }) {
  if (call.sdk !== 'bridge') return <>{`${call.sdk}.${call.api}`}</>;
  return (
    <>
      {call.api}{' '}
      <span class="bridge-mark" title={t.jssdkBridgeTitle(call.bridge?.api ?? call.api)}>
        {t.jssdkBridgeMark}
      </span>
    </>
  );
}

function Doctor({ call, log, network, t, reveal, onShowNetworkCall }: { call: JssdkCall; log: readonly JssdkCall[]; network: readonly DecodedCall[]; t: JssdkWords; reveal: boolean; onShowNetworkCall(id: string): void }) {
  const report = diagnoseSignature(call, log);
  const [ticket, setTicket] = useState('');
  const [check, setCheck] = useState<SignatureCheck | null>(null);
  useEffect(() => {
    let live = true;
    void checkSignature(report, ticket).then((result) => live && setCheck(result));
    return () => {
      live = false;
    };
  }, [ticket, call.key]);
  const mask = maskerFor(reveal);
  const secret = (value: string): string => (reveal ? value : maskValue(value));
  const tickets = network.filter((c) => isTicketCall(c, call.api));
  return (
    <section class="doctor" aria-label={t.doctorTitle}>
      <h3>{t.doctorTitle}</h3>
      <dl>
        <Field label={t.doctorSignedUrl} value={mask.url(report.signedUrl)} class="signed-url" />
      </dl>
      {report.missing.length > 0 && <p class="doctor-warning missing">{t.doctorMissing(report.missing.join(', '))}</p>}
      {report.warnings.map((w) => (
        <p class={`doctor-warning ${w.kind}`} key={w.kind + w.url}>
          {w.kind === 'changed-after-config' ? t.doctorChanged(mask.url(w.url)) : w.kind === 'entry-url' ? t.doctorEntryUrl(mask.url(w.url)) : t.doctorReported(mask.url(w.url))}
        </p>
      ))}
      <label class="doctor-ticket">
        {t.doctorTicket}
        <input type="text" autocomplete="off" spellcheck={false} placeholder={t.doctorTicketPlaceholder} value={ticket} onInput={(e) => setTicket(e.currentTarget.value)} />
      </label>
      {ticket.trim() !== '' && !check && <p class="muted">{t.doctorNoParams}</p>}
      {check && (
        <>
          <dl>
            <Field label={t.doctorString} value={mask.body(check.string)} class="signed-string" />
            <Field label={t.doctorExpected} value={secret(check.expected)} class="expected-signature" />
            <Field label={t.doctorGiven} value={report.params.signature === null ? null : secret(report.params.signature)} class="given-signature" />
          </dl>
          {check.matches !== null && <p class={`doctor-verdict ${check.matches ? 'match' : 'mismatch'}`}>{check.matches ? t.doctorMatch : t.doctorMismatch}</p>}
        </>
      )}
      <h4>{t.ticketCalls}</h4>
      {tickets.length === 0 ? (
        <p class="muted">{t.ticketNone}</p>
      ) : (
        <ul class="ticket-calls">
          {tickets.map((c) => (
            <li key={c.id}>
              <button type="button" class="link" data-state={c.state} onClick={() => onShowNetworkCall(c.id)}>
                {c.method} {c.path} → {c.errcode ?? c.status}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CallDetails({ call, log, network, t, lang, reveal, onShowNetworkCall }: { call: JssdkCall; log: readonly JssdkCall[]; network: readonly DecodedCall[]; t: JssdkWords; lang: Lang; reveal: boolean; onShowNetworkCall(id: string): void }) {
  const mask = maskerFor(reveal);
  const decoded = call.errMsg !== null && call.state === 'error' ? decodeJssdkErrMsg(call.errMsg, jssdkCatalogue) : null;
  return (
    <div class="details jssdk-details" role="region" aria-label={call.api}>
      <h2>
        <ApiLabel call={call} t={t} /> <span class="muted">{call.errMsg === null ? t.jssdkPending : mask.text(call.errMsg)}</span>
      </h2>
      {decoded && (
        <section class="diagnosis">
          <p class="meaning">{decoded.meaning ? decoded.meaning[lang] : t.jssdkUnknown}</p>
          {decoded.causes && (
            <ul class="causes">
              {decoded.causes[lang].map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          )}
          {decoded.fixes && (
            <ol class="fixes">
              {decoded.fixes[lang].map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ol>
          )}
          {decoded.docUrl && (
            <p class="doc-links">
              <a href={decoded.docUrl} target="_blank" rel="noreferrer">
                {decoded.docUrl}
              </a>
            </p>
          )}
        </section>
      )}
      <dl>
        <Field label={t.jssdkPageUrl} value={mask.url(call.url)} />
      </dl>
      <h3>{call.sdk === 'bridge' && call.bridge ? t.jssdkBridgeArgs(call.bridge.api) : t.jssdkArgs}</h3>
      <pre class="body-raw jssdk-args">{mask.body(json(call.args))}</pre>
      {call.res !== null && (
        <>
          <h3>{call.sdk === 'bridge' ? t.jssdkBridgeRaw : t.jssdkResultRaw}</h3>
          <pre class="body-raw jssdk-res">{mask.body(json(call.res))}</pre>
        </>
      )}
      {call.sdk !== 'bridge' && call.bridge && (
        <>
          <h3>{t.jssdkBridgeArgs(call.bridge.api)}</h3>
          <pre class="body-raw jssdk-bridge-args">{mask.body(json(call.bridge.args))}</pre>
          {call.bridge.res !== null && (
            <>
              <h3>{t.jssdkBridgeRaw}</h3>
              <pre class="body-raw jssdk-bridge-res">{mask.body(json(call.bridge.res))}</pre>
            </>
          )}
        </>
      )}
      {SIGNED_APIS.has(call.api) && <Doctor call={call} log={log} network={network} t={t} reveal={reveal} onShowNetworkCall={onShowNetworkCall} />}
    </div>
  );
}

/** The JS-SDK log: the consent switch, the calls, and for a selected call its meaning and the signature doctor. */
export function JssdkView({ state, network, lang, reveal, consent, onEnable, onReload, onShowNetworkCall }: Props) {
  const t = words[lang];
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const selected = state.calls.find((c) => c.key === selectedKey);
  return (
    <div class="jssdk-view">
      {consent && (
        <div class="toolbar jssdk-consent">
          <label title={t.jssdkExplain}>
            <input type="checkbox" class="jssdk-switch" checked={state.enabled} disabled={state.origin === null} onChange={(e) => onEnable(e.currentTarget.checked)} />
            {state.origin === null ? t.jssdkNoSite : t.jssdkSwitch(state.origin)}
          </label>
          <button type="button" class="jssdk-reload" disabled={!state.enabled} title={t.jssdkReloadTitle} onClick={onReload}>
            {t.jssdkReload}
          </button>
        </div>
      )}
      {state.bridgeMissing && (
        <p class="bridge-missing notice" role="status">
          {t.jssdkBridgeMissing}
        </p>
      )}
      {state.calls.length === 0 ? (
        <div class="empty" role="status">
          <p>{!consent ? t.jssdkEmptyInPage : state.enabled ? t.jssdkEmptyOn : t.jssdkEmptyOff}</p>
          {consent && <p>{t.jssdkExplain}</p>}
        </div>
      ) : (
        <div class={`main${selected ? ' split' : ''}`}>
          <div class="grid jssdk-list" role="grid" aria-label="JS-SDK">
            <div class="row header" role="row">
              <span role="columnheader">{t.colTime}</span>
              <span role="columnheader">{t.colApi}</span>
              <span role="columnheader">{t.colResult}</span>
            </div>
            {state.calls.map((call) => (
              <div
                key={call.key}
                role="row"
                tabIndex={0}
                class={`row jssdk-row state-${call.state}${call.key === selectedKey ? ' selected' : ''}`}
                data-state={call.state}
                data-api={call.api}
                aria-selected={call.key === selectedKey}
                onClick={() => setSelectedKey(call.key)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') setSelectedKey(call.key);
                  if (e.key === 'Escape') setSelectedKey(null);
                }}
              >
                <span role="gridcell">{formatClock(new Date(call.at).toISOString())}</span>
                <span role="gridcell">
                  <ApiLabel call={call} t={t} />
                </span>
                <span role="gridcell" class="errmsg">{call.errMsg === null ? t.jssdkPending : maskText(call.errMsg)}</span>
              </div>
            ))}
          </div>
          {selected && <CallDetails call={selected} log={state.calls} network={network} t={t} lang={lang} reveal={reveal} onShowNetworkCall={onShowNetworkCall} />}
        </div>
      )}
    </div>
  );
}
