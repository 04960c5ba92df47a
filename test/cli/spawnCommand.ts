import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** What a command did as a process: its exit status and both streams. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

const repo = resolve(import.meta.dirname, '../..');

/** Runs one of src/cli's entry points as the npm scripts do (TypeScript through tsx), from the repository. */
export function spawnCommand(entry: 'simulate' | 'import' | 'calibrate' | 'allocate', args: readonly string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `src/cli/${entry}.ts`, ...args], { cwd: repo });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}
