import type { Lang } from '../decode/knowledge/types';

/** The command line's words in both languages (its JSON outputs carry none of them). */
export const cliMessages: Record<Lang, {
  lookup: { unknown: string; noGlobal: string; definedBy: string; source: string; checked: string; causes: string; fixes: string; doc: string; legacy: string };
  jssdk: { unknown: string; meaning: string; api: string; code: string; causes: string; fixes: string; doc: string };
  report: { calls: (n: number, f: number) => string; ok: string; unknown: string; noBody: string; fixes: string; none: string; partial: string; failedOther: string; unreadable: string; skipped: (n: number) => string; maskedMalformed: (n: number) => string };
  rid: Record<'lookup' | 'time' | 'cost' | 'ip' | 'url' | 'body' | 'answer' | 'none' | 'decoded' | 'fixes' | 'unknown', string>;
  quota: Record<'daily' | 'used' | 'remain' | 'rate' | 'component' | 'per' | 'left' | 'unknown', string>;
  decode: { unknown: string; fix: string };
}> = {
  zh: {
    lookup: {
      unknown: '（知识库中没有此错误码）',
      noGlobal: '（全局错误码列表中没有此错误码）',
      definedBy: '该错误码由以下接口定义：',
      source: '来源',
      checked: '核对于',
      causes: '常见原因',
      fixes: '解决步骤',
      doc: '文档',
      legacy: '（旧列表中的错误码）',
    },
    jssdk: { unknown: '（知识库中没有此 errMsg）', meaning: '含义', api: '接口', code: '错误码', causes: '常见原因', fixes: '解决步骤', doc: '文档' },
    report: { calls: (n, f) => `${n} 个微信接口调用，${f} 个失败`, ok: '成功', unknown: '（知识库中没有此错误码）', noBody: '（无响应体）', fixes: '解决步骤', none: '没有微信接口调用', partial: '部分失败', failedOther: '失败（非 JSON 或 HTTP 错误）', unreadable: '无法读取的 errcode（不是普通整数）', skipped: (n) => `跳过了 ${n} 条格式错误的 HAR 记录（字段类型不对）`, maskedMalformed: (n) => `${n} 条格式错误的 HAR 记录（字段类型不对）已照原样脱敏` },
    rid: { lookup: '查询结果', time: '调用时间', cost: '耗时', ip: '调用方 IP', url: '请求 URL 参数', body: '请求体', answer: '返回内容', none: '（无）', decoded: '原调用的错误码', fixes: '解决步骤', unknown: '（知识库中没有此错误码）' },
    quota: { daily: '每日额度', used: '今日已用', remain: '今日剩余', rate: '频率限制', component: '代调用频率限制', per: '次 /', left: '额度还有剩余：不需要清零，问题在别处（频率限制或业务自身的额度）。', unknown: '（知识库中没有此错误码）' },
    decode: { unknown: '（知识库中没有此错误码）', fix: '解决' },
  },
  en: {
    lookup: {
      unknown: '(not in the knowledge base)',
      noGlobal: '(not in the global code lists)',
      definedBy: 'Defined by:',
      source: 'Source',
      checked: 'checked',
      causes: 'Causes',
      fixes: 'Fix',
      doc: 'Docs',
      legacy: '(legacy code)',
    },
    jssdk: { unknown: '(not in the knowledge base)', meaning: 'Meaning', api: 'API', code: 'Code', causes: 'Causes', fixes: 'Fix', doc: 'Docs' },
    report: { calls: (n, f) => `${n} WeChat call${n === 1 ? '' : 's'}, ${f} failed`, ok: 'OK', unknown: '(not in the knowledge base)', noBody: '(no body)', fixes: 'Fix', none: 'No WeChat calls', partial: 'partial failure', failedOther: 'failed (not JSON, or an HTTP error)', unreadable: 'unreadable errcode (not a plain integer)', skipped: (n) => `skipped ${n} malformed HAR entr${n === 1 ? 'y' : 'ies'} (wrong field types)`, maskedMalformed: (n) => `${n} malformed HAR entr${n === 1 ? 'y was' : 'ies were'} masked as found (wrong field types)` },
    rid: { lookup: 'lookup', time: 'call time', cost: 'took', ip: 'caller IP', url: 'request URL parameters', body: 'request body', answer: 'answer', none: '(none)', decoded: "the call's errcode", fixes: 'Fix', unknown: '(not in the knowledge base)' },
    quota: { daily: 'daily limit', used: 'used today', remain: 'remaining today', rate: 'rate limit', component: 'rate limit on behalf (third-party platform)', per: 'calls /', left: "Quota is left: a reset would not help; look elsewhere (a rate limit, or the API's own business quota).", unknown: '(not in the knowledge base)' },
    decode: { unknown: '(not in the knowledge base)', fix: 'Fix' },
  },
};
