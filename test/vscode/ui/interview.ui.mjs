// UI check: the Interview Questions tree, grouped by category, with a question's tooltip.
export default async function interview(ctx) {
  const { page } = ctx;
  await ctx.openActivity('Community Kit');
  for (const title of ['Tone Of Voice', 'Responses', 'Etiquette']) {
    const header = page.locator('.pane-header', { hasText: title }).first();
    if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
  }
  const header = page.locator('.pane-header', { hasText: 'Interview Questions' }).first();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  const group = page.locator('.monaco-list-row', { hasText: 'Events and meetups' }).first();
  await group.waitFor({ timeout: 60_000 });
  await group.click();
  const q = page.locator('.monaco-list-row', { hasText: 'organise a meetup' }).first();
  await q.waitFor({ timeout: 20_000 });
  await q.hover();
  await page.locator('.monaco-hover, .custom-hover, .workbench-hover', { hasText: 'A strong answer' }).first().waitFor({ timeout: 20_000 }).catch(() => ctx.log('tooltip not captured'));
  await ctx.screenshot('interview-tree');
  await kitWebview(ctx);
}

export async function kitWebview(ctx) {
  const { page } = ctx;
  const { readFileSync } = await import('node:fs');
  await ctx.runCommand('Community Kit: Open Interview Kit');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'friday.kit.yaml' }).first().waitFor({ timeout: 20_000 });
  await page.keyboard.type('friday');
  await page.keyboard.press('Enter');
  const frame = await ctx.webviewFrame('.kit-row', 60_000);
  const total = await frame.locator('#total').innerText();
  if (!/10/.test(total)) throw new Error(`total: ${total}`);
  await frame.locator('.kit-row .score', { hasText: '5' }).first().click();
  // the live summary: the first question probes crisis communication, now scored 5
  const summary = await frame.locator('#competencies').innerText();
  if (!/Crisis communication\s+5/.test(summary)) throw new Error(`competency summary: ${summary}`);
  await frame.locator('.kit-row .notes').first().fill('Calm and <b>clear</b>');
  await frame.locator('#recommendation').selectOption('strong-yes');
  await frame.locator('.save-scorecard').click();
  await frame.locator('.status', { hasText: /Saved/ }).waitFor({ timeout: 20_000 });
  const card = readFileSync(`${ctx.workspace}/.community/interview/kits/friday.scorecard.yaml`, 'utf8');
  if (!/score: 5/.test(card) || !/notes: "Calm and <b>clear<\/b>"/.test(card) || !/recommendation: strong-yes/.test(card)) throw new Error(`scorecard:\n${card}`);
  await ctx.screenshot('interview-kit-webview');
}
