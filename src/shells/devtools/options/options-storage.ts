import browser from 'webextension-polyfill';
import { isUserRule, type LoadedRules, type RulesDocument, type UserRule } from '../../../decode/relay/user-rules';
import { RULE_DRAFT_KEY } from '../background-protocol';
import { loadRules, saveRules } from '../rules-storage';

export interface OptionsStorage {
  load(): Promise<LoadedRules>;
  save(document: RulesDocument): Promise<void>;
  /** The rule drafted in the panel ("add a rule from this call"), handed over once. */
  takeDraft(): Promise<Omit<UserRule, 'id'> | null>;
}

export const optionsStorage: OptionsStorage = {
  load: loadRules,
  save: saveRules,
  async takeDraft() {
    try {
      const draft: unknown = (await browser.storage.local.get(RULE_DRAFT_KEY))[RULE_DRAFT_KEY];
      await browser.storage.local.remove(RULE_DRAFT_KEY);
      return draft !== null && typeof draft === 'object' && isUserRule({ ...draft, id: 'draft' }) ? (draft as Omit<UserRule, 'id'>) : null;
    } catch {
      return null;
    }
  },
};
