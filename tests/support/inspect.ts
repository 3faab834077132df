import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const cwd = new URL('../..', import.meta.url).pathname;

export interface CommandResult {
  stdout: string;
  stderr: string;
  code: number;
}

/** The command exactly as the README gives it: npm run --silent inspect -- … */
export async function inspect(...args: string[]): Promise<CommandResult> {
  return inspectWithEnv({}, ...args);
}

/** The same, with variables added to the environment (the rid and quota commands read their token there). */
export async function inspectWithEnv(env: Record<string, string>, ...args: string[]): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'inspect', '--', ...args], { cwd, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ...env } });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as CommandResult;
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}
