// tone-lint on the peer benchmark's YAML replies (`- id: rN` / `reply: |` items): YAML parsed with
// positions, every reply linted and mapped back into the file.
import { lint, version } from './common.mjs';

export const format = 'yaml';
export { version };
export const setup = () => lint('bench.yaml');
export const cli = (file) => ['node', new URL('../../dist/cli.js', import.meta.url).pathname, '--quiet', file];
