// Reading workspace files as the user sees them: an open document's text (unsaved edits included),
// else the file on disk.
import * as vscode from 'vscode';

/** The open TextDocument of a file, if VS Code has one (without opening it). */
export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

/** The file's text as the editor has it, else as on disk; undefined when it cannot be read. */
export async function currentText(uri: vscode.Uri): Promise<string | undefined> {
  const open = openDocument(uri);
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
