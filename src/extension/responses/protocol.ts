// Messages between the response preview webview and the extension host. Templates are rendered in
// the host (never in the webview, which would need unsafe-eval); the page only shows the results.
import type { Severity } from '../../core/types';

export interface PreviewVariant {
  lang: string;
  text: string;
  error?: string;
  findings: { start: number; end: number; rule: string; severity: Severity; message: string }[];
  lengths: { channel: string; length: number; limit: number }[];
}

export interface PreviewModel {
  id: string;
  title: string;
  meta: string[];
  variants: PreviewVariant[];
  labels: Record<string, string>;
}

export type PreviewHostMessage = { type: 'show'; model: PreviewModel };
export type PreviewWebviewMessage = { type: 'ready' };
