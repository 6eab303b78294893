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
}
