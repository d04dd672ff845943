// The suite's extensionTestsPath (dist/test/index.js): runs mocha over every *.test.js next to it.
// `npm run test:vscode` runs it inside code-server (test/e2e/runVscodeTests.mjs). On a desktop with
// internet, @vscode/test-electron runs the very same file after `npm run build`
// (`npm i --no-save @vscode/test-electron`; it downloads VS Code, which the CI machine cannot):
//   runTests({ extensionDevelopmentPath: repoRoot, extensionTestsPath: `${repoRoot}/dist/test/index.js`,
//              launchArgs: [copyOfSeeds], extensionTestsEnv: { POLICYLENS_TEST_WORKSPACE: copyOfSeeds } })
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000 });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} VS Code test(s) failed`)) : resolve()));
  });
}
