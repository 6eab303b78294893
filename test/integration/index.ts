// The integration-test entry, on the @vscode/test-electron contract: VS Code loads this module in the
// extension host and awaits run(). Every compiled *.test.js beside it is a mocha (tdd) suite; the
// *.untrusted.js ones run in a second window where the folder is not trusted.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000 });
  const grep = process.env.COMMUNITY_KIT_GREP;
  if (grep) mocha.grep(grep);
  // COMMUNITY_KIT_SUITE=untrusted runs the *.untrusted.js suites instead (a window with workspace trust on)
  const suffix = process.env.COMMUNITY_KIT_SUITE === 'untrusted' ? '.untrusted.js' : '.test.js';
  for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith(suffix)) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures) reject(new Error(`${failures} integration tests failed`));
      else resolve();
    });
    runner.on('pass', (t) => console.log(`✔ ${t.fullTitle()}`));
    runner.on('fail', (t, err: Error) => console.log(`✖ ${t.fullTitle()}: ${err.stack ?? err.message}`));
  });
}
