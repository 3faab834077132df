/** wechat-api-inspector/weixin: what a code of api.weixin.qq.com (Official Account, Mini Program, Open Platform, Channels) means, with only this platform's data. */
import { weixinCodes as codes, weixinHints as hints } from '../decode/data';
import type { LookupResult } from '../cli/lookup';
import type { CodeFile, HintFile } from '../decode/knowledge/types';
import type { Errcode } from '../decode/types';
import { platformLookup, type LookupOptions } from './platform-lookup';

export type { LookupResult, LookupOptions, Errcode };

/** What `code` means on this platform: `{code, platform, known, meaning, hints, docUrl, legacy}`, as `lookup --json`. */
export const lookup: (code: Errcode, options?: LookupOptions) => LookupResult = platformLookup('weixin', codes as CodeFile, hints as HintFile);
