import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The outcome of a child measurement: its JSON result, or why it failed. */
export type ChildOutcome<T> = { readonly ok: true; readonly result: T } | { readonly ok: false; readonly error: string };

/**
 * Runs a bench script (relative to bench/) in a fresh Node process, so that each system's
 * memory is its own and nothing is left warm from another: same loader (tsx) as this process,
 * `--expose-gc` for honest memory figures, and a heap limit. The child writes its result as JSON
 * to the file named by its second argument.
 */
export function runChild<T>(script: string, input: unknown, options: { heapMb: number; timeoutMs: number; nodeFlags?: readonly string[] }): ChildOutcome<T> {
  const dir = mkdtempSync(join(tmpdir(), 'sumber-bench-child-'));
  const resultFile = join(dir, 'result.json');
  try {
    const child = spawnSync(
      process.execPath,
      [
        ...loaderArgs(),
        ...(options.nodeFlags ?? []),
        '--expose-gc',
        `--max-old-space-size=${options.heapMb}`,
        fileURLToPath(new URL(script, import.meta.url)),
        JSON.stringify(input),
        resultFile,
      ],
      { stdio: ['ignore', 'inherit', 'inherit'], timeout: options.timeoutMs },
    );
    if (child.error) return { ok: false, error: child.error.message };
    if (child.status !== 0) return { ok: false, error: child.signal ? `killed by ${child.signal}` : `exit status ${child.status}` };
    return { ok: true, result: JSON.parse(readFileSync(resultFile, 'utf8')) as T };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The flags that load TypeScript in this process (tsx's), without the script or --eval of this process. */
function loaderArgs(): string[] {
  const args: string[] = [];
  const own = process.execArgv;
  for (let i = 0; i < own.length; i++) {
    const arg = own[i]!;
    if ((arg === '--require' || arg === '--import' || arg === '--loader') && own[i + 1]) args.push(arg, own[++i]!);
    else if (arg.startsWith('--require=') || arg.startsWith('--import=') || arg.startsWith('--loader=')) args.push(arg);
  }
  return args;
}

/** Reads a child's input and hands back a function that writes its result. */
export function childIo<T>(): { input: T; reply: (result: unknown) => void } {
  const [inputJson, resultFile] = process.argv.slice(2);
  if (!inputJson || !resultFile) throw new Error('a bench child needs its input (JSON) and a result file');
  return { input: JSON.parse(inputJson) as T, reply: (result) => writeFileSync(resultFile, JSON.stringify(result)) };
}
