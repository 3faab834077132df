/*
 * The classic script (dist-webview/wechat-api-inspector.js): capture starts as the script runs, so a
 * page that loads it before its own scripts misses none of their requests; then the global
 * `WeChatApiInspector` offers install(options) (rules, caps, language) and the two plugins.
 */
import { install } from './install';

install();

export { install } from './install';
export { erudaPlugin, vConsolePlugin } from './plugins';
