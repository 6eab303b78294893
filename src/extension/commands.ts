// Every command id of the extension, in one table. package.json's `contributes.commands` and the
// registered handlers must match it (a test checks both directions).
export const COMMANDS = {
  lintWorkspace: 'communityKit.lintWorkspace',
  checkReply: 'communityKit.checkReply',
  showProblems: 'communityKit.showProblems',
  openToneGuide: 'communityKit.openToneGuide',
  toneRefresh: 'communityKit.tone.refresh',
  changeSeverity: 'communityKit.tone.changeSeverity',
  openRule: 'communityKit.openRule',
  addToAllowList: 'communityKit.addToAllowList',
  createKit: 'communityKit.createKit',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];
