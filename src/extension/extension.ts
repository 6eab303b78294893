// Entry point of the extension: it only wires the feature folders together.
import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Features are registered here as they land (tone, responses, etiquette, interview).
}

export function deactivate(): void {}
