// Entry point of the extension: it only wires the feature folders together.
import * as vscode from 'vscode';
import { KitService } from './kit/kitService';
import { ToneCodeActions } from './tone/codeActions';
import { registerToneCommands } from './tone/commands';
import { ToneDiagnostics } from './tone/diagnostics';
import { ToneGuidePanel, ToneGuideSerializer } from './tone/guidePanel';
import { ToneStatusBar } from './tone/statusBar';
import { ToneTree } from './tone/toneTree';
import { COMMANDS } from './commands';
import { createCommunityKit } from './kit/createKit';
import { registerResponses, type ResponsesFeature } from './responses';
import { registerEtiquette, type EtiquetteIndex } from './etiquette';
import { registerInterview, type InterviewTree } from './interview';

/** What activate() returns: the services, for the integration tests and for other extensions. */
const loadedAt = performance.now();

export interface CommunityKitApi {
  /** How long activate() took, from this module's load (for the benchmark). */
  timings: { activateMs: number };
  kits: KitService;
  tone: ToneDiagnostics;
  toneTree: ToneTree;
  responses: ResponsesFeature;
  etiquette: EtiquetteIndex;
  interview: InterviewTree;
}

export function activate(context: vscode.ExtensionContext): CommunityKitApi {
  const kits = new KitService();
  const tone = new ToneDiagnostics(kits);
  const tree = new ToneTree(kits, tone);
  context.subscriptions.push(
    kits,
    tone,
    tree,
    new ToneStatusBar(tone),
    vscode.window.registerTreeDataProvider('communityKit.tone', tree),
    vscode.languages.registerCodeActionsProvider([{ language: 'yaml' }, { language: 'markdown' }, { language: 'plaintext' }], new ToneCodeActions(tone, kits), ToneCodeActions.metadata),
    vscode.window.registerWebviewPanelSerializer(ToneGuidePanel.viewType, new ToneGuideSerializer(context.extensionUri, kits)),
    vscode.commands.registerCommand(COMMANDS.openToneGuide, () => ToneGuidePanel.createOrShow(context.extensionUri, kits)),
    vscode.commands.registerCommand(COMMANDS.toneRefresh, () => kits.reload()),
    vscode.commands.registerCommand(COMMANDS.createKit, (args?: Parameters<typeof createCommunityKit>[0]) => createCommunityKit(args)),
  );
  registerToneCommands(context, kits, tone);
  const responses = registerResponses(context, kits, tone);
  const etiquette = registerEtiquette(context, kits);
  const interview = registerInterview(context);
  tone.kitIndex = {
    crossFileProblems: (path) => responses.index.crossFileProblems(path),
    get etiquetteIds() {
      return etiquette.all().length ? etiquette.ids() : undefined;
    },
    get questionIds() {
      return interview.banks.size ? new Set(interview.questions().map((x) => x.q.id)) : undefined;
    },
  };
  responses.index.onDidChange(() => tone.lintOpenDocuments());
  etiquette.onDidChange(() => tone.lintOpenDocuments());
  void kits.reload();
  return { kits, tone, toneTree: tree, responses, etiquette, interview, timings: { activateMs: performance.now() - loadedAt } };
}

export function deactivate(): void {}
