/** wechat-api-inspector/pay: what a code of WeChat Pay (v2 err_code, v3 code) means, with only this platform's data. */
import { payCodes as codes, payHints as hints } from '../decode/data';
import type { LookupResult } from '../cli/lookup';
import type { CodeFile, HintFile } from '../decode/knowledge/types';
import type { Errcode } from '../decode/types';
import { platformLookup, type LookupOptions } from './platform-lookup';

export type { LookupResult, LookupOptions, Errcode };

/** What `code` means on this platform: `{code, platform, known, meaning, hints, docUrl, legacy}`, as `lookup --json`. */
export const lookup: (code: Errcode, options?: LookupOptions) => LookupResult = platformLookup('pay', codes as CodeFile, hints as HintFile);
