// UI check: the Responses tree in the sidebar and the reply preview webview (rendered reply, length
// meters, findings), checked inside the webview frame; screenshots for the README.
export default async function responses(ctx) {
  const { page } = ctx;
  await ctx.openActivity('Community Kit');
  const row = page.locator('.monaco-list-row', { hasText: 'Where is my order' }).first();
  await row.waitFor({ timeout: 60_000 });
  await ctx.runCommand('Community Kit: Preview Reply');
  const input = page.locator('.quick-input-widget input');
  await input.fill('где заказ');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'order-where' }).first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
  const frame = await ctx.webviewFrame('.variant', 60_000);
  const ru = await frame.locator('.variant[data-lang="ru"] .rendered').innerText();
  if (!ru.startsWith('Sam, давайте проверим!')) throw new Error(`rendered: ${ru}`);
  const meters = await frame.locator('.variant[data-lang="en"] .meter').count();
  if (meters !== 2) throw new Error(`expected meters for x and telegram, got ${meters}`);
  await ctx.screenshot('responses-preview');

  // Hostile text in an entry: the preview shows it as text, nothing executes, no element is created.
  // Clicking the entry in the tree opens it in the editor, which takes the focus back from the webview.
  await page.locator('.monaco-list-row', { hasText: 'onerror' }).first().click();
  await page.locator('.tab', { hasText: 'orders.yaml' }).first().waitFor({ timeout: 20_000 });
  await ctx.runCommand('Community Kit: Preview Reply');
  await page.locator('.quick-input-widget input').fill('hostile');
  const hostileRow = page.locator('.quick-input-list .monaco-list-row', { hasText: 'hostile' }).first();
  await hostileRow.waitFor({ timeout: 20_000 });
  await hostileRow.click();
  const f2 = await ctx.webviewFrame('.variant .rendered', 30_000);
  await f2.locator('h1.title', { hasText: 'Hostile' }).waitFor({ timeout: 20_000 });
  const counts = await f2.evaluate(() => ({ script: document.querySelectorAll('main script, main img, main a, main b').length, title: document.title }));
  if (counts.script !== 0 || counts.title === 'pwned') throw new Error(`hostile text became markup: ${JSON.stringify(counts)}`);
  const shown = await f2.locator('.variant .rendered').first().innerText();
  if (!shown.includes("<script>document.title='pwned'</script>") || !shown.includes('<b>Sam</b>')) throw new Error(`not shown as text: ${shown}`);
  if (!(await f2.locator('h1.title').innerText()).includes('<img src=x onerror=alert(1)>')) throw new Error('title not shown as text');
}
