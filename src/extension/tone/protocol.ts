// The typed messages between the tone-guide webview and the extension host. The webview never lints
// or renders templates itself: it sends text, the host answers with findings.
import type { CommenterType, Lang, Severity } from '../../core/types';

export interface VoiceCard {
  name: string;
  summary: string;
  attributes: { name: string; description: string }[];
  examples: { situation: string; do: string; dont: string; why: string }[];
}

export interface PlaygroundFinding {
  start: number;
  end: number;
  rule: string;
  severity: Severity;
  message: string;
}

export interface ChannelLength {
  channel: string;
  length: number;
  limit: number;
}

/** What the webview keeps across reloads (vscode.getState/setState). */
export interface PlaygroundState {
  text: string;
  lang: Lang | 'auto';
  channel: string;
  commenter: CommenterType | '';
}

export type HostMessage =
  | { type: 'init'; voice: VoiceCard; channels: { id: string; limit: number }[]; labels: Record<string, string> }
  | { type: 'result'; requestId: number; findings: PlaygroundFinding[]; lengths: ChannelLength[]; lang: Lang };

export type WebviewMessage = { type: 'ready' } | { type: 'lint'; requestId: number; state: PlaygroundState };
