/**
 * What the fake WeChat API answers, one scenario per demo button: realistic bodies in the formats
 * WeChat really uses (rid suffixes, WeCom hint / from ip / more info, Error-Code headers).
 */
export interface Scenario {
  id: string;
  label: string;
  method: 'GET' | 'POST';
  /** Full URL the demo page calls; query values are fake secrets, there to be masked. */
  url: string;
  requestBody?: string;
  status: number;
  contentType: string;
  /** Whether the answer carries CORS headers; without them the page (and DevTools) cannot read the body. */
  cors: boolean;
  headers?: Record<string, string>;
  body: string;
}

const CLIENT_IP = '203.0.113.7';
const FAKE_TOKEN = 'ACCESS_TOKEN_demo_5f0c1e2d3c4b5a69788796a5b4c3d2e1';

function rid(): string {
  const hex = (n: number) => Math.floor(Math.random() * n).toString(16).padStart(8, '0');
  return `${Math.floor(Date.now() / 1000).toString(16)}-${hex(0xffffffff)}-${hex(0xffffffff)}`;
}

function wecomHint(): string {
  return `${Math.floor(Date.now() / 1000)}${String(Math.floor(Math.random() * 1e15)).padStart(15, '0')}`;
}

function wecomError(code: number, text: string): { body: string; headers: Record<string, string> } {
  const errmsg = `${text}, hint: [${wecomHint()}], from ip: ${CLIENT_IP}, more info at https://open.work.weixin.qq.com/devtool/query?e=${code}`;
  return { body: JSON.stringify({ errcode: code, errmsg }), headers: { 'Error-Code': String(code), 'Error-Msg': errmsg } };
}

const json = 'application/json; charset=utf-8';

/** Built fresh per request so rids and hints carry the current time, as real ones do. */
export function scenarios(): Scenario[] {
  const gettoken = wecomError(60020, 'not allow to access from your ip');
  const userCreate = wecomError(48002, 'api forbidden');
  const userGet = wecomError(60111, 'userid not found');
  return [
    {
      id: 'token-40164',
      label: '40164 IP not whitelisted (/cgi-bin/token)',
      method: 'GET',
      url: 'https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=wx1234567890abcdef&secret=0123456789abcdef0123456789abcdef',
      status: 200,
      contentType: json,
      cors: true,
      body: JSON.stringify({ errcode: 40164, errmsg: `invalid ip ${CLIENT_IP} ipv6 ::ffff:${CLIENT_IP}, not in whitelist rid: ${rid()}` }),
    },
    {
      id: 'template-42001',
      label: '42001 access_token expired (template message)',
      method: 'POST',
      url: `https://api.weixin.qq.com/cgi-bin/message/template/send?access_token=${FAKE_TOKEN}`,
      requestBody: JSON.stringify({ touser: 'oDemoOpenId0001', template_id: 'tmpl-demo', data: { thing1: { value: '订单已发货' } } }),
      status: 200,
      contentType: json,
      cors: true,
      body: JSON.stringify({ errcode: 42001, errmsg: `access_token expired rid: ${rid()}` }),
    },
    {
      id: 'code2session-40029',
      label: '40029 invalid code (code2Session)',
      method: 'GET',
      url: 'https://api.weixin.qq.com/sns/jscode2session?appid=wx1234567890abcdef&secret=0123456789abcdef0123456789abcdef&js_code=061Demo0Code0000000000000000000&grant_type=authorization_code',
      status: 200,
      contentType: json,
      cors: true,
      body: JSON.stringify({ errcode: 40029, errmsg: `invalid code, rid: ${rid()}` }),
    },
    {
      id: 'wecom-gettoken-60020',
      label: 'WeCom 60020 untrusted IP (/cgi-bin/gettoken)',
      method: 'GET',
      url: 'https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid=ww0123456789abcdef&corpsecret=Demo-CorpSecret-0123456789abcdefghijklmnop',
      status: 200,
      contentType: json,
      cors: true,
      headers: gettoken.headers,
      body: gettoken.body,
    },
    {
      id: 'wecom-user-create-48002',
      label: 'WeCom 48002 API forbidden (create member)',
      method: 'POST',
      url: `https://qyapi.weixin.qq.com/cgi-bin/user/create?access_token=${FAKE_TOKEN}`,
      requestBody: JSON.stringify({ userid: 'zhangsan', name: '张三', department: [1] }),
      status: 200,
      contentType: json,
      cors: true,
      headers: userCreate.headers,
      body: userCreate.body,
    },
    {
      id: 'callbackip-ok',
      label: 'Success (/cgi-bin/getcallbackip)',
      method: 'GET',
      url: `https://api.weixin.qq.com/cgi-bin/getcallbackip?access_token=${FAKE_TOKEN}`,
      status: 200,
      contentType: json,
      cors: true,
      body: JSON.stringify({ ip_list: ['101.226.62.77', '101.226.62.78'] }),
    },
    {
      id: 'wecom-http-ok',
      label: 'WeCom success over plain http (/cgi-bin/message/send)',
      method: 'POST',
      url: `http://qyapi.weixin.qq.com/cgi-bin/message/send?access_token=${FAKE_TOKEN}`,
      requestBody: JSON.stringify({ touser: 'zhangsan', msgtype: 'text', agentid: 1000002, text: { content: '你好' } }),
      status: 200,
      contentType: json,
      cors: true,
      body: JSON.stringify({ errcode: 0, errmsg: 'ok', invaliduser: '', msgid: 'demo-msgid' }),
    },
    {
      id: 'media-base64-chinese',
      label: '40007 with a Chinese errmsg sent as bytes (/cgi-bin/media/get)',
      method: 'GET',
      url: `https://api.weixin.qq.com/cgi-bin/media/get?access_token=${FAKE_TOKEN}&media_id=demo-media-id`,
      status: 200,
      contentType: 'application/octet-stream',
      cors: true,
      body: JSON.stringify({ errcode: 40007, errmsg: `不合法的媒体文件 id：媒体文件已过期 rid: ${rid()}` }),
    },
    {
      id: 'menu-cors-blocked',
      label: 'CORS-blocked call: no body for the browser (/cgi-bin/menu/get)',
      method: 'GET',
      url: `https://api.weixin.qq.com/cgi-bin/menu/get?access_token=${FAKE_TOKEN}`,
      status: 200,
      contentType: json,
      cors: false,
      body: JSON.stringify({ errcode: 46003, errmsg: `menu no exist rid: ${rid()}` }),
    },
    {
      id: 'wecom-cors-blocked-headers',
      label: 'WeCom CORS-blocked call: code read from the Error-Code header (/cgi-bin/user/get)',
      method: 'GET',
      url: `https://qyapi.weixin.qq.com/cgi-bin/user/get?access_token=${FAKE_TOKEN}&userid=zhangsan`,
      status: 200,
      contentType: json,
      cors: false,
      headers: userGet.headers,
      body: userGet.body,
    },
  ];
}

/** The path part of a scenario URL, which is how the server finds it. */
export function scenarioKey(host: string, path: string): string {
  return `${host}${path}`;
}

/**
 * Answers of the demo page's own host (localhost), for the relayed-error features: a backend that wraps
 * WeChat's error in its own JSON, a dev-server proxy path, a backend relaying a WeCom error, and a
 * business API with its own errcode that must not be taken for WeChat's. `url` is a path on the page's
 * origin.
 */
export function relayedScenarios(): Scenario[] {
  const wecom = wecomError(60020, 'not allow to access from your ip');
  return [
    {
      id: 'backend-wrapped-40164',
      label: 'Your backend relays 40164 inside its own JSON (/api/admin/send-template → data.wx)',
      method: 'POST',
      url: '/api/admin/send-template',
      requestBody: JSON.stringify({ orderId: 'demo-1001', template: 'shipped' }),
      status: 500,
      contentType: json,
      cors: true,
      body: JSON.stringify({
        code: 500,
        msg: 'WeChat call failed',
        data: { wx: { errcode: 40164, errmsg: `invalid ip ${CLIENT_IP} ipv6 ::ffff:${CLIENT_IP}, not in whitelist rid: ${rid()}` } },
      }),
    },
    {
      id: 'proxy-token-40013',
      label: 'Dev-server proxy path on localhost: 40013 invalid appid (/cgi-bin/token)',
      method: 'GET',
      url: '/cgi-bin/token?grant_type=client_credential&appid=wx00000000000bad00&secret=0123456789abcdef0123456789abcdef',
      status: 200,
      contentType: json,
      cors: true,
      body: JSON.stringify({ errcode: 40013, errmsg: `invalid appid rid: ${rid()}` }),
    },
    {
      id: 'backend-wecom-60020',
      label: 'Your backend relays a WeCom error (/api/wecom/sync-members → error)',
      method: 'GET',
      url: '/api/wecom/sync-members',
      status: 200,
      contentType: json,
      cors: true,
      body: JSON.stringify({ success: false, error: JSON.parse(wecom.body) as unknown }),
    },
    {
      id: 'business-errcode',
      label: 'A business API with its own errcode (not WeChat: not listed)',
      method: 'POST',
      url: '/api/orders/submit',
      requestBody: JSON.stringify({ sku: 'demo-sku', qty: 3 }),
      status: 200,
      contentType: json,
      cors: true,
      body: JSON.stringify({ errcode: 40001, errmsg: '库存不足' }),
    },
  ];
}
