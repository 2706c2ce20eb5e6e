/**
 * What an operator command needs from its process, passed in so tests run the command in process:
 * `main(args, io)` returns the exit code; the file's own entry only wires it to the process.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
}

export type CliMain = (args: string[], io: CliIo) => Promise<number>;

/** Runs main with the process's arguments and streams when `moduleUrl` is the script node started. */
export async function runWhenEntry(moduleUrl: string, main: CliMain): Promise<void> {
  // Compared by real path: the script may be started through a symbolic link.
  if (!process.argv[1] || moduleUrl !== pathToFileURL(realpathSync(process.argv[1])).href) return;
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
}
