// tone-lint on the peer benchmark's Russian corpus (plain text, one fortune per paragraph).
import { lint, version } from './common.mjs';

export const format = 'ru';
export { version };
export const setup = () => lint('bench.txt');
export const cli = (file) => ['node', new URL('../../dist/cli.js', import.meta.url).pathname, '--quiet', file];
