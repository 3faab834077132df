export { install, type InstallOptions } from './install';
export { erudaPlugin, vConsolePlugin, type ErudaTool, type VConsoleLike, type VConsolePluginLike } from './plugins';
export type { PageRule } from '../../capture/page/page-capture';
