import type { Lang } from '../decode/knowledge/types';
import type { Messages } from './messages';

/*
 * The words of the JS-SDK tab and its signature doctor, in both languages: kept apart from `messages` so
 * that they load with the tab, not with the panel's first paint.
 */
const en = {
  jssdkSwitch: (origin: string) => `Capture JS-SDK calls on ${origin}`,
  jssdkNoSite: 'Capture JS-SDK calls (waiting for the inspected page’s address)',
  jssdkExplain:
    'When switched on for this site (remembered per site), a small hook is placed in the page that records wx.config, wx.ready, wx.error, wx.agentConfig and the results of wx.* calls. Nothing leaves the browser.',
  jssdkReload: 'Reload page with hook',
  jssdkReloadTitle: 'Reload the page with the hook in place before its scripts run, to catch a wx.config made during loading',
  jssdkEmptyOff: 'JS-SDK failures (invalid signature, invalid url domain, permission denied…) never show on the network. Switch capture on above, then use the page.',
  jssdkEmptyOn: 'Hooked. Waiting for wx.config, wx.agentConfig or wx.* calls. If the page called wx.config while loading, use “Reload page with hook”.',
  jssdkEmptyInPage: 'Waiting for wx.config, wx.agentConfig, ww.register or wx.* / ww.* calls. The plugin sees the SDK when its script runs before the page calls wx.config.',
  colApi: 'API',
  colResult: 'Result',
  jssdkPending: 'no answer yet',
  jssdkUnknown: 'This errMsg is not in the catalogue',
  jssdkArgs: 'Arguments (masked)',
  jssdkResultRaw: 'Result object',
  jssdkBridgeMark: 'bridge',
  jssdkBridgeTitle: (name: string) => `Seen on WeixinJSBridge.invoke('${name}')`,
  jssdkBridgeArgs: (name: string) => `Sent to WeixinJSBridge.invoke('${name}') (masked)`,
  jssdkBridgeRaw: 'The bridge’s raw answer',
  jssdkBridgeMissing:
    'This page waits for WeixinJSBridge (WeixinJSBridgeReady), which only WeChat’s own browser provides: here the JS-SDK never answers. Open the page in WeChat (with the vConsole / eruda plugin) or in WeChat’s developer tools.',
  jssdkPageUrl: 'Page URL at the call',
  doctorTitle: 'Signature doctor',
  doctorSignedUrl: 'URL that must be signed (page URL without #)',
  doctorMissing: (fields: string) => `Missing in the call: ${fields}`,
  doctorChanged: (url: string) => `The page URL changed after the call (history routing in a single-page app?): now ${url}. Sign the URL the page has when wx.config runs, and call wx.config again after each route change (iOS keeps verifying the entry URL).`,
  doctorReported: (url: string) => `WeChat reports it verified another URL: ${url}`,
  doctorEntryUrl: (url: string) => `This page ran wx.config earlier at ${url}: a single-page app changed its URL with history routing. iOS WeChat keeps verifying the URL the page was entered with, so sign that URL on iOS (or reload the page on route changes).`,
  doctorTicket: 'jsapi_ticket to check with (stays in this panel)',
  doctorTicketPlaceholder: 'paste the jsapi_ticket your server signed with',
  doctorString: 'String signed',
  doctorExpected: 'Expected signature',
  doctorGiven: 'Signature the page passed',
  doctorMatch: 'Signatures match: the signature is right for this ticket; check the AppID / CorpID, the ticket type and the safe domain.',
  doctorMismatch: 'Signatures differ: the server signed other values (URL, nonceStr, timestamp or ticket) than the page passed.',
  doctorNoParams: 'The call carries no nonceStr or timestamp to check.',
  ticketCalls: 'Ticket calls seen on the network',
  ticketNone: 'No ticket call seen in this log (it is usually made by your server, where it belongs).',
};
export type JssdkMessages = typeof en;
/** What the views of this feature read: its words and the first screen's (see `withFirstScreen`). */
export type JssdkWords = Messages & JssdkMessages;

export const jssdkMessages: Record<Lang, JssdkMessages> = {
  en,
  zh: {
    jssdkSwitch: (origin: string) => `捕获 ${origin} 上的 JS-SDK 调用`,
    jssdkNoSite: '捕获 JS-SDK 调用（等待获取被检查页面的地址）',
    jssdkExplain: '对本站开启后（按站点记住），会在页面中放入一个小钩子，记录 wx.config、wx.ready、wx.error、wx.agentConfig 以及 wx.* 调用的结果。任何数据都不会离开浏览器。',
    jssdkReload: '带钩子刷新页面',
    jssdkReloadTitle: '刷新页面，并在页面脚本运行之前放入钩子，以捕获加载过程中调用的 wx.config',
    jssdkEmptyOff: 'JS-SDK 的失败（invalid signature、invalid url domain、permission denied 等）不会出现在网络请求里。请先在上方开启捕获，再操作页面。',
    jssdkEmptyOn: '已挂钩，等待 wx.config、wx.agentConfig 或 wx.* 调用。如果页面在加载时就调用了 wx.config，请点“带钩子刷新页面”。',
    jssdkEmptyInPage: '等待 wx.config、wx.agentConfig、ww.register 或 wx.* / ww.* 调用。插件脚本须在页面调用 wx.config 之前运行，才能看到 SDK。',
    colApi: '接口',
    colResult: '结果',
    jssdkPending: '尚无结果',
    jssdkUnknown: '目录中没有这条 errMsg',
    jssdkArgs: '参数（已打码）',
    jssdkResultRaw: '结果对象',
    jssdkBridgeMark: 'bridge',
    jssdkBridgeTitle: (name: string) => `在 WeixinJSBridge.invoke('${name}') 上看到`,
    jssdkBridgeArgs: (name: string) => `传给 WeixinJSBridge.invoke('${name}') 的参数（已打码）`,
    jssdkBridgeRaw: 'WeixinJSBridge 的原始返回',
    jssdkBridgeMissing:
      '页面在等待 WeixinJSBridge（WeixinJSBridgeReady 事件），只有微信内置浏览器才会注入它：在这里 JS-SDK 不会有任何回应。请在微信中打开页面（配合 vConsole / eruda 插件），或使用微信开发者工具。',
    jssdkPageUrl: '调用时的页面 URL',
    doctorTitle: '签名诊断',
    doctorSignedUrl: '应当签名的 URL（页面 URL，去掉 # 之后的部分）',
    doctorMissing: (fields: string) => `调用中缺少：${fields}`,
    doctorChanged: (url: string) => `调用之后页面 URL 变了（单页应用的 history 路由？）：现在是 ${url}。请对 wx.config 运行时页面的 URL 签名，并在每次路由变化后重新调用 wx.config（iOS 仍按进入时的 URL 校验）。`,
    doctorReported: (url: string) => `微信报告它校验的是另一个 URL：${url}`,
    doctorEntryUrl: (url: string) => `本页面之前在 ${url} 调用过 wx.config：单页应用用 history 路由改变了 URL。iOS 微信仍按进入页面时的 URL 校验，因此在 iOS 上应对该 URL 签名（或在路由变化时刷新页面）。`,
    doctorTicket: '用于核对的 jsapi_ticket（只留在本面板中）',
    doctorTicketPlaceholder: '粘贴服务器签名时使用的 jsapi_ticket',
    doctorString: '被签名的字符串',
    doctorExpected: '应得的签名',
    doctorGiven: '页面传入的签名',
    doctorMatch: '签名一致：对这个 ticket 来说签名是对的；请检查 AppID / CorpID、ticket 类型和安全域名。',
    doctorMismatch: '签名不一致：服务器签名用的值（URL、nonceStr、timestamp 或 ticket）与页面传入的不同。',
    doctorNoParams: '该调用没有可核对的 nonceStr 或 timestamp。',
    ticketCalls: '网络中看到的 ticket 调用',
    ticketNone: '本日志中没有看到获取 ticket 的调用（它通常由服务器发起，这也是正确的做法）。',
  },
};
