import { parseJsonPath } from '../../decode/relay/json-path';
import { draftRuleFromCall, type UserRule } from '../../decode/relay/user-rules';
import type { DecodedCall } from '../../decode/types';

/** The relay rule the options page opens with for "add a rule from this call"; null opens it as it is. */
export function ruleDraftOf(call: DecodedCall | null): Omit<UserRule, 'id'> | null {
  const steps = call?.relay ? parseJsonPath(call.relay.at) : null;
  return call ? draftRuleFromCall(call.url, steps ?? [], 'auto') : null;
}
