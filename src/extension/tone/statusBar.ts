// The status-bar item: tone findings in the workspace; a click opens the Problems panel.
import * as vscode from 'vscode';
import { COMMANDS } from '../commands';
import type { ToneDiagnostics } from './diagnostics';

export class ToneStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('communityKit.status', vscode.StatusBarAlignment.Left, 50);
  private readonly sub: vscode.Disposable;

  constructor(private readonly diagnostics: ToneDiagnostics) {
    this.item.name = vscode.l10n.t('Community Kit tone findings');
    this.item.command = COMMANDS.showProblems;
    this.sub = diagnostics.onDidUpdate(() => this.update());
    this.update();
    this.item.show();
  }

  update(): void {
    let errors = 0;
    let warnings = 0;
    this.diagnostics.collection.forEach((_uri, diags) => {
      for (const d of diags) {
        if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
        else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
      }
    });
    this.item.text = `$(comment-discussion) ${errors} $(warning) ${warnings}`;
    this.item.tooltip = vscode.l10n.t('Tone: {0} errors, {1} warnings. Click to open the Problems panel.', errors, warnings);
    this.item.backgroundColor = errors ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  }

  dispose(): void {
    this.sub.dispose();
    this.item.dispose();
  }
}
