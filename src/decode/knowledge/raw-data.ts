import weixinCodes from '../../../data/codes/weixin.json' with { type: 'json' };
import wecomCodes from '../../../data/codes/wecom.json' with { type: 'json' };
import payCodes from '../../../data/codes/pay.json' with { type: 'json' };
import weixinHints from '../../../data/hints/weixin.json' with { type: 'json' };
import wecomHints from '../../../data/hints/wecom.json' with { type: 'json' };
import payHints from '../../../data/hints/pay.json' with { type: 'json' };
import weixinEndpoints from '../../../data/endpoints/weixin.json' with { type: 'json' };
import wecomEndpoints from '../../../data/endpoints/wecom.json' with { type: 'json' };
import payEndpoints from '../../../data/endpoints/pay.json' with { type: 'json' };
import overrides from '../../../data/overrides.json' with { type: 'json' };
import platforms from '../../../data/platforms.json' with { type: 'json' };
import products from '../../../data/products.json' with { type: 'json' };
import { apiCodeFiles } from './api-code-files.ts';
import type { CodeFile, EndpointFile, HintFile, OverrideFile, PlatformFile, ProductFile, RawKnowledge } from './types.ts';

/** Every data file the knowledge base is made of; their shape is checked by the schema tests. */
export const rawKnowledge: RawKnowledge = {
  platforms: platforms as PlatformFile,
  codes: [weixinCodes as CodeFile, wecomCodes as CodeFile, payCodes as CodeFile],
  hints: [weixinHints as HintFile, wecomHints as HintFile, payHints as HintFile],
  overrides: overrides as OverrideFile,
  apiCodes: apiCodeFiles,
  endpoints: [weixinEndpoints as EndpointFile, wecomEndpoints as EndpointFile, payEndpoints as EndpointFile],
  products: products as ProductFile,
};
