// All response files of the workspace, parsed once and kept current (file watcher + open editors),
// for the tree, Insert Reply, the preview and cross-file checks such as duplicate ids.
import * as vscode from 'vscode';
import { duplicateIdsAcross, parseMatrix, type MatrixFile, type ResponseEntry } from '../../core/responses/matrix';

export const RESPONSES_GLOB = '**/.community/responses/**/*.{yaml,yml}';

export class MatrixIndex implements vscode.Disposable {
  private readonly files = new Map<string, MatrixFile>();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private loading: Promise<void> | undefined;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(RESPONSES_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((u) => void this.readFile(u)),
      watcher.onDidChange((u) => void this.readFile(u)),
      watcher.onDidDelete((u) => {
        this.files.delete(u.toString());
        this.emitter.fire();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!MatrixIndex.isMatrix(e.document.uri)) return;
        // Typing in a large matrix: re-index once the typing pauses, not on every keystroke.
        const key = e.document.uri.toString();
        clearTimeout(this.timers.get(key));
        this.timers.set(key, setTimeout(() => {
          this.timers.delete(key);
          this.update(e.document.uri, e.document.getText());
        }, 400));
      }),
    );
  }

  static isMatrix(uri: vscode.Uri): boolean {
    return /\/\.community\/responses\/.*\.ya?ml$/.test(uri.path);
  }

  ready(): Promise<void> {
    return (this.loading ??= this.loadAll());
  }

  private async loadAll(): Promise<void> {
    const uris = await vscode.workspace.findFiles(RESPONSES_GLOB, '**/node_modules/**');
    await Promise.all(uris.map((u) => this.readFile(u, false)));
    this.emitter.fire();
  }

  private async readFile(uri: vscode.Uri, fire = true): Promise<void> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    this.update(uri, text, fire);
  }

  update(uri: vscode.Uri, text: string, fire = true): void {
    this.files.set(uri.toString(), parseMatrix(text, vscode.workspace.asRelativePath(uri, false)));
    if (fire) this.emitter.fire();
  }

  entries(): { entry: ResponseEntry; uri: vscode.Uri }[] {
    return [...this.files].flatMap(([u, f]) => f.entries.map((entry) => ({ entry, uri: vscode.Uri.parse(u) })));
  }

  fileOf(uri: vscode.Uri): MatrixFile | undefined {
    return this.files.get(uri.toString());
  }

  /** Problems of a file that need the other files: ids used in more than one file. */
  crossFileProblems(path: string) {
    return duplicateIdsAcross([...this.files.values()]).get(path) ?? [];
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
