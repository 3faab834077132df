import browser from 'webextension-polyfill';
import { loadRulesDocument, RULES_KEY, type LoadedRules, type RulesDocument } from '../../decode/relay/user-rules';

/** The relay settings and user rules, kept in storage.sync (they follow the user's browser profile). */
export async function loadRules(): Promise<LoadedRules> {
  try {
    return loadRulesDocument((await browser.storage.sync.get(RULES_KEY))[RULES_KEY]);
  } catch {
    return loadRulesDocument(undefined);
  }
}

/** Throws when storage refuses (quota): the options page says so. */
export async function saveRules(document: RulesDocument): Promise<void> {
  await browser.storage.sync.set({ [RULES_KEY]: document });
}

/** Calls back with the new rules whenever another page (the options page) changes them. */
export function onRulesChanged(listener: (loaded: LoadedRules) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && RULES_KEY in changes) listener(loadRulesDocument(changes[RULES_KEY]?.newValue));
  });
}
