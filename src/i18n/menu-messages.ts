import type { Lang } from '../decode/knowledge/types';

/*
 * The words of the panel's context menus (a row's, the header's), in both languages: kept apart from
 * `messages` so that they load with the menus, not with the panel's first paint.
 */
const en = {
  rowMenu: 'Call actions',
  columnsMenu: 'Columns',
  copyRid: 'Copy rid',
  copyUrl: 'Copy URL (masked)',
  copiedWhat: (what: string) => `Copied: ${what}`,
  showInNetwork: 'Show in Network panel',
  copyNetworkFilter: 'Show in Network panel (copy its filter)',
  networkFilterCopied: (filter: string) => `This browser cannot open the Network panel for an extension: “${filter}” is copied, paste it into the Network panel's filter box.`,
};
export type MenuMessages = typeof en;

export const menuMessages: Record<Lang, MenuMessages> = {
  en,
  zh: {
    rowMenu: '调用操作',
    columnsMenu: '列',
    copyRid: '复制 rid',
    copyUrl: '复制 URL（已遮盖）',
    copiedWhat: (what: string) => `已复制：${what}`,
    showInNetwork: '在 Network 面板中显示',
    copyNetworkFilter: '在 Network 面板中显示（复制筛选条件）',
    networkFilterCopied: (filter: string) => `此浏览器不支持由扩展打开 Network 面板：已复制“${filter}”，请粘贴到 Network 面板的筛选框中。`,
  },
};
