// UI check: the Etiquette tree (rules and the ladder) and the hover on a rule id in a response entry.
export default async function etiquette(ctx) {
  const { page } = ctx;
  await ctx.openActivity('Community Kit');
  // collapse the other views so the Etiquette view has room
  for (const title of ['Tone Of Voice', 'Responses', 'Interview Questions']) {
    const header = page.locator('.pane-header', { hasText: title }).first();
    if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
  }
  const header = page.locator('.pane-header', { hasText: 'Etiquette' }).first();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  await page.locator('.monaco-list-row', { hasText: 'No personal attacks' }).first().waitFor({ timeout: 60_000 });
  await page.locator('.monaco-list-row', { hasText: 'Temporary block' }).first().waitFor({ timeout: 10_000 });
  await ctx.openFile('.community/responses/orders.yaml');
  // Go to the rule id on line 18; keys typed before the palette switches to line mode are lost, so
  // check the cursor in the status bar and try again
  const at = page.locator('.statusbar-item', { hasText: 'Ln 18, Col 19' });
  for (let i = 0; i < 4 && !(await at.count()); i++) {
    await ctx.runCommand('Go to Line/Column...');
    await page.waitForTimeout(400);
    await page.keyboard.type('18:19');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(400);
  }
  await at.first().waitFor({ timeout: 10_000 });
  const hover = page.locator('.monaco-hover', { hasText: 'Respect each other' }).first();
  for (let i = 0; i < 3; i++) {
    await ctx.runCommand('Show or Focus Hover');
    if (await hover.waitFor({ timeout: 8_000 }).then(() => true, () => false)) break;
  }
  await hover.waitFor({ timeout: 10_000 });
  await ctx.screenshot('etiquette-tree-hover');
}
