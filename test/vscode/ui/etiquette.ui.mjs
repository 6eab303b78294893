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
  await ctx.runCommand('Go to Line/Column...');
  await page.keyboard.type('18:19');
  await page.keyboard.press('Enter');
  await ctx.runCommand('Show or Focus Hover');
  await page.locator('.monaco-hover', { hasText: 'Respect each other' }).first().waitFor({ timeout: 20_000 });
  await ctx.screenshot('etiquette-tree-hover');
}
