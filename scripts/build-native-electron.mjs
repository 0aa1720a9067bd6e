// Builds better-sqlite3-multiple-ciphers for Electron's ABI into out/native-electron/, leaving the
// Node build in node_modules untouched (the CLI, the host and the tests keep using that one).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const outDir = join(process.cwd(), 'out', 'native-electron');
const binding = join(outDir, 'better_sqlite3.node');
const stamp = join(outDir, 'electron-version.txt');

if (existsSync(binding) && existsSync(stamp) && readFileSync(stamp, 'utf8') === electronVersion) {
  console.log(`native module for Electron ${electronVersion}: up to date`);
  process.exit(0);
}

const source = dirname(require.resolve('better-sqlite3/package.json'));
const work = join(outDir, 'src');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
for (const part of ['binding.gyp', 'package.json', 'src', 'deps']) cpSync(join(source, part), join(work, part), { recursive: true });

console.log(`building the native module for Electron ${electronVersion} (a few minutes)…`);
execFileSync(
  'npx',
  ['--yes', 'node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
  { cwd: work, stdio: 'inherit' },
);
cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), binding);
writeFileSync(stamp, electronVersion);
rmSync(work, { recursive: true, force: true });
console.log(`native module for Electron: ${binding}`);
