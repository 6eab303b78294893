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
}
