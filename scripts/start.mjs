// `npm start`: build, then open seeds/ in VS Code with the extension: a desktop `code` when one is
// on the PATH, otherwise code-server on 127.0.0.1 with the packaged extension installed, served
// until Ctrl+C. Its user data (settings, state) persists in node_modules/.cache/, which git, eslint
// and vsce all leave alone.
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { codeServerBin, installVsix, startCodeServer, workbenchUrl } from '../test/e2e/codeServer.mjs';

const root = path.join(import.meta.dirname, '..');
const seeds = path.join(root, 'seeds');
const dataDir = path.join(root, 'node_modules/.cache/policylens-code-server');

function run(command, args) {
  const status = spawnSync(command, args, { stdio: 'inherit', cwd: root }).status;
  if (status !== 0) process.exit(status ?? 1);
}

/** `port` when nothing listens on it, else 0: code-server then takes a free one. */
function freePort(port) {
  return new Promise((resolve) => {
    const probe = net.createServer()
      .once('error', () => resolve(0))
      .listen(port, '127.0.0.1', () => probe.close(() => resolve(port)));
  });
}

if (spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0) {
  run(process.execPath, ['esbuild.mjs']);
  run('code', [`--extensionDevelopmentPath=${root}`, seeds]);
  process.exit(0);
}

console.log('No desktop VS Code (`code`) on the PATH: serving VS Code from code-server instead.');
run('bash', ['test/e2e/install.sh']);
run('npm', ['run', '--silent', 'package']); // builds dist/ first (vscode:prepublish)
installVsix(codeServerBin(), path.join(root, 'out/policylens.vsix'),
  { extensionsDir: path.join(dataDir, 'extensions'), userDataDir: path.join(dataDir, 'user-data') });

const wanted = Number(process.env.PORT) || 8080;
const port = await freePort(wanted);
if (port !== wanted) console.log(`Port ${wanted} is busy: taking a free one.`);
const server = await startCodeServer({ runDir: dataDir, port, overwriteSettings: false, smokeTestDriver: false });
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    stopping = true;
    await server.stop(); // its own process group: the terminal's Ctrl+C does not reach it
    process.exit(0);
  });
}
console.log(`
  PolicyLens in VS Code, with the seed reports:

    ${workbenchUrl(server, seeds)}

  Open it in a browser. VS Code's data: ${dataDir}; code-server's log: ${server.logFile}
  Press Ctrl+C to stop.
`);
const code = await server.exited;
if (!stopping) {
  console.error(`code-server exited (${code}); see ${server.logFile}`);
  process.exit(code || 1);
}
