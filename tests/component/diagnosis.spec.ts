import { expect, test } from '../support/component-fixture';

const ENCRYPTED = JSON.stringify({ iv: 'fmW/zNxXlytUZBgj', data: '0IDVdrPtSPF/Oe2CTXCV2vVNPbVJdJlP2WaTMQnoYLh5iCrr', authtag: '5qeM/2vZv+6KtScN94IpMg==' });

test('an API security mode answer is listed as encrypted, explained, with its Wechatmp headers', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  await finish({
    url: 'https://api.weixin.qq.com/wxa/getuserriskrank?access_token=ACCESS_TOKEN_0123456789abcdef',
    method: 'POST',
    content: ENCRYPTED,
    responseHeaders: [
      { name: 'Wechatmp-Appid', value: 'wxba6223c06417af7b' },
      { name: 'Wechatmp-TimeStamp', value: '1635927956' },
      { name: 'Wechatmp-Serial', value: 'fa05fe1e5bcc79b81ad5ad4b58acf787' },
      { name: 'Wechatmp-Signature', value: 'ZmFrZSBzaWduYXR1cmU=' },
    ],
  });
  const row = panel.locator('.row[data-state="encrypted"]');
  await expect(row).toHaveCount(1);
  await expect(row.locator('.c-meaning')).toHaveText('Encrypted answer (API security mode)');
  await expect(panel.locator('.row[data-state="error"], .row[data-state="ok"]')).toHaveCount(0);
  await row.click();
  const section = panel.locator('.details .encrypted-answer');
  await expect(section).toContainText('AES256-GCM');
  await expect(section).toContainText('cannot read the errcode');
  await expect(section.locator('.encrypted-headers th')).toHaveText(['Wechatmp-Appid', 'Wechatmp-TimeStamp', 'Wechatmp-Serial', 'Wechatmp-Signature']);
  await expect(panel.locator('.details .meaning.unknown')).toHaveCount(0);
});

test('a rid offers WeChat\'s diagnosis page and the server command; a quota code names the path and the reset cost', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  await finish({
    url: 'https://api.weixin.qq.com/cgi-bin/message/custom/send?access_token=ACCESS_TOKEN_0123456789abcdef',
    method: 'POST',
    content: '{"errcode":45009,"errmsg":"reach max api daily quota limit rid: 617682e0-09059ac5-34a8e2ea"}',
  });
  await panel.locator('.row[data-errcode="45009"]').click();
  const diagnose = panel.locator('.details a.diagnose-rid');
  await expect(diagnose).toHaveText('Diagnose this rid');
  await expect(diagnose).toHaveAttribute('href', 'https://developers.weixin.qq.com/console/devtools/debug?tab=errorDiag');
  await expect(diagnose).toHaveAttribute('target', '_blank');
  await expect(panel.locator('.details .rid-login')).toContainText("account's admin");
  await expect(panel.locator('.details .rid-command code')).toHaveText('wechat-api-inspector rid 617682e0-09059ac5-34a8e2ea');
  const quota = panel.locator('.details .quota-advice');
  await expect(quota.locator('.quota-path')).toHaveText('/cgi-bin/message/custom/send');
  await expect(quota.locator('.quota-command code')).toHaveText('wechat-api-inspector quota /cgi-bin/message/custom/send');
  await quota.locator('summary').click();
  await expect(quota.locator('.clear-quota')).toContainText('10 resets a month');
  await expect(quota.locator('.clear-quota')).toContainText('/cgi-bin/clear_quota/v2');
});

const AUTH = 'WECHATPAY2-SHA256-RSA2048 mchid="1900007291",nonce_str="593BEC0C930BF1AFEB40B4A08C8FB242",signature="gZGkLF3mVIHY72hE1cFSrbEOKr5O7N2jYZAt5VSBpZpHn84HWylnljJHGGlMAtFt4AUP",timestamp="1554208460",serial_no="1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C"';
const BODY = '{"appid":"wxd678efh567hg6787","mchid":"1230000109","description":"QQ公仔"}';

test('the WeChat Pay v3 signature doctor sets this request beside truncated_sign_message, signature masked', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  const detail = {
    detail: { issue: 'sign not match' },
    field: 'signature',
    location: 'authorization',
    sign_information: { method: 'POST', sign_message_length: 320, truncated_sign_message: 'POST\n/v3/pay/transactions/jsapi\n1554208460\nOTHERNONCE\n{"appid"\n', url: '/v3/pay/transactions/jsapi' },
  };
  await finish({
    url: 'https://api.mch.weixin.qq.com/v3/pay/transactions/jsapi',
    method: 'POST',
    status: 401,
    startedDateTime: '2019-04-02T12:34:25.000Z',
    requestBody: BODY,
    requestHeaders: [{ name: 'Authorization', value: AUTH }],
    content: JSON.stringify({ code: 'SIGN_ERROR', detail, message: '签名错误，请检查后再试' }),
  });
  await panel.locator('.row[data-errcode="SIGN_ERROR"]').click();
  const doctor = panel.locator('.details .pay-sign-doctor');
  await expect(doctor).toContainText('each one (the body\'s included) ending in \\n');
  await expect(doctor.locator('.pay-line-method')).toHaveAttribute('data-verdict', 'same');
  await expect(doctor.locator('.pay-line-url')).toHaveAttribute('data-verdict', 'same');
  await expect(doctor.locator('.pay-line-timestamp')).toHaveAttribute('data-verdict', 'same');
  await expect(doctor.locator('.pay-line-nonce')).toHaveAttribute('data-verdict', 'differs');
  await expect(doctor.locator('.pay-line-body')).toHaveAttribute('data-verdict', 'prefix');
  await expect(doctor.locator('.pay-line-nonce td').last()).toContainText('OTHERNONCE');
  await expect(doctor.locator('.pay-sign-message')).toContainText('593BEC0C930BF1AFEB40B4A08C8FB242');
  await expect(doctor.locator('.pay-sign-message')).toContainText(BODY);
  await expect(doctor.locator('.pay-sign-length')).toContainText('320 bytes');
  await expect(doctor.locator('.pay-authorization')).toContainText('serial_no="1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C"');
  await expect(doctor.locator('.pay-authorization')).not.toContainText('gZGkLF3mVIHY72hE1cFSrbEOKr5O7N2jYZAt5VSBpZpHn84');
  await expect(panel.locator('.details .causes')).toContainText('encoded differently');
});

test('a bare 401 from WeChat Pay gets the doctor and the usual causes, without a server message to compare', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  await finish({
    url: 'https://api.mch.weixin.qq.com/v3/certificates?algorithm_type=RSA',
    status: 401,
    requestHeaders: [{ name: 'Authorization', value: AUTH }],
    responseHeaders: [{ name: 'Wechatpay-Nonce', value: 'd700d73f474c09bae437ac25175e76a1' }],
    content: '',
  });
  await panel.locator('.row[data-platform="pay"]').click();
  const doctor = panel.locator('.details .pay-sign-doctor');
  await expect(doctor).toContainText('holds no truncated_sign_message');
  await expect(doctor.locator('.pay-sign-message')).toContainText('/v3/certificates?algorithm_type=RSA');
  await expect(doctor.locator('.causes')).toContainText('Wrong private key');
});
