// The extension's settings, read in one place: unknown values become typed ones with defaults, and
// they are read again whenever the configuration changes.
import * as vscode from 'vscode';
import { COMMENTER_TYPES, type CommenterType } from '../core/types';

export interface Settings {
  toneEnable: boolean;
  toneInclude: string[];
  debounceMs: number;
  defaultChannel: string | undefined;
  defaultCommenter: CommenterType | undefined;
}

const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('communityKit', scope);
  const debounce = c.get<unknown>('tone.debounceMs');
  const channel = c.get<unknown>('tone.defaultChannel');
  const commenter = c.get<unknown>('tone.defaultCommenter');
  return {
    toneEnable: c.get<unknown>('tone.enable') !== false,
    toneInclude: strings(c.get<unknown>('tone.include')),
    debounceMs: typeof debounce === 'number' && debounce >= 0 && debounce <= 5000 ? debounce : 250,
    defaultChannel: typeof channel === 'string' && channel ? channel : undefined,
    defaultCommenter: typeof commenter === 'string' && (COMMENTER_TYPES as readonly string[]).includes(commenter) ? (commenter as CommenterType) : undefined,
  };
}
