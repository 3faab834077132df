// The three lines a page adds, here with the console chosen by ?console=vconsole|eruda|none:
//   <script src="vconsole.min.js"></script> <script src="wechat-api-inspector.js"></script>
//   new VConsole().addPlugin(WeChatApiInspector.vConsolePlugin(VConsole))   or   eruda.init(lite ? { tool: ['console', 'elements', 'info'] } : {}); eruda.add(WeChatApiInspector.erudaPlugin)
(function () {
  var params = new URLSearchParams(location.search);
  var which = params.get('console') || 'vconsole';
  // ?tools=lite: the consoles without their own network panels (which wrap fetch / XHR themselves).
  var lite = params.get('tools') === 'lite';
  var plugin = typeof WeChatApiInspector !== 'undefined';
  if (which === 'vconsole' && typeof VConsole !== 'undefined') {
    var vConsole = new VConsole(lite ? { defaultPlugins: ['system', 'element', 'storage'] } : {});
    if (plugin) vConsole.addPlugin(WeChatApiInspector.vConsolePlugin(VConsole));
    window.__console = vConsole;
  } else if (which === 'eruda' && typeof eruda !== 'undefined') {
    eruda.init(lite ? { tool: ['console', 'elements', 'info'] } : {});
    if (plugin) eruda.add(WeChatApiInspector.erudaPlugin);
    window.__console = eruda;
  }
})();
