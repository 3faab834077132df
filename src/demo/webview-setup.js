// The three lines a page adds, here with the console chosen by ?console=vconsole|eruda|none:
//   <script src="vconsole.min.js"></script> <script src="wechat-api-inspector.js"></script>
//   new VConsole().addPlugin(WeChatApiInspector.vConsolePlugin(VConsole))   or   eruda.init(); eruda.add(WeChatApiInspector.erudaPlugin)
(function () {
  var which = new URLSearchParams(location.search).get('console') || 'vconsole';
  var plugin = typeof WeChatApiInspector !== 'undefined';
  if (which === 'vconsole' && typeof VConsole !== 'undefined') {
    var vConsole = new VConsole();
    if (plugin) vConsole.addPlugin(WeChatApiInspector.vConsolePlugin(VConsole));
    window.__console = vConsole;
  } else if (which === 'eruda' && typeof eruda !== 'undefined') {
    eruda.init();
    if (plugin) eruda.add(WeChatApiInspector.erudaPlugin);
    window.__console = eruda;
  }
})();
