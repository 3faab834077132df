/*
 * The in-page plugin for bundlers: `import { install, vConsolePlugin } from 'wechat-api-inspector/webview'`.
 * Call install() first thing in the app's entry, so capture sees the page's first requests.
 */
export { install, type InstallOptions } from './install';
export { erudaPlugin, vConsolePlugin, type ErudaTool, type VConsoleLike, type VConsolePluginLike } from './plugins';
export type { PageRule } from '../../capture/page/page-capture';
