// Command-line arguments of tone-lint, parsed by hand (a handful of options, no dependency needed).
import { COMMENTER_TYPES, type CommenterType, type Lang } from '../core/types';
import type { Messages } from './messages';

export interface CliArgs {
  paths: string[];
  stdin: boolean;
  config?: string;
  lang?: Lang | 'auto';
  channel?: string;
  commenter?: CommenterType;
  format: 'text' | 'json' | 'sarif';
  fix: boolean;
  quiet: boolean;
  maxWarnings?: number;
  locale?: string;
  color: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], m: Messages): CliArgs {
  const a: CliArgs = { paths: [], stdin: false, format: 'text', fix: false, quiet: false, color: true, help: false, version: false };
  const oneOf = <T extends string>(opt: string, v: string, allowed: readonly T[]): T => {
    if (!(allowed as readonly string[]).includes(v)) throw new UsageError(m.badValue(opt, v, allowed.join(', ')));
    return v as T;
  };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i] as string;
    let inline: string | undefined;
    if (arg.startsWith('--') && arg.includes('=')) {
      inline = arg.slice(arg.indexOf('=') + 1);
      arg = arg.slice(0, arg.indexOf('='));
    }
    const value = () => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined || (v.startsWith('-') && v !== '-')) throw new UsageError(m.needsValue(arg));
      return v;
    };
    switch (arg) {
      case '-':
        a.stdin = true;
        break;
      case '--config':
        a.config = value();
        break;
      case '--lang':
        a.lang = oneOf(arg, value(), ['ru', 'en', 'auto'] as const);
        break;
      case '--channel':
        a.channel = value().toLowerCase();
        break;
      case '--commenter':
        a.commenter = oneOf(arg, value(), COMMENTER_TYPES);
        break;
      case '--format':
      case '-f':
        a.format = oneOf(arg, value(), ['text', 'json', 'sarif'] as const);
        break;
      case '--fix':
        a.fix = true;
        break;
      case '--quiet':
      case '-q':
        a.quiet = true;
        break;
      case '--max-warnings': {
        const v = value();
        if (!/^\d+$/.test(v)) throw new UsageError(m.badValue(arg, v, '0, 1, 2, ...'));
        a.maxWarnings = Number(v);
        break;
      }
      case '--locale':
        a.locale = value();
        break;
      case '--no-color':
        a.color = false;
        break;
      case '--help':
      case '-h':
        a.help = true;
        break;
      case '--version':
      case '-v':
        a.version = true;
        break;
      default:
        if (arg.startsWith('-')) throw new UsageError(m.unknownOption(arg));
        a.paths.push(arg);
    }
  }
  return a;
}
