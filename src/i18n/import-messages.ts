import type { Lang } from '../decode/knowledge/types';

/*
 * What the panel says after importing a HAR file, in both languages: kept apart from `messages` so that
 * these words load with the importer, not with the panel's first paint.
 */
const en = {
  imported: (n: number, file: string, skipped: number, malformed: number) =>
    `Imported ${n} WeChat call${n === 1 ? '' : 's'} from ${file}${skipped ? ` (${skipped} other entries skipped)` : ''}${malformed ? `; ${malformed} malformed entr${malformed === 1 ? 'y' : 'ies'} (wrong field types) left out` : ''}`,
  importErrors: { 'not-json': 'That file is not JSON.', 'not-har': 'That file is not a HAR file (no log.entries).', 'too-large': 'That file is larger than 100 MB; use the command line: wechat-api-inspector report FILE.har' },
};
export type ImportMessages = typeof en;

export const importMessages: Record<Lang, ImportMessages> = {
  en,
  zh: {
    imported: (n: number, file: string, skipped: number, malformed: number) =>
      `已从 ${file} 导入 ${n} 个微信接口调用${skipped ? `（跳过其他 ${skipped} 条）` : ''}${malformed ? `；${malformed} 条格式错误的记录（字段类型不对）未导入` : ''}`,
    importErrors: { 'not-json': '该文件不是 JSON。', 'not-har': '该文件不是 HAR 文件（没有 log.entries）。', 'too-large': '文件超过 100 MB；请用命令行：wechat-api-inspector report FILE.har' },
  },
};
