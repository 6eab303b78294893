// Create Community Kit: writes a complete starter kit (voice guide, response matrix, etiquette doc
// and ladder, interview bank) in Russian, English or both into a folder, never overwriting a file:
// existing ones are skipped, or receive only the entries they do not have yet (merge).
import * as vscode from 'vscode';
import { currentText } from '../util/files';
import { planStarterKit, starterFilesFor, type StarterFiles, type StarterLang } from '../../core/kit/starter';
import enEtiquette from '../../../examples/en/.community/etiquette.md';
import enBank from '../../../examples/en/.community/interview/bank.yaml';
import enCommunity from '../../../examples/en/.community/responses/community.yaml';
import enOrders from '../../../examples/en/.community/responses/orders.yaml';
import enPrices from '../../../examples/en/.community/responses/prices.yaml';
import enThanks from '../../../examples/en/.community/responses/thanks.yaml';
import enVoice from '../../../examples/en/.community/voice.yaml';
import ruEtiquette from '../../../examples/ru/.community/etiquette.md';
import ruBank from '../../../examples/ru/.community/interview/bank.yaml';
import ruCommunity from '../../../examples/ru/.community/responses/community.yaml';
import ruOrders from '../../../examples/ru/.community/responses/orders.yaml';
import ruPrices from '../../../examples/ru/.community/responses/prices.yaml';
import ruThanks from '../../../examples/ru/.community/responses/thanks.yaml';
import ruVoice from '../../../examples/ru/.community/voice.yaml';

const FILES: StarterFiles = {
  ru: { '.community/voice.yaml': ruVoice, '.community/etiquette.md': ruEtiquette, '.community/responses/thanks.yaml': ruThanks, '.community/responses/orders.yaml': ruOrders, '.community/responses/prices.yaml': ruPrices, '.community/responses/community.yaml': ruCommunity, '.community/interview/bank.yaml': ruBank },
  en: { '.community/voice.yaml': enVoice, '.community/etiquette.md': enEtiquette, '.community/responses/thanks.yaml': enThanks, '.community/responses/orders.yaml': enOrders, '.community/responses/prices.yaml': enPrices, '.community/responses/community.yaml': enCommunity, '.community/interview/bank.yaml': enBank },
};

export interface CreateKitArgs {
  lang: StarterLang;
  folder: vscode.Uri;
  mode?: 'merge' | 'skip';
}

export async function createCommunityKit(args?: CreateKitArgs): Promise<{ created: number; merged: number; skipped: number } | undefined> {
  let lang = args?.lang;
  if (!lang) {
    const pick = await vscode.window.showQuickPick(
      [
        { label: vscode.l10n.t('Russian'), value: 'ru' as const },
        { label: vscode.l10n.t('English'), value: 'en' as const },
        { label: vscode.l10n.t('Russian and English'), value: 'both' as const },
      ],
      { title: vscode.l10n.t('Create Community Kit: language') },
    );
    lang = pick?.value;
  }
  if (!lang) return undefined;
  let folder = args?.folder;
  if (!folder) {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 1) folder = folders[0]!.uri;
    else {
      const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, title: vscode.l10n.t('Folder for the kit'), defaultUri: folders[0]?.uri });
      folder = picked?.[0];
    }
  }
  if (!folder) return undefined;
  const wanted = starterFilesFor(FILES, lang);
  const existing = new Map<string, string>();
  for (const path of Object.keys(wanted)) {
    // an open file as the editor has it (unsaved edits included), else as on disk; none: created
    const text = await currentText(vscode.Uri.joinPath(folder, path));
    if (text !== undefined) existing.set(path, text);
  }
  let mode = args?.mode;
  if (existing.size && !mode) {
    const merge = vscode.l10n.t('Add missing entries');
    const skip = vscode.l10n.t('Skip existing files');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} of the kit files already exist. Nothing is ever overwritten: add only the entries they lack, or leave them as they are?', existing.size),
      { modal: true },
      merge,
      skip,
    );
    if (!answer) return undefined;
    mode = answer === merge ? 'merge' : 'skip';
  }
  const plan = planStarterKit(wanted, existing, mode ?? 'merge');
  const edit = new vscode.WorkspaceEdit();
  const toSave: vscode.TextDocument[] = [];
  for (const p of plan) {
    const uri = vscode.Uri.joinPath(folder, p.path);
    if (p.action === 'create') edit.createFile(uri, { contents: new TextEncoder().encode(p.content), ignoreIfExists: true });
    else if (p.action === 'merge') {
      const doc = await vscode.workspace.openTextDocument(uri);
      // The entries were planned against the text read above: if it changed meanwhile, leave the file.
      if (doc.getText() !== existing.get(p.path)) {
        p.action = 'skip';
        continue;
      }
      edit.insert(uri, doc.lineAt(doc.lineCount - 1).range.end, p.content);
      // a file with unsaved edits of the user's stays unsaved: saving it would save their edits too
      if (!doc.isDirty) toSave.push(doc);
    }
  }
  await vscode.workspace.applyEdit(edit);
  for (const doc of toSave) await doc.save();
  const result = { created: plan.filter((p) => p.action === 'create').length, merged: plan.filter((p) => p.action === 'merge').length, skipped: plan.filter((p) => p.action === 'skip').length };
  if (!args) {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, '.community/voice.yaml'));
    await vscode.window.showTextDocument(doc);
    void vscode.window.showInformationMessage(vscode.l10n.t('Community kit ready: {0} files created, {1} merged, {2} left as they were.', result.created, result.merged, result.skipped));
  }
  return result;
}
