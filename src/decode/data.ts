/*
 * The one door from src/ to data/: every file of the knowledge base is imported here, always as JSON
 * (`with { type: 'json' }`), and nowhere else. Bundlers keep only what a surface uses. The error-code
 * knowledge (codes, hints, endpoints, …) is not read at run time by the panel: the build compiles it
 * (knowledge/raw-data.ts → knowledge/compile.ts) into the lazily loaded `virtual:wechat-knowledge` chunk.
 * The one exception, data/api-codes/*.json, is a folder whose files are added without code changes:
 * knowledge/api-code-files.ts lists and reads it at build time (and at start under Node).
 */
export { default as hosts } from '../../data/hosts.json' with { type: 'json' };
export { default as partialFailureFields } from '../../data/partial-failure-fields.json' with { type: 'json' };
export { default as secretFields } from '../../data/secret-fields.json' with { type: 'json' };
export { default as relay } from '../../data/relay.json' with { type: 'json' };
export { default as jssdkErrors } from '../../data/jssdk-errors.json' with { type: 'json' };
export { default as jssdkBridge } from '../../data/jssdk-bridge.json' with { type: 'json' };
export { default as jssdkTickets } from '../../data/jssdk-tickets.json' with { type: 'json' };
export { default as weixinCodes } from '../../data/codes/weixin.json' with { type: 'json' };
export { default as wecomCodes } from '../../data/codes/wecom.json' with { type: 'json' };
export { default as payCodes } from '../../data/codes/pay.json' with { type: 'json' };
export { default as weixinHints } from '../../data/hints/weixin.json' with { type: 'json' };
export { default as wecomHints } from '../../data/hints/wecom.json' with { type: 'json' };
export { default as payHints } from '../../data/hints/pay.json' with { type: 'json' };
export { default as weixinEndpoints } from '../../data/endpoints/weixin.json' with { type: 'json' };
export { default as wecomEndpoints } from '../../data/endpoints/wecom.json' with { type: 'json' };
export { default as payEndpoints } from '../../data/endpoints/pay.json' with { type: 'json' };
export { default as overrides } from '../../data/overrides.json' with { type: 'json' };
export { default as platforms } from '../../data/platforms.json' with { type: 'json' };
export { default as products } from '../../data/products.json' with { type: 'json' };
export { default as diagnosis } from '../../data/diagnosis.json' with { type: 'json' };
