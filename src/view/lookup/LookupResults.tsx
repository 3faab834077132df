import { describeCode } from '../../decode/knowledge/lookup';
import type { Knowledge } from '../../decode/knowledge/types';
import { PLATFORMS } from '../../decode/types';
import { withFirstScreen, type Lang } from '../../i18n';
import { lookupMessages } from '../../i18n/lookup-messages';

const words = withFirstScreen(lookupMessages);

/** What a typed code means on every platform: loaded with its words when the first code is typed. */
export function LookupResults({ code, knowledge, lang, label }: { code: string; knowledge: Knowledge; lang: Lang; label: string }) {
  const t = words[lang];
  const valid = /^-?\d{1,12}$/.test(code) || /^[A-Za-z][A-Za-z0-9_ ]*$/.test(code);
  const results = valid
    ? PLATFORMS.map((p) => describeCode(knowledge, p, /^-?\d+$/.test(code) ? Number(code) : code)).filter((info) => info.known || info.definedOn.length > 0)
    : [];
  return (
    <div class="lookup-results" role="region" aria-live="polite" aria-label={label}>
      {results.length === 0 ? (
        <p>{t.lookupNone}</p>
      ) : (
        results.map((info) => (
          <div class="lookup-result" data-platform={info.platform}>
            <b>{t.platformNames[info.platform]}</b> {info.code}: {info.meaning?.[lang] ?? t.notInGlobalLists(info.code)}
            {info.definedOn.length > 0 && (
              <div class="defined-on">
                {t.definedBy}
                <ul>
                  {info.definedOn.map((api) => (
                    <li>
                      <code>{api.path}</code>: {api.meaning[lang]}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {info.legacy && <span class="muted"> ({t.legacy})</span>}
            {info.fixes && <ol>{info.fixes[lang].map((f) => <li>{f.replaceAll('{clientIp}', t.unknownIp)}</li>)}</ol>}
            <a href={info.queryUrl ?? info.docUrl} target="_blank" rel="noreferrer noopener">
              {info.queryUrl ? t.wecomQuery : t.docs}
            </a>
          </div>
        ))
      )}
    </div>
  );
}
