import weixinCodes from '../../../data/codes/weixin.json';
import wecomCodes from '../../../data/codes/wecom.json';
import weixinHints from '../../../data/hints/weixin.json';
import wecomHints from '../../../data/hints/wecom.json';
import weixinEndpoints from '../../../data/endpoints/weixin.json';
import wecomEndpoints from '../../../data/endpoints/wecom.json';
import overrides from '../../../data/overrides.json';
import platforms from '../../../data/platforms.json';
import type { CodeFile, EndpointFile, HintFile, OverrideFile, PlatformFile, RawKnowledge } from './types';

/** Every data file the knowledge base is made of; their shape is checked by the schema tests. */
export const rawKnowledge: RawKnowledge = {
  platforms: platforms as PlatformFile,
  codes: [weixinCodes as CodeFile, wecomCodes as CodeFile],
  hints: [weixinHints as HintFile, wecomHints as HintFile],
  overrides: overrides as OverrideFile,
  endpoints: [weixinEndpoints as EndpointFile, wecomEndpoints as EndpointFile],
};
