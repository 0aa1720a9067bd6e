// `npm start`: builds the app, makes sure the Electron binary and an Electron build of the native
// module exist, and starts Electron.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (!existsSync(join(electronDir, 'path.txt'))) {
  console.log('downloading the Electron binary…');
  try {
    execFileSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' } });
  } catch {
    console.error('Не удалось загрузить Electron. Без него работает headless-режим: npm run serve -- --data ПАПКА');
    process.exit(1);
  }
}
execFileSync(process.execPath, ['scripts/build-native-electron.mjs'], { stdio: 'inherit' });
const electronPath = require('electron');
const child = spawn(electronPath, ['.'], {
  stdio: 'inherit',
  env: { ...process.env, REGISTRUM_NATIVE_BINDING: join(process.cwd(), 'out', 'native-electron', 'better_sqlite3.node') },
});
child.on('exit', (code) => process.exit(code ?? 0));
