import {
  overrides,
  payCodes,
  payEndpoints,
  payHints,
  platforms,
  products,
  wecomCodes,
  wecomEndpoints,
  wecomHints,
  weixinCodes,
  weixinEndpoints,
  weixinHints,
} from '../data.ts';
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
