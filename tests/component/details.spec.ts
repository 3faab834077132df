import { perApiOnlyCode } from '../support/per-api-code';
import { expect, test, type FakeCall } from '../support/component-fixture';

const call40164: FakeCall = {
  url: 'https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=0123456789abcdef0123456789abcdef',
  content: JSON.stringify({ errcode: 40164, errmsg: 'invalid ip 47.94.148.108 ipv6 ::ffff:47.94.148.108, not in whitelist rid: 5fab84d2-09424a07-00bd7fe3' }),
};
const tokenOk: FakeCall = {
  url: 'https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid=ww1&corpsecret=SECRETSECRETSECRETSECRET',
  content: JSON.stringify({ errcode: 0, errmsg: 'ok', access_token: 'TOKEN-abcdefghijklmnopqrstuvwxyz', expires_in: 7200 }),
};

test('details explain a failure: meaning, causes, fix with the IP from the errmsg, rid and its time', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  await finish(call40164);
  await panel.locator('.row[data-errcode="40164"]').click();
  const details = panel.locator('.details');
  await expect(details.locator('.meaning')).toContainText(/whitelist/i);
  await expect(details.locator('.causes li').first()).toBeVisible();
  await expect(details.locator('.fixes')).toContainText('47.94.148.108');
  await expect(details.locator('.fixes')).not.toContainText('{clientIp}');
  await expect(details.locator('.rid')).toContainText('5fab84d2-09424a07-00bd7fe3');
  await expect(details.locator('.rid-time')).toContainText('2020-11-11T06:29:38.000Z');
  await expect(details.locator('.client-ip')).toContainText('47.94.148.108');
  await expect(details.locator('.doc-links a').first()).toHaveAttribute('href', /^https:\/\/developers\.weixin\.qq\.com\//);
  await details.getByRole('tab', { name: 'Request' }).click();
  await expect(details.locator('.masked-url')).toContainText('secret=***cdef');
  await expect(details.locator('.query-table')).toContainText('client_credential');
  await expect(details).not.toContainText('0123456789abcdef0123456789abcdef');
});

test('details mask secrets in response bodies and link WeCom codes to the official query', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  await finish(tokenOk, { url: 'https://qyapi.weixin.qq.com/cgi-bin/user/create?access_token=TOKEN-abcdefghijklmnopqrstuvwxyz', content: JSON.stringify({ errcode: 48002, errmsg: 'api forbidden, hint: [1700000000123], from ip: 203.0.113.7, more info at https://open.work.weixin.qq.com/devtool/query?e=48002' }), requestBody: '{"userid":"zhangsan","corpsecret":"SHOULD-NOT-SHOW-SECRET-VALUE"}' });
  await panel.locator('.row[data-errcode="0"]').click();
  await panel.getByRole('tab', { name: 'Response' }).click();
  await panel.getByRole('button', { name: 'Raw' }).click();
  await expect(panel.locator('.body-raw')).toContainText('"access_token": "***wxyz"');
  await expect(panel.locator('.details')).not.toContainText('TOKEN-abcdefghijklmnopqrstuvwxyz');
  await panel.locator('.row[data-errcode="48002"]').click();
  await panel.getByRole('tab', { name: 'Diagnosis' }).click();
  await expect(panel.locator('.doc-links a', { hasText: 'WeCom error-code lookup' })).toHaveAttribute('href', 'https://open.work.weixin.qq.com/devtool/query?e=48002');
  await expect(panel.locator('.details .hint')).toHaveText('1700000000123');
  await panel.getByRole('tab', { name: 'Request' }).click();
  await expect(panel.locator('.details .request-tab')).toContainText('zhangsan');
  await expect(panel.locator('.details')).not.toContainText('SHOULD-NOT-SHOW-SECRET-VALUE');
  await expect(panel.locator('.details')).not.toContainText('TOKEN-abcdefghijklmnopqrstuvwxyz');
});

test('the keyboard moves the selection and Escape closes the details', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  const t = Date.parse('2026-11-21T10:00:00Z');
  await finish(
    { ...call40164, startedDateTime: new Date(t).toISOString() },
    { ...tokenOk, startedDateTime: new Date(t + 1).toISOString() },
  );
  await panel.locator('.grid').focus();
  await panel.keyboard.press('ArrowDown');
  await expect(panel.locator('.row.selected')).toHaveAttribute('data-errcode', '40164');
  await panel.keyboard.press('ArrowDown');
  await expect(panel.locator('.row.selected')).toHaveAttribute('data-errcode', '0');
  await expect(panel.locator('.details')).toBeVisible();
  await panel.keyboard.press('Escape');
  await expect(panel.locator('.details')).toHaveCount(0);
});

test('an errmsg saying the request body was not JSON is called out', async ({ openPanel }) => {
  const { panel, finish } = await openPanel({ locale: 'zh-CN' });
  await finish({ url: 'https://qyapi.weixin.qq.com/cgi-bin/externalcontact/add_contact_way', content: JSON.stringify({ errcode: 40058, errmsg: 'Warning: wrong json format. Invalid input invalid Request Parameter, hint: [1600050101_106_x], from ip: , more info at https://open.work.weixin.qq.com/devtool/query?e=40058' }) });
  await panel.locator('.row[data-errcode="40058"]').click();
  await expect(panel.locator('.json-warning')).toContainText('JSON');
  await expect(panel.locator('.details h2')).toContainText(/联系我/);
});

test('details say where a meaning and its hints were read, and when', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  await finish(call40164, { url: 'https://api.weixin.qq.com/sns/jscode2session?appid=wx1&js_code=CODE', content: JSON.stringify({ errcode: 40029, errmsg: 'invalid code' }) });
  await panel.locator('.row[data-errcode="40164"]').click();
  const source = panel.locator('.details .meaning-source');
  await expect(source).toContainText(/^Source: .*WxJava/);
  await expect(source).toContainText(/\(checked \d{4}-\d{2}-\d{2}\)$/);
  await expect(source.locator('a').first()).toHaveAttribute('href', /^https:\/\//);
  await expect(panel.locator('.details .hint-source')).toContainText(/^Causes and fixes from: https:\/\/developers\.weixin\.qq\.com\//);
  await panel.locator('.row[data-errcode="40029"]').click();
  await expect(panel.locator('.details .meaning-source a')).toHaveAttribute('href', /\/user-login\/code2Session\.html$/);
});

test('a code only some APIs define: on another API the details name the APIs that define it', async ({ openPanel }) => {
  const { panel, finish } = await openPanel({ locale: 'zh-CN' });
  const found = perApiOnlyCode() ?? { platform: 'weixin', code: 99999997, path: '/cgi-bin/none' };
  const host = found.platform === 'wecom' ? 'qyapi.weixin.qq.com' : 'api.weixin.qq.com';
  await finish({ url: `https://${host}/cgi-bin/some/other/api`, content: JSON.stringify({ errcode: found.code, errmsg: 'x' }) });
  await panel.locator(`.row[data-errcode="${found.code}"]`).click();
  if (perApiOnlyCode()) {
    await expect(panel.locator('.details .meaning.unknown')).toContainText('全局错误码列表中没有');
    await expect(panel.locator('.details .defined-on')).toContainText('该错误码由以下接口定义：');
    await expect(panel.locator('.details .defined-on code').first()).toHaveText(found.path);
  } else {
    // Until the per-API files are in, no such code exists and the details call the code unknown.
    await expect(panel.locator('.details .meaning.unknown')).toContainText('知识库中没有错误码');
    await expect(panel.locator('.details .defined-on')).toHaveCount(0);
  }
});
