// Messages between the interview kit webview and the extension host.
export interface KitRow {
  id: string;
  question: string;
  minutes: number;
  rubric: { score: number; text: string }[];
  score?: number;
  notes?: string;
  /** The competencies the question probes, by name in the kit's language (for the live summary). */
  competencies: string[];
}

export interface KitModel {
  /** The kit file, kept in the webview's state so the panel can be revived after a reload. */
  kitUri: string;
  title: string;
  rows: KitRow[];
  recommendation?: string;
  labels: Record<string, string>;
}

export type KitHostMessage = { type: 'init'; model: KitModel } | { type: 'saved'; what: 'kit' | 'scorecard' };
export type KitWebviewMessage =
  | { type: 'ready' }
  | { type: 'saveKit'; rows: { id: string; minutes: number }[] }
  | { type: 'saveScorecard'; rows: { id: string; score?: number; notes?: string }[]; recommendation?: string };
