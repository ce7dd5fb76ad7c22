// Makes a fresh clone ready for `npm test` / `npm start`: installs the npm packages from the
// lock file when they are missing, and (for tests) Debian's Chromium when no browser is found.
// Nothing here downloads a browser from anywhere but Debian's package archive.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from './chromium.mjs';

const run = (command) => execSync(command, { stdio: 'inherit' });
const wantBrowser = process.argv.includes('--browser');

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('ensure-tools: installing npm packages (npm ci)');
  run('npm ci --no-audit --no-fund');
}

if (wantBrowser) {
  const chromium = CHROMIUM;
  if (!existsSync(chromium)) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (process.env.CHROMIUM_PATH || !isRoot || !existsSync('/usr/bin/apt-get')) {
      console.error(
        `ensure-tools: no Chromium at ${chromium}. Install Debian's package ` +
          '(sudo apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH to a Chromium binary.',
      );
      process.exit(1);
    }
    console.log("ensure-tools: installing Debian's chromium and CJK fonts (apt-get)");
    run('apt-get update -qq');
    run(
      'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk',
    );
  }
}
