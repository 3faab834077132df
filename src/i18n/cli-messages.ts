import type { Lang } from '../decode/knowledge/types';

/** The command line's words in both languages (its JSON outputs carry none of them). */
export const cliMessages: Record<Lang, {
  lookup: { unknown: string; noGlobal: string; definedBy: string; source: string; checked: string; causes: string; fixes: string; doc: string; legacy: string };
  jssdk: { unknown: string; meaning: string; api: string; code: string; causes: string; fixes: string; doc: string };
  report: { calls: (n: number, f: number) => string; ok: string; unknown: string; noBody: string; fixes: string; none: string; partial: string; failedOther: string };
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
    report: { calls: (n, f) => `${n} 个微信接口调用，${f} 个失败`, ok: '成功', unknown: '（知识库中没有此错误码）', noBody: '（无响应体）', fixes: '解决步骤', none: '没有微信接口调用', partial: '部分失败', failedOther: '失败（非 JSON 或 HTTP 错误）' },
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
    report: { calls: (n, f) => `${n} WeChat call${n === 1 ? '' : 's'}, ${f} failed`, ok: 'OK', unknown: '(not in the knowledge base)', noBody: '(no body)', fixes: 'Fix', none: 'No WeChat calls', partial: 'partial failure', failedOther: 'failed (not JSON, or an HTTP error)' },
  },
};
