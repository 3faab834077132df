import type { Lang } from '../decode/knowledge/types';

/*
 * The words of a code's explanation on every platform (the lookup box's answers, also read by the details
 * pane and the options page), in both languages: kept apart from `messages` so that they load with the
 * first of those, not with the panel's first paint.
 */
const en = {
  lookupNone: 'Not a known code on any platform',
  platformNames: { weixin: 'WeChat (api.weixin.qq.com)', wecom: 'WeCom (qyapi.weixin.qq.com)', pay: 'WeChat Pay' },
  wecomQuery: 'WeCom error-code lookup',
  legacy: 'Legacy code: found only in older lists',
  notInGlobalLists: (code: number | string) => `Code ${code} is not in the global code lists`,
  definedBy: 'Defined by:',
  unknownIp: "your server's public egress IP",
};
export type LookupMessages = typeof en;

export const lookupMessages: Record<Lang, LookupMessages> = {
  en,
  zh: {
    lookupNone: '所有平台都没有这个错误码',
    platformNames: { weixin: '微信（api.weixin.qq.com）', wecom: '企业微信（qyapi.weixin.qq.com）', pay: '微信支付' },
    wecomQuery: '企业微信错误码查询',
    legacy: '旧错误码：只见于较早的列表',
    notInGlobalLists: (code: number | string) => `全局错误码列表中没有错误码 ${code}`,
    definedBy: '该错误码由以下接口定义：',
    unknownIp: '你的服务器公网出口 IP',
  },
};
