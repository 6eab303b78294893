// Quick fixes for tone findings, in the order markdownlint made familiar: the rule's own fix
// (preferred) and its alternatives, fix all of this rule in the file, disable the rule for this line,
// allow the word in the guide, open the rule's definition; plus source.fixAll for fix-on-save.
import * as vscode from 'vscode';
import { applyFixes } from '../../core/engine/fix';
import type { Fix } from '../../core/types';
import { COMMANDS } from '../commands';
import { KitDiagnostic, ruleOf, SOURCE, toRange } from '../util/convert';
import type { KitService } from '../kit/kitService';
import type { ToneDiagnostics } from './diagnostics';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('communityKit');

/**
 * The comment that disables a rule for a line, in the syntax of the file. Inside a YAML block scalar
 * (`reply: |`) a comment line would become part of the text, so it goes above the key that owns the
 * block instead (a disable-next-line there covers the lines indented under it).
 */
export function disableComment(doc: vscode.TextDocument, line: number, rule: string): { at: vscode.Position; text: string } {
  const isYaml = doc.languageId === 'yaml' || /\.ya?ml$/.test(doc.uri.path);
  let target = line;
  if (isYaml) {
    const indentOf = (l: number) => doc.lineAt(l).firstNonWhitespaceCharacterIndex;
    const own = indentOf(line);
    for (let l = line - 1; l >= 0; l--) {
      const text = doc.lineAt(l).text;
      if (!text.trim()) continue;
      if (indentOf(l) < own) {
        if (/:\s*[|>][-+0-9]*\s*(#.*)?$/.test(text)) target = l;
        break;
      }
    }
  }
  const t = doc.lineAt(target);
  const indent = t.text.slice(0, t.firstNonWhitespaceCharacterIndex);
  const body = `tone-lint-disable-next-line ${rule}`;
  const text = isYaml ? `${indent}# ${body}\n` : doc.languageId === 'markdown' || /\.(md|markdown)$/.test(doc.uri.path) ? `${indent}<!-- ${body} -->\n` : `${indent}// ${body}\n`;
  return { at: new vscode.Position(target, 0), text };
}

function edit(doc: vscode.TextDocument, fixes: Fix[]): vscode.WorkspaceEdit {
  const e = new vscode.WorkspaceEdit();
  for (const f of fixes) e.replace(doc.uri, toRange(doc, f.start, f.end), f.replacement);
  return e;
}

export class ToneCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND] };

  constructor(
    private readonly diagnostics: ToneDiagnostics,
    private readonly kits: KitService,
  ) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const only = context.only;
    // source.fixAll.communityKit, and also plain source.fixAll (codeActionsOnSave, the Fix All command)
    if (only && (FIX_ALL_KIND.contains(only) || only.contains(FIX_ALL_KIND))) return this.fixAll(doc);
    if (only && !vscode.CodeActionKind.QuickFix.contains(only) && !only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const actions: vscode.CodeAction[] = [];
    // Fixes carry offsets of the text that was linted: if the document changed since (typing within
    // the debounce), lint it now and offer the fresh findings at this range instead of stale ones.
    const stale = this.ensureFresh(doc);
    const all = this.diagnostics.collection.get(doc.uri) ?? [];
    const ours = stale ? all.filter((d) => d.range.intersection(range) !== undefined) : context.diagnostics.filter((d) => d.source === SOURCE);
    for (const d of ours) {
      const finding = d instanceof KitDiagnostic ? d.finding : (all.find((x) => x.range.isEqual(d.range) && x.message === d.message) as KitDiagnostic | undefined)?.finding;
      const rule = ruleOf(d) ?? finding?.rule;
      if (!rule) continue;
      if (finding?.fix) {
        const a = new vscode.CodeAction(finding.fix.replacement ? vscode.l10n.t('Replace with “{0}”', finding.fix.replacement) : vscode.l10n.t('Remove “{0}”', doc.getText(d.range)), vscode.CodeActionKind.QuickFix);
        a.edit = edit(doc, [finding.fix]);
        a.diagnostics = [d];
        a.isPreferred = true;
        actions.push(a);
      }
      for (const s of finding?.suggestions ?? []) {
        const a = new vscode.CodeAction(vscode.l10n.t('Replace with “{0}”', s.replacement), vscode.CodeActionKind.QuickFix);
        a.edit = edit(doc, [s]);
        a.diagnostics = [d];
        actions.push(a);
      }
      const sameRule = all.filter((x): x is KitDiagnostic => x instanceof KitDiagnostic && x.finding?.rule === rule && !!x.finding.fix);
      if (sameRule.length > 1) {
        const a = new vscode.CodeAction(vscode.l10n.t('Fix all “{0}” problems in this file', rule), vscode.CodeActionKind.QuickFix);
        a.edit = edit(doc, applyFixes(doc.getText(), sameRule.map((x) => x.finding!.fix!)).applied);
        a.diagnostics = [d];
        actions.push(a);
      }
      if (!rule.startsWith('kit/')) {
        const { at, text } = disableComment(doc, d.range.start.line, rule);
        const a = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this line', rule), vscode.CodeActionKind.QuickFix);
        a.edit = new vscode.WorkspaceEdit();
        a.edit.insert(doc.uri, at, text);
        a.diagnostics = [d];
        actions.push(a);
        const kind = this.kits.kitFor(doc.uri)?.config.rules.find((r) => r.id === rule)?.kind;
        if ((kind === 'banned' || kind === 'preferred' || kind === 'caps') && d.range.isSingleLine && !d.range.isEmpty) {
          const word = doc.getText(d.range);
          if (word.length <= 60 && !/\n/.test(word)) {
            const allow = new vscode.CodeAction(vscode.l10n.t('Allow “{0}” in the tone guide', word), vscode.CodeActionKind.QuickFix);
            allow.command = { command: COMMANDS.addToAllowList, title: allow.title, arguments: [doc.uri, word] };
            allow.diagnostics = [d];
            actions.push(allow);
          }
        }
        const open = new vscode.CodeAction(vscode.l10n.t('Open the definition of {0}', rule), vscode.CodeActionKind.QuickFix);
        open.command = { command: COMMANDS.openRule, title: open.title, arguments: [rule, doc.uri] };
        actions.push(open);
      }
    }
    return actions;
  }

  /** Lints the document now unless its last result is of exactly this text; true if it had to. */
  private ensureFresh(doc: vscode.TextDocument): boolean {
    // (code actions are asked for at every cursor move: files outside the kit cost nothing here)
    if (!this.kits.covers(doc) || this.diagnostics.resultFor(doc.uri)?.source === doc.getText()) return false;
    this.diagnostics.lintNow(doc);
    return true;
  }

  private fixAll(doc: vscode.TextDocument): vscode.CodeAction[] {
    this.ensureFresh(doc);
    const result = this.diagnostics.resultFor(doc.uri);
    const fixes = result?.findings.flatMap((f) => (f.fix ? [f.fix] : [])) ?? [];
    if (!fixes.length) return [];
    const a = new vscode.CodeAction(vscode.l10n.t('Fix all tone problems that can be fixed'), FIX_ALL_KIND);
    a.edit = edit(doc, applyFixes(doc.getText(), fixes).applied);
    return [a];
  }
}
