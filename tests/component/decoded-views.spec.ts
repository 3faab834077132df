import { expect, test } from '../support/component-fixture';

test('a partial failure is a warning, with the failing items listed', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  await finish(
    { url: 'https://qyapi.weixin.qq.com/cgi-bin/message/send?access_token=T', content: '{"errcode":0,"errmsg":"ok","invaliduser":"lisi|wangwu"}' },
    { url: 'https://qyapi.weixin.qq.com/cgi-bin/user/batchdelete?access_token=T', content: '{"errcode":0,"errmsg":"ok","result":[{"userid":"b","errcode":60111,"errmsg":"userid not found"}]}' },
  );
  const rows = panel.locator('.row[data-state="warning"]');
  await expect(rows).toHaveCount(2);
  await expect(rows.first().locator('.c-meaning')).toHaveText(/Partial failure/);
  await rows.nth(1).click();
  await expect(panel.locator('.item-failures')).toContainText('result[0]');
  await expect(panel.locator('.item-failures')).toContainText('60111');
  await rows.nth(0).click();
  await expect(panel.locator('.partial-fields')).toContainText('invaliduser');
});

test('binary success bodies, WeCom header codes and WeChat Pay answers are decoded', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
  await finish(
    { url: 'https://api.weixin.qq.com/wxa/getwxacodeunlimit?access_token=T', content: png, encoding: 'base64' },
    { url: 'https://api.mch.weixin.qq.com/v3/pay/transactions/jsapi', status: 401, content: '{"code":"SIGN_ERROR","message":"Authorization不合法"}' },
    { url: 'https://api.mch.weixin.qq.com/pay/unifiedorder', content: '<xml><return_code><![CDATA[SUCCESS]]></return_code><result_code><![CDATA[FAIL]]></result_code><err_code><![CDATA[ORDERPAID]]></err_code><err_code_des><![CDATA[该订单已支付]]></err_code_des></xml>' },
  );
  const qr = panel.locator('.c-endpoint', { hasText: 'getwxacodeunlimit' }).locator('..');
  await expect(qr).toHaveAttribute('data-state', 'ok');
  await expect(qr.locator('.c-meaning')).toContainText('png');
  await expect(qr.locator('[data-product]')).toHaveAttribute('data-product', 'miniprogram');
  await expect(panel.locator('.row[data-errcode="SIGN_ERROR"]')).toHaveAttribute('data-platform', 'pay');
  await expect(panel.locator('.row[data-errcode="SIGN_ERROR"] .c-meaning')).not.toHaveText(/knowledge base/);
  await expect(panel.locator('.row[data-errcode="ORDERPAID"]')).toHaveAttribute('data-state', 'error');
  await panel.locator('.row[data-errcode="SIGN_ERROR"]').click();
  await expect(panel.locator('.details .fixes li').first()).toBeVisible();
});
