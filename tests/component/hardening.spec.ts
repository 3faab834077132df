import { PLACEMENTS } from '../fixtures/secrets/placements';
import { expect, test } from '../support/component-fixture';

test('JSON nested 600 deep still shows in the Response tab, and integers beyond 2^53 keep their digits', async ({ openPanel }) => {
  const { panel, finish } = await openPanel();
  const deep = `${'['.repeat(600)}1${']'.repeat(600)}`;
  await finish({ url: 'https://api.weixin.qq.com/cgi-bin/message/mass/send?access_token=T', content: `{"errcode":0,"errmsg":"ok","msg_id":12345678901234567890123,"msg_data_id":2247483647000000001,"deep":${deep}}` });
  await panel.locator('.row[data-index="0"]').click();
  await panel.getByRole('tab', { name: 'Response' }).click();
  const tree = panel.locator('.json-tree');
  await expect(tree).toBeVisible();
  await expect(tree).toContainText('12345678901234567890123');
  await expect(tree).toContainText('2247483647000000001');
  // The deep branch is collapsed past 64 levels instead of blanking the tab.
  await panel.evaluate(() => document.querySelectorAll('.json-tree details').forEach((d) => d.setAttribute('open', '')));
  await expect(panel.locator('.json-too-deep')).toHaveCount(1);
  await panel.getByRole('button', { name: 'Raw' }).click();
  await expect(panel.locator('.body-raw')).toContainText('"msg_id": 12345678901234567890123');
});

test('no secret of the placements corpus shows in the list or any details tab', async ({ openPanel }) => {
  test.setTimeout(180_000);
  const { panel, finish } = await openPanel();
  const secrets = PLACEMENTS.map((p, i) => (p.kind === 'digits' ? `${9100000000000000 + i}` : p.kind === 'long' ? `L${String(i).padStart(3, '0')}${'q7Z_'.repeat(30)}` : `PanelSecret${String(i).padStart(3, '0')}abcdefghij`));
  const t0 = Date.parse('2026-11-21T10:00:00Z');
  await finish(...PLACEMENTS.map((p, i) => ({ ...p.plant(secrets[i]!), startedDateTime: new Date(t0 + i * 1000).toISOString() })));
  const rows = panel.locator('.row[data-index]');
  const seen: string[] = [];
  const leaks = (text: string) => secrets.filter((s) => text.includes(s));
  await expect(panel.locator('.count-calls')).toContainText(String(PLACEMENTS.length));
  await rows.first().click();
  for (let i = 0; i < PLACEMENTS.length; i++) {
    if (i > 0) {
      // The list is virtualised: the keyboard walks it.
      await panel.locator('.grid').focus();
      await panel.keyboard.press('ArrowDown');
    }
    for (const tab of ['Diagnosis', 'Request', 'Response', 'Headers', 'Timing']) {
      await panel.locator('.details').getByRole('tab', { name: tab }).click();
      const text = await panel.evaluate(() => {
        const titles = [...document.querySelectorAll('[title]')].map((e) => e.getAttribute('title') ?? '');
        return `${document.body.innerText}\n${titles.join('\n')}`;
      });
      const found = leaks(text);
      if (found.length > 0) seen.push(`${PLACEMENTS[secrets.indexOf(found[0]!)]?.id} in ${tab}`);
    }
  }
  expect(seen).toEqual([]);
  await expect(panel.locator('.row.selected')).toHaveAttribute('aria-rowindex', String(PLACEMENTS.length + 1));
});
