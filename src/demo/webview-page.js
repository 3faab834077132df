// The H5 page's own code: calls its backend, a dev proxy and (with ?direct=1, where the WeChat hosts
// are routed to a fake) the WeChat API itself, in every way a page can (fetch, streams, abort and
// timeouts, XHR sync / json / blob / arraybuffer / document, sendBeacon), and the stand-in JS-SDKs
// `wx` and `ww` failing each way. What the page received is kept in window.__results, so a test can
// compare a run with the plugin against one without it. ?hostile=1 replaces builtins first.
(function () {
  var params = new URLSearchParams(location.search);
  var direct = params.get('direct') === '1';
  var hostile = params.get('hostile') === '1';
  var J = { parse: JSON.parse, stringify: JSON.stringify };
  var results = [];
  var logEl = document.getElementById('log');
  var record = function (name, value) {
    results[results.length] = [name, value];
    logEl.textContent += name + ': ' + value + '\n';
  };
  window.__results = results;

  if (hostile) {
    // A page (or a script it loaded) that breaks what other code relies on.
    JSON.parse = function () { throw new Error('hostile JSON.parse'); };
    JSON.stringify = function () { throw new Error('hostile JSON.stringify'); };
    var push = Array.prototype.push;
    Array.prototype.push = function () { return push.apply(this, arguments); };
    Object.defineProperty(Array.prototype, 'hostileExtra', { value: function () {}, enumerable: true, configurable: true, writable: true });
    Response.prototype.clone = function () { throw new Error('hostile clone'); };
    Headers.prototype.forEach = function () { throw new Error('hostile forEach'); };
    XMLHttpRequest.prototype.getAllResponseHeaders = function () { throw new Error('hostile headers'); };
  }

  var SECRET = '0123456789abcdef0123456789abcdef';
  var text = function (r) { return r.text().then(function (t) { return r.status + ' ' + t; }); };
  var failed = function (e) { return 'error ' + (e && e.name); };
  var xhr = function (method, url, type, options) {
    return new Promise(function (resolve) {
      var x = new XMLHttpRequest();
      var sync = options && options.sync;
      x.open(method, url, !sync);
      if (type) x.responseType = type;
      if (options && options.timeout) x.timeout = options.timeout;
      var done = function (how) {
        var value;
        if (type === 'blob') value = x.response ? x.response.size + ' ' + x.response.type : 'null';
        else if (type === 'arraybuffer') value = x.response ? x.response.byteLength + ' ' + new Uint8Array(x.response).slice(0, 4).join(',') : 'null';
        else if (type === 'document') value = x.response ? x.response.documentElement.nodeName + ' ' + x.response.querySelector('order').getAttribute('id') : 'null';
        else if (type === 'json') value = J.stringify(x.response);
        else value = x.responseText;
        resolve(how + ' ' + x.status + ' ' + value);
      };
      if (!sync) {
        x.onload = function () { done('load'); };
        x.ontimeout = function () { resolve('timeout ' + x.status); };
        x.onerror = function () { resolve('error ' + x.status); };
      }
      x.setRequestHeader('Content-Type', 'application/json');
      x.send(method === 'POST' ? J.stringify({ sku: 'demo-sku', qty: 3 }) : null);
      if (sync) done('sync');
    });
  };

  var scenarios = [
    ['backend relays 40164', function () { return fetch('/webview-api/admin/send-template', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: J.stringify({ orderId: 'demo-1001' }) }).then(text); }],
    ['dev proxy /cgi-bin/token', function () { return fetch('/wx-proxy/cgi-bin/token?grant_type=client_credential&appid=wx00000000000bad00&secret=' + SECRET).then(text); }],
    ['sync XHR, WeCom relayed', function () { return xhr('GET', '/webview-api/wecom/sync-members', '', { sync: true }); }],
    ['XHR json, business errcode', function () { return xhr('POST', '/webview-api/orders/submit', 'json'); }],
    ['fetch stream', function () {
      return fetch('/webview-api/stream').then(function (r) {
        var reader = r.body.getReader();
        var chunks = 0;
        var out = '';
        var decoder = new TextDecoder();
        var step = function () {
          return reader.read().then(function (s) {
            if (s.done) return chunks > 0 ? out : 'no chunks';
            chunks++;
            out += decoder.decode(s.value, { stream: true });
            return step();
          });
        };
        return step();
      });
    }],
    ['fetch abort', function () {
      var c = new AbortController();
      setTimeout(function () { c.abort(); }, 50);
      return fetch('/webview-api/slow', { signal: c.signal }).then(text, failed);
    }],
    ['fetch timeout', function () { return fetch('/webview-api/slow', { signal: AbortSignal.timeout(200) }).then(text, failed); }],
    ['XHR timeout', function () { return xhr('GET', '/webview-api/slow', '', { timeout: 200 }); }],
    ['XHR blob', function () { return xhr('GET', '/webview-api/qr.png', 'blob'); }],
    ['XHR arraybuffer', function () { return xhr('GET', '/webview-api/qr.png', 'arraybuffer'); }],
    ['XHR document', function () { return xhr('GET', '/webview-api/page.xml', 'document'); }],
    ['fetch huge', function () { return fetch('/webview-api/huge').then(function (r) { return r.text(); }).then(function (t) { return t.length + ' ' + t.slice(0, 30); }); }],
    ['fetch arrayBuffer', function () { return fetch('/webview-api/qr.png').then(function (r) { return r.arrayBuffer(); }).then(function (b) { return String(b.byteLength); }); }],
    ['fetch with a throwing getter', function () {
      var init = {};
      Object.defineProperty(init, 'headers', { enumerable: true, get: function () { throw new Error('page getter'); } });
      try {
        return fetch('/webview-api/orders/submit', init).then(text, function (e) { return 'rejected ' + e.message; });
      } catch (e) {
        return Promise.resolve('threw ' + e.message);
      }
    }],
    ['sendBeacon', function () { return Promise.resolve(String(navigator.sendBeacon('/webview-api/beacon', 'ping'))); }],
  ];
  if (!hostile) {
    scenarios.push(['page clones', function () {
      return fetch('/wx-proxy/cgi-bin/token?appid=x').then(function (r) { return Promise.all([r.clone().text(), r.text()]); }).then(function (t) { return String(t[0] === t[1]) + ' ' + t[1].length; });
    }]);
  }
  if (direct) {
    scenarios.push(
      ['direct 40164', function () { return fetch('https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=wx1234567890abcdef&secret=' + SECRET).then(text, failed); }],
      ['direct WeCom 60020 (XHR)', function () { return xhr('GET', 'https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid=wwdemo000000000001&corpsecret=' + SECRET, ''); }],
      ['direct 42001', function () { return fetch('https://api.weixin.qq.com/cgi-bin/message/template/send?access_token=ACCESS_TOKEN_demo_5f0c1e2d', { method: 'POST', body: '{"touser":"oDemo"}' }).then(text, failed); }],
      ['direct huge answer', function () { return fetch('https://api.weixin.qq.com/cgi-bin/media/get?access_token=ACCESS_TOKEN_demo_5f0c1e2d&media_id=m1').then(function (r) { return r.text(); }).then(function (t) { return String(t.length); }, failed); }],
    );
  }

  // ---- The stand-in JS-SDKs, answering with the real SDKs' errMsg strings ----
  var later = function (fn) { setTimeout(fn, 10); };
  var onError = null;
  var answer = function (name, options, res) {
    later(function () {
      var ok = /:ok$/.test(res.errMsg);
      if (ok && options.success) options.success(res);
      if (!ok && options.fail) options.fail(res);
      if (options.complete) options.complete(res);
    });
  };
  window.wx = window.jWeixin = {
    config: function () { later(function () { if (onError) onError({ errMsg: 'config:fail,Error: 系统错误，错误码：63002,invalid signature' }); }); },
    ready: function () {},
    error: function (fn) { onError = fn; },
    agentConfig: function (o) { answer('agentConfig', o, { errMsg: 'agentConfig:fail', err_Info: 'fail', hint: "Hint: '1116162709:28pf8aujopx:40093'. More info at https://open.work.weixin.qq.com/devtool/query?e=40093" }); },
    chooseImage: function (o) { answer('chooseImage', o, { errMsg: 'chooseImage:permission denied' }); },
    openLocation: function (o) { answer('openLocation', o, { errMsg: 'openLocation:fail, the permission value is offline verifying' }); },
    checkJsApi: function (o) { answer('checkJsApi', o, { errMsg: 'checkJsApi:ok', checkResult: { chooseImage: true } }); },
    invoke: function (name, args, cb) { later(function () { cb({ err_msg: name + ':fail_nopermission' }); }); },
  };
  var registered = null;
  window.ww = {
    register: function (options) {
      registered = options;
      Promise.resolve(options.getAgentConfigSignature(location.href)).then(function () {
        later(function () { if (registered.onAgentConfigFail) registered.onAgentConfigFail({ errMsg: 'agentConfig:not match any reliable domain. more info at https://open.work.weixin.qq.com/devtool/query?e=80001' }); });
      });
    },
    selectExternalContact: function (o) { answer('selectExternalContact', o, { errMsg: 'selectExternalContact:fail_nopermission' }); return new Promise(function () {}); },
  };
  var sdkResult = function (name) { return function (res) { record(name, J.stringify(res)); }; };
  var jssdk = function () {
    return new Promise(function (resolve) {
      wx.error(sdkResult('wx.error'));
      wx.config({ debug: false, appId: 'wxdemo0000verified', timestamp: 1733100000, nonceStr: 'n0nce1', signature: '0123456789abcdef0123456789abcdef01234567', jsApiList: ['chooseImage', 'openLocation'] });
      wx.agentConfig({ corpid: 'wwdemo000000000001', agentid: '1000003', timestamp: 1733100000, nonceStr: 'n0nce2', signature: 'fedcba9876543210fedcba9876543210fedcba98', jsApiList: ['selectExternalContact'], fail: sdkResult('wx.agentConfig fail') });
      wx.chooseImage({ count: 1, fail: sdkResult('wx.chooseImage fail') });
      var hostileOptions = { type: 'gcj02', fail: sdkResult('wx.openLocation fail') };
      Object.defineProperty(hostileOptions, 'extra', { enumerable: true, get: function () { throw new Error('page getter'); } });
      wx.openLocation(hostileOptions);
      wx.checkJsApi({ jsApiList: ['chooseImage'], success: sdkResult('wx.checkJsApi success') });
      wx.invoke('selectEnterpriseContact', { fromDepartmentId: -1 }, sdkResult('wx.invoke'));
      ww.register({
        corpId: 'wwdemo000000000001',
        agentId: 1000003,
        jsApiList: ['selectExternalContact'],
        getAgentConfigSignature: function () { return Promise.resolve({ timestamp: 1733100000, nonceStr: 'n0nce3', signature: 'aaaabbbbccccddddeeeeffff0000111122223333' }); },
        onAgentConfigFail: sdkResult('ww.register onAgentConfigFail'),
      });
      ww.selectExternalContact({ filterType: 0, fail: sdkResult('ww.selectExternalContact fail') });
      setTimeout(resolve, 100);
    });
  };

  var run = function () {
    results.length = 0;
    document.body.dataset.done = 'false';
    var chain = Promise.resolve();
    scenarios.forEach(function (s) {
      chain = chain.then(function () {
        var value;
        try {
          value = s[1]();
        } catch (e) {
          value = Promise.resolve('threw ' + (e && e.message));
        }
        return Promise.resolve(value).then(function (v) { record(s[0], v); }, function (e) { record(s[0], 'rejected ' + (e && e.message)); });
      });
    });
    return chain.then(jssdk).then(function () { document.body.dataset.done = 'true'; });
  };
  document.getElementById('run').addEventListener('click', run);
  run();
})();
