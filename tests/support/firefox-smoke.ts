/*
 * Loads dist-firefox/ into a headless Firefox as a temporary add-on (web-ext run) and reports whether
 * Firefox accepted it. Not part of `npm test`: CI machines have Chromium, not Firefox.
 * FIREFOX_PATH overrides the Debian firefox-esr binary.
 */
import { spawn } from 'node:child_process';

const firefox = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';
const args = ['web-ext', 'run', '--no-config-discovery', '--source-dir', 'dist-firefox', '--firefox', firefox, '--no-input', '--no-reload', '--arg=--headless', '--start-url', 'about:blank'];
const child = spawn('npx', args, { env: { ...process.env, MOZ_HEADLESS: '1' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
let output = '';
const finish = (ok: boolean, why: string): void => {
  process.stdout.write(`${ok ? 'ok' : 'FAILED'}: ${why}\n`);
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // Already gone.
  }
  process.exit(ok ? 0 : 1);
};
const watch = (chunk: Buffer): void => {
  output += chunk.toString();
  if (/Installed .* as a temporary add-on/.test(output)) finish(true, `${firefox} installed dist-firefox as a temporary add-on`);
  if (/error/i.test(output)) finish(false, output.trim());
};
child.stdout.on('data', watch);
child.stderr.on('data', (chunk: Buffer) => {
  if (!chunk.toString().includes('npm warn')) watch(chunk);
});
child.on('exit', (code) => finish(false, `web-ext exited with ${code}: ${output.trim()}`));
setTimeout(() => finish(false, `no answer from Firefox within 90 s: ${output.trim()}`), 90_000);
