// The H5 page as a bundler's app would start it: the ES module entry, install() first, then eruda.
import { erudaPlugin, install } from '/vendor/esm/wechat-api-inspector.mjs';

install({ rules: [{ hostGlob: '127.0.0.1:*', path: '/webview-api/admin/', errcodePath: 'data.wx.errcode', errmsgPath: 'data.wx.errmsg', platform: 'weixin' }], autoDetect: false });
eruda.init();
eruda.add(erudaPlugin);
window.__console = eruda;
fetch('/webview-api/admin/send-template', { method: 'POST', body: '{}' })
  .then((r) => r.text())
  .then(() => {
    document.body.dataset.done = 'true';
  });
