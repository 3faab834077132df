import { scenarioButtons } from '/demo-ui.js';

// The JS-SDK demo page. `wx` is a stand-in for jweixin (the real script is never loaded: nothing
// leaves the machine) with the SDK's callback API and its real errMsg strings; each button makes
// wx.config / wx.agentConfig / a JSAPI fail one way developers meet in practice, one succeeds.
const log = document.getElementById('log');
const say = (line) => {
  log.textContent += `${line}\n`;
};

// ---- What the page's backend does: sign with a jsapi_ticket (demo tickets: any string works) ----
const CORP_TICKET = 'demo-jsapi-ticket-for-this-page-only';
const AGENT_TICKET = 'demo-agent-config-ticket-for-this-page-only';

async function sha1Hex(text) {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const pageUrl = () => location.href.split('#')[0];

function signature(ticket, nonceStr, timestamp, url) {
  return sha1Hex(`jsapi_ticket=${ticket}&noncestr=${nonceStr}&timestamp=${timestamp}&url=${url.split('#')[0]}`);
}

async function signFor(url, ticket = CORP_TICKET) {
  const timestamp = Math.floor(Date.now() / 1000);
  const nonceStr = Math.random().toString(36).slice(2, 18);
  return { timestamp, nonceStr, signature: await signature(ticket, nonceStr, timestamp, url) };
}

// ---- The stand-in SDK and the accounts the stand-in WeChat knows ----
const VERIFIED = 'wxdemo0000verified';
const UNVERIFIED = 'wxdemo00unverified';
const OTHER_SITE = 'wxdemo000otherhost';
const ACCOUNTS = {
  [VERIFIED]: { domains: [location.hostname], apis: ['chooseImage', 'openLocation', 'openBusinessView'] },
  [UNVERIFIED]: { domains: [location.hostname], apis: ['openLocation'] },
  [OTHER_SITE]: { domains: ['shop.example.com'], apis: ['chooseImage'] },
};
const CORP_ID = 'wwdemo000000000001';
/** WeCom apps (agentid → trusted domains). */
const AGENTS = { 1000002: [location.hostname], 1000003: ['work.example.com'] };
const WECOM_QUERY = 'https://open.work.weixin.qq.com/devtool/query';
/** iOS WeChat verifies a single-page app against the URL it was entered with. */
const ENTRY_URL = pageUrl();

let sdk;

/** A fresh SDK state for each scenario; `client` says how the stand-in WeChat client behaves. */
function resetSdk(client = {}) {
  sdk = { client: { ios: false, missing: [], ...client }, state: 'none', result: null, ready: [], onError: null, jsApiList: [], account: null, agentOk: false };
}

/** The client answers asynchronously, as the real one does. */
const later = (fn) => setTimeout(fn, 20);

function finish(options, res) {
  if (res.errMsg.endsWith(':ok')) options.success?.(res);
  else if (res.errMsg.endsWith(':cancel')) options.cancel?.(res);
  else options.fail?.(res);
  options.complete?.(res);
}

async function verifyConfig(cfg) {
  if (!cfg.appId || !cfg.timestamp || !cfg.nonceStr || !cfg.signature || !Array.isArray(cfg.jsApiList)) return 'config:fail';
  const account = ACCOUNTS[cfg.appId];
  if (!account || !account.domains.includes(location.hostname)) return 'config:invalid url domain';
  sdk.account = account;
  const verified = sdk.client.ios ? ENTRY_URL : pageUrl();
  if ((await signature(CORP_TICKET, cfg.nonceStr, cfg.timestamp, verified)) === cfg.signature) return 'config:ok';
  return sdk.client.ios ? 'config:invalid signature' : 'config:fail,Error: 系统错误，错误码：63002,invalid signature';
}

/** wx.chooseImage, wx.openLocation, …: answers from what config established at the moment of the call. */
function jsapi(name) {
  return (options = {}) => {
    const { state, jsApiList, account, client } = sdk;
    later(() => {
      let errMsg = `${name}:ok`;
      if (state !== 'ok' || !jsApiList.includes(name)) errMsg = `${name}:fail, the permission value is offline verifying`;
      else if (client.missing.includes(name)) errMsg = `${name}:function not exist`;
      else if (!account.apis.includes(name)) errMsg = `${name}:permission denied`;
      finish(options, { errMsg });
    });
  };
}

const wx = {
  config(cfg) {
    sdk.state = 'verifying';
    sdk.jsApiList = cfg.jsApiList ?? [];
    later(async () => {
      const errMsg = await verifyConfig(cfg);
      sdk.state = errMsg === 'config:ok' ? 'ok' : 'failed';
      sdk.result = { errMsg };
      if (sdk.state === 'failed') sdk.onError?.(sdk.result);
      // Like jweixin, ready callbacks run once config has finished, whether it passed or not.
      for (const fn of sdk.ready.splice(0)) fn();
    });
  },
  ready(fn) {
    if (sdk.state === 'ok' || sdk.state === 'failed') fn();
    else sdk.ready.push(fn);
  },
  error(fn) {
    if (sdk.state === 'failed') fn(sdk.result);
    else sdk.onError = fn;
  },
  agentConfig(cfg) {
    later(async () => {
      const domains = cfg.corpid === CORP_ID ? AGENTS[cfg.agentid] : undefined;
      let res = { errMsg: 'agentConfig:ok' };
      if (cfg.corpid !== CORP_ID) res = { errMsg: `agentConfig:invalid corpId more info at ${WECOM_QUERY}?e=40013` };
      else if (!domains || !domains.includes(location.hostname)) res = { errMsg: `agentConfig:not match any reliable domain. more info at ${WECOM_QUERY}?e=80001` };
      else if ((await signature(AGENT_TICKET, cfg.nonceStr, cfg.timestamp, pageUrl())) !== cfg.signature) {
        res = { errMsg: 'agentConfig:fail', err_Info: 'fail', hint: `Hint: '1116162709:28pf8aujopx:40093'. More info at ${WECOM_QUERY}?e=40093` };
      }
      sdk.agentOk = res.errMsg === 'agentConfig:ok';
      finish(cfg, res);
    });
  },
  /** WeCom's wx.invoke answers with err_msg, not errMsg. */
  invoke(name, params, callback) {
    const allowed = sdk.agentOk;
    later(() => callback?.({ err_msg: allowed ? `${name}:ok` : `${name}:fail_nopermission` }));
  },
  chooseImage: jsapi('chooseImage'),
  openLocation: jsapi('openLocation'),
  openBusinessView: jsapi('openBusinessView'),
};
window.wx = wx;
window.jWeixin = wx;

// ---- The page: calls through window.wx, so that anything wrapping it sees every call ----
async function configure(appId, jsApiList, extra = {}) {
  window.wx.config({ debug: false, appId, jsApiList, ...(await signFor(pageUrl())), ...extra });
}

/** After wx.config: what wx.error received, or config:ok when wx.ready ran without an error. */
function configOutcome() {
  return new Promise((resolve) => {
    let failed = null;
    window.wx.error((res) => {
      failed = res;
    });
    window.wx.ready(() => resolve(failed ?? { errMsg: 'config:ok' }));
  });
}

const call = (name, params = {}) => new Promise((resolve) => window.wx[name]({ ...params, complete: resolve }));

async function agentConfig(agentid, ticket) {
  const signed = await signFor(pageUrl(), ticket);
  return new Promise((resolve) => window.wx.agentConfig({ corpid: CORP_ID, agentid: String(agentid), ...signed, jsApiList: ['sendChatMessage'], complete: resolve }));
}

const scenarios = [
  {
    id: 'success',
    label: 'Success: wx.config passes, then wx.chooseImage → chooseImage:ok',
    async run() {
      await configure(VERIFIED, ['chooseImage']);
      return [await configOutcome(), await call('chooseImage', { count: 1 })];
    },
  },
  {
    id: 'invalid-signature',
    label: 'wx.config given the timestamp in milliseconds → 错误码：63002, invalid signature',
    async run() {
      const signed = await signFor(pageUrl());
      window.wx.config({ appId: VERIFIED, jsApiList: ['chooseImage'], ...signed, timestamp: signed.timestamp * 1000 });
      return [await configOutcome()];
    },
  },
  {
    id: 'invalid-url-domain',
    label: 'wx.config with an AppID whose JS safe domain is another site → config:invalid url domain',
    async run() {
      await configure(OTHER_SITE, ['chooseImage']);
      return [await configOutcome()];
    },
  },
  {
    id: 'offline-verifying',
    label: 'wx.openLocation called before wx.ready → the permission value is offline verifying',
    async run() {
      await configure(VERIFIED, ['openLocation']);
      const outcome = configOutcome();
      const early = call('openLocation', { latitude: 23.1291, longitude: 113.2644 });
      return [await outcome, await early];
    },
  },
  {
    id: 'permission-denied',
    label: 'wx.chooseImage on an account without that JSAPI → chooseImage:permission denied',
    async run() {
      await configure(UNVERIFIED, ['chooseImage']);
      return [await configOutcome(), await call('chooseImage', { count: 1 })];
    },
  },
  {
    id: 'function-not-exist',
    label: 'wx.openBusinessView on a client too old for it → function not exist',
    client: { missing: ['openBusinessView'] },
    async run() {
      await configure(VERIFIED, ['openBusinessView']);
      return [await configOutcome(), await call('openBusinessView', { businessType: 'wxpayScoreUse' })];
    },
  },
  {
    id: 'config-missing-params',
    label: 'wx.config before the signature arrived (no signature) → config:fail',
    async run() {
      await configure(VERIFIED, ['chooseImage'], { signature: undefined });
      return [await configOutcome()];
    },
  },
  {
    id: 'agentconfig-40093',
    label: "WeCom wx.agentConfig signed with the corp jsapi_ticket → agentConfig:fail, hint '…:40093'",
    async run() {
      return [await agentConfig(1000002, CORP_TICKET)];
    },
  },
  {
    id: 'agentconfig-80001',
    label: 'WeCom wx.agentConfig for an app trusting another domain → not match any reliable domain (80001)',
    async run() {
      return [await agentConfig(1000003, AGENT_TICKET)];
    },
  },
  {
    id: 'fail-nopermission',
    label: 'WeCom wx.invoke("sendChatMessage") without wx.agentConfig → sendChatMessage:fail_nopermission',
    async run() {
      return [await new Promise((resolve) => window.wx.invoke('sendChatMessage', { msgtype: 'text', text: { content: 'hi' } }, resolve))];
    },
  },
  {
    id: 'spa-pushstate',
    label: 'Single-page app on iOS: history.pushState after wx.config, config again → invalid signature',
    client: { ios: true },
    async run() {
      history.replaceState(null, '', ENTRY_URL);
      await configure(VERIFIED, ['chooseImage']);
      const atEntry = await configOutcome();
      history.pushState(null, '', `${location.pathname}?view=detail&id=42`);
      say(`spa-pushstate: URL is now ${pageUrl()}; iOS still verifies ${ENTRY_URL}`);
      await configure(VERIFIED, ['chooseImage']);
      return [atEntry, await configOutcome()];
    },
  },
];

const isOk = (res) => (res.errMsg ?? res.err_msg ?? '').endsWith(':ok');

async function runScenario(scenario) {
  resetSdk(scenario.client);
  try {
    const results = await scenario.run();
    for (const res of results) {
      say(`${scenario.id}: ${JSON.stringify(res)}`);
      (isOk(res) ? console.log : console.error)('[jssdk-demo]', scenario.id, res);
    }
    return results;
  } catch (error) {
    say(`${scenario.id}: ${error}`);
    throw error;
  }
}

resetSdk();
// The ticket the signatures are made with; a real page gets its signature from its own server instead.
fetch('https://api.weixin.qq.com/cgi-bin/ticket/getticket?access_token=ACCESS_TOKEN_demo_5f0c1e2d3c4b5a69788796a5b4c3d2e1&type=jsapi').catch(() => undefined);
if (!globalThis.crypto?.subtle) say('crypto.subtle is missing: open this page over https or from 127.0.0.1 / localhost so it can sign.');
scenarioButtons(scenarios, runScenario);
window.jssdkScenarios = scenarios.map(({ id, label }) => ({ id, label }));
window.runJssdkScenario = (id) => runScenario(scenarios.find((s) => s.id === id));
document.body.dataset.ready = 'true';
