import { quotaTools, ridTools } from '../../decode/diagnosis-tools';
import type { Errcode, Platform } from '../../decode/types';
import { copyText } from '../common/copy-text';
import { CopyButton } from '../common/Field';
import type { Lang } from '../../i18n';
import type { DetailsWords } from '../../i18n/details-messages';

/** "Diagnose this rid": copies the rid and opens WeChat's own diagnosis page; the server command beside it. */
export function RidTools({ platform, rid, t, lang }: { platform: Platform; rid: string; t: DetailsWords; lang: Lang }) {
  const tools = ridTools(platform, rid);
  if (!tools) return null;
  return (
    <div class="rid-tools">
      <a class="diagnose-rid" href={tools.diagnosisUrl} target="_blank" rel="noreferrer noopener" title={t.diagnoseRidTitle} onClick={() => void copyText(rid)}>
        {t.diagnoseRid}
      </a>
      <p class="rid-login muted">{tools.login[lang]}</p>
      <p class="rid-command">
        {t.ridOnServer}: <code>{tools.command}</code> <CopyButton text={tools.command} t={t} />
      </p>
    </div>
  );
}

/** On a quota code: the failing API's path, the command that shows its quota, and what a reset costs. */
export function QuotaAdvice({ platform, errcode, path, t, lang }: { platform: Platform; errcode: Errcode | null; path: string; t: DetailsWords; lang: Lang }) {
  const tools = quotaTools(platform, errcode, path);
  if (!tools) return null;
  return (
    <section class="quota-advice">
      <h3>{t.quotaTitle}</h3>
      <dl>
        <dt>{t.quotaPath}</dt>
        <dd class="quota-path">
          <code>{tools.path}</code>
        </dd>
      </dl>
      <p>{t.quotaCommand}:</p>
      <p class="quota-command">
        <code>{tools.command}</code> <CopyButton text={tools.command} t={t} />
      </p>
      <details class="clear-quota">
        <summary>{t.clearQuotaTitle(tools.monthlyResets)}</summary>
        <ul>
          {tools.clearQuota[lang].map((p) => (
            <li>{p}</li>
          ))}
        </ul>
        <p class="muted">
          {t.source}: {tools.source}
        </p>
      </details>
    </section>
  );
}
