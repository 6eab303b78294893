// UI check of tone-lint in the real workbench: the Community Kit sidebar with its rules, findings in
// the Problems panel, and the tone-guide playground flagging an off-brand reply (checked inside the
// webview's own frame). Saves screenshots for the README.
export default async function tone(ctx) {
  const { page } = ctx;
  await ctx.openActivity('Community Kit');
  await page.locator('.monaco-list-row', { hasText: 'North Roast' }).first().waitFor({ timeout: 60_000 });
  // The tree refreshes as the first findings arrive; a click that lands during a refresh can be lost,
  // so expand through the row's aria-expanded state, clicking again until it reports expanded.
  const banned = page.locator('.monaco-list-row[aria-expanded]', { hasText: 'banned' }).first();
  for (let i = 0; i < 5 && (await banned.getAttribute('aria-expanded')) !== 'true'; i++) {
    await banned.click();
    await page.waitForTimeout(500);
  }
  await page.locator('.monaco-list-row', { hasText: 'en.insults' }).first().waitFor({ timeout: 20_000 });
  await ctx.openFile('.community/replies/offbrand.md');
  await ctx.runCommand('Problems: Focus on Problems View');
  const markers = page.locator('.markers-panel .monaco-list-row');
  await markers.filter({ hasText: 'reads as shouting' }).first().waitFor({ timeout: 30_000 });
  const rows = (await markers.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
  if (!rows.some((r) => /ru\.condescension/.test(r))) throw new Error(`Problems panel lacks ru.condescension: ${rows.join(' | ')}`);
  await ctx.screenshot('tone-sidebar-problems');

  await ctx.runCommand('Community Kit: Open Tone Guide');
  const frame = await ctx.webviewFrame('#playground', 60_000);
  const card = await frame.locator('#voice-card h1').innerText();
  if (card !== 'North Roast') throw new Error(`voice card shows ${card}`);
  // type an off-brand reply; <script> must stay text
  const reply = 'Dear customer, you are WRONG!!! <script>document.title="pwned"</script>';
  await frame.locator('#reply').click();
  await page.keyboard.type(reply, { delay: 2 });
  await frame.locator('#findings .finding[data-rule="en.shouting"]').waitFor({ timeout: 30_000 });
  const marks = await frame.locator('#highlight mark.sev-error').allInnerTexts();
  if (!marks.some((m) => m.includes('WRONG'))) throw new Error(`highlighted ${marks.join(' | ')}`);
  const scripts = await frame.locator('#highlight script').count();
  if (scripts !== 0) throw new Error('user text became markup');
  if (!(await frame.locator('#highlight').innerText()).includes('<script>')) throw new Error('the script tag is not shown as text');
  await ctx.screenshot('tone-guide-playground');
  ctx.log('playground flags', await frame.locator('#findings .finding').count(), 'findings');
}
