import type { Signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { relay } from '../../../decode/data';
import { explainUrl } from '../../../decode/relay/explain-url';
import { parseJsonPath } from '../../../decode/relay/json-path';
import { compileRegex, isHostGlob, isPathPattern } from '../../../decode/relay/url-pattern';
import { MAX_RULES, RULES_VERSION, type LoadedRules, type RelaySettings, type UserRule } from '../../../decode/relay/user-rules';
import { withFirstScreen, type Lang } from '../../../i18n';
import { lookupMessages } from '../../../i18n/lookup-messages';
import { optionsMessages, type OptionsWords } from '../../../i18n/options-messages';
import type { OptionsStorage } from './options-storage';

interface Props {
  storage: OptionsStorage;
  lang: Signal<Lang>;
}

const words = withFirstScreen(optionsMessages, lookupMessages);

const newId = (): string => `r${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

const blankRule = (): UserRule => ({
  id: newId(),
  enabled: true,
  hostGlob: '',
  path: { kind: 'prefix', value: '/' },
  platform: 'auto',
  errcodePath: 'errcode',
  errmsgPath: 'errmsg',
});

/** Which fields of a rule are invalid. */
function invalidFields(rule: UserRule): Set<string> {
  const bad = new Set<string>();
  if (!isHostGlob(rule.hostGlob)) bad.add('hostGlob');
  if (!isPathPattern(rule.path)) bad.add('path');
  if (!parseJsonPath(rule.errcodePath)) bad.add('errcodePath');
  if (!parseJsonPath(rule.errmsgPath)) bad.add('errmsgPath');
  return bad;
}

/** A path regex refused for its shape (it could backtrack on a long URL), said in words beside the field. */
function isComplexRegex(source: string): boolean {
  const compiled = compileRegex(source);
  return !compiled.ok && compiled.reason === 'complex';
}

function RuleRow({ rule, index, t, onChange, onDelete }: { rule: UserRule; index: number; t: OptionsWords; onChange(rule: UserRule): void; onDelete(): void }) {
  const bad = invalidFields(rule);
  const text = (field: 'hostGlob' | 'errcodePath' | 'errmsgPath', label: string, placeholder?: string) => (
    <label class={`opt-field f-${field}`}>
      <span>{label}</span>
      <input
        type="text"
        value={rule[field]}
        placeholder={placeholder}
        aria-invalid={bad.has(field)}
        onInput={(e) => onChange({ ...rule, [field]: (e.target as HTMLInputElement).value })}
      />
    </label>
  );
  return (
    <li class="opt-rule" data-rule-index={index} data-valid={bad.size === 0 ? 'true' : 'false'}>
      <label class="opt-enabled">
        <input type="checkbox" checked={rule.enabled} onChange={(e) => onChange({ ...rule, enabled: (e.target as HTMLInputElement).checked })} />
        <span>{t.ruleEnabled}</span>
      </label>
      {text('hostGlob', t.hostGlob, t.hostGlobHelp)}
      <label class="opt-field f-path">
        <span>{t.pathMatch}</span>
        <select
          class="path-kind"
          value={rule.path.kind}
          onChange={(e) => onChange({ ...rule, path: { kind: (e.target as HTMLSelectElement).value === 'regex' ? 'regex' : 'prefix', value: rule.path.value } })}
        >
          <option value="prefix">{t.pathPrefix}</option>
          <option value="regex">{t.pathRegex}</option>
        </select>
        <input
          type="text"
          class="path-value"
          value={rule.path.value}
          aria-invalid={bad.has('path')}
          onInput={(e) => onChange({ ...rule, path: { kind: rule.path.kind, value: (e.target as HTMLInputElement).value } })}
        />
      </label>
      <label class="opt-field f-platform">
        <span>{t.platform}</span>
        <select
          value={rule.platform}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value;
            onChange({ ...rule, platform: v === 'weixin' || v === 'wecom' ? v : 'auto' });
          }}
        >
          <option value="auto">{t.platformAuto}</option>
          <option value="weixin">{t.platformNames.weixin}</option>
          <option value="wecom">{t.platformNames.wecom}</option>
        </select>
      </label>
      {text('errcodePath', t.errcodePath)}
      {text('errmsgPath', t.errmsgPath)}
      <button type="button" class="delete-rule" onClick={onDelete}>
        {t.deleteRule}
      </button>
      {bad.size > 0 && <span class="opt-invalid">{t.invalidField}</span>}
      {rule.path.kind === 'regex' && isComplexRegex(rule.path.value) && <span class="opt-invalid regex-too-complex">{t.regexTooComplex}</span>}
    </li>
  );
}

function TestUrl({ t, settings, rules }: { t: OptionsWords; settings: RelaySettings; rules: UserRule[] }) {
  const [url, setUrl] = useState('');
  const [body, setBody] = useState('');
  const result = url.trim() === '' ? null : explainUrl(url.trim(), body, settings, rules);
  let text = '';
  if (result) {
    switch (result.kind) {
      case 'wechat-host':
        text = t.testWeChatHost;
        break;
      case 'rule':
        text = `${t.testRule(result.index + 1)} ${body.trim() === '' ? '' : result.found ? t.testFound(String(result.found.errcode), result.found.errmsg ?? '') : t.testNotFound}`;
        break;
      case 'path':
        text = t.testPath(result.path, t.platformNames[result.platform]);
        break;
      case 'auto':
        text = `${t.testAuto} ${result.found ? `${t.testFound(String(result.found.errcode), result.found.errmsg)}${result.found.wechat ? '' : ` — ${t.testNotWeChat}`}` : ''}`;
        break;
      case 'none':
        text = t.testNone;
        break;
    }
  }
  return (
    <section class="opt-test">
      <h2>{t.testUrl}</h2>
      <input type="url" class="test-url" value={url} placeholder={t.testUrlPlaceholder} aria-label={t.testUrl} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
      <textarea class="test-body" value={body} placeholder={t.testBody} aria-label={t.testBody} rows={3} onInput={(e) => setBody((e.target as HTMLTextAreaElement).value)} />
      {result && (
        <p class="test-result" data-kind={result.kind} role="status">
          {text.trim()}
        </p>
      )}
    </section>
  );
}

/** The options page: auto-detection and path-rule settings, the user's rules, a URL tester. */
export function OptionsPage({ storage, lang }: Props) {
  const t = words[lang.value];
  const [loaded, setLoaded] = useState<LoadedRules | null>(null);
  const [settings, setSettings] = useState<RelaySettings>({ autoDetect: true, pathRulesEverywhere: false });
  const [rules, setRules] = useState<UserRule[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void (async () => {
      const result = await storage.load();
      const draft = await storage.takeDraft();
      setLoaded(result);
      setSettings(result.document.settings);
      setRules(draft && !result.readOnly ? [...result.document.rules, { ...draft, id: newId() }] : result.document.rules);
      if (draft && !result.readOnly) setNotice(t.draftAdded);
    })();
  }, []);

  if (!loaded) return <div class="options" aria-busy="true" />;

  const save = async (nextSettings = settings, nextRules = rules): Promise<void> => {
    if (loaded.readOnly) return;
    if (nextRules.some((r) => invalidFields(r).size > 0)) {
      setStatus({ ok: false, text: t.invalidRules });
      return;
    }
    try {
      await storage.save({ version: RULES_VERSION, settings: nextSettings, rules: nextRules });
      setStatus({ ok: true, text: t.saved });
    } catch (error) {
      setStatus({ ok: false, text: t.saveFailed(error instanceof Error ? error.message : String(error)) });
    }
  };
  const setting = (key: keyof RelaySettings, value: boolean): void => {
    const next = { ...settings, [key]: value };
    setSettings(next);
    void save(next, rules.filter((r) => invalidFields(r).size === 0));
  };

  return (
    <div class="options">
      <header class="opt-header">
        <h1>{t.optionsTitle}</h1>
        <select class="lang" aria-label={t.language} value={lang.value} onChange={(e) => (lang.value = (e.target as HTMLSelectElement).value === 'zh' ? 'zh' : 'en')}>
          <option value="zh">中文</option>
          <option value="en">English</option>
        </select>
      </header>
      <p>{t.optionsIntro}</p>
      {loaded.readOnly && <p class="banner opt-readonly" role="alert">{t.readOnly}</p>}
      {loaded.migratedFrom !== null && <p class="banner opt-migrated">{t.migrated(loaded.migratedFrom)}</p>}
      {loaded.dropped > 0 && <p class="banner opt-dropped">{t.droppedRules(loaded.dropped)}</p>}
      {notice && <p class="banner opt-notice" role="status">{notice}</p>}
      <section class="opt-settings">
        <label>
          <input type="checkbox" class="auto-detect" checked={settings.autoDetect} disabled={loaded.readOnly} onChange={(e) => setting('autoDetect', (e.target as HTMLInputElement).checked)} />
          <strong>{t.autoDetect}</strong>
        </label>
        <p class="muted">{t.autoDetectHelp}</p>
        <label>
          <input type="checkbox" class="path-everywhere" checked={settings.pathRulesEverywhere} disabled={loaded.readOnly} onChange={(e) => setting('pathRulesEverywhere', (e.target as HTMLInputElement).checked)} />
          <strong>{t.pathEverywhere}</strong>
        </label>
        <p class="muted">{t.pathEverywhereHelp}</p>
        <p class="muted">
          {t.defaultPrefixes}: <code>{relay.pathPrefixes.join(' ')}</code>
        </p>
      </section>
      <section class="opt-rules">
        <h2>{t.rules}</h2>
        {rules.length === 0 && <p class="muted">{t.noRules}</p>}
        <ol>
          {rules.map((rule, i) => (
            <RuleRow
              key={rule.id}
              rule={rule}
              index={i}
              t={t}
              onChange={(next) => setRules(rules.map((r) => (r.id === rule.id ? next : r)))}
              onDelete={() => setRules(rules.filter((r) => r.id !== rule.id))}
            />
          ))}
        </ol>
        <div class="opt-actions">
          <button type="button" class="add-rule" disabled={loaded.readOnly || rules.length >= MAX_RULES} onClick={() => setRules([...rules, blankRule()])}>
            {t.addRuleButton}
          </button>
          <button type="button" class="save" disabled={loaded.readOnly} onClick={() => void save()}>
            {t.save}
          </button>
          {status && (
            <span class={`opt-status${status.ok ? ' ok' : ' failed'}`} role="status">
              {status.text}
            </span>
          )}
        </div>
      </section>
      <TestUrl t={t} settings={settings} rules={rules} />
    </div>
  );
}
