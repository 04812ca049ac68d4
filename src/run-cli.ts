import type { Command } from 'commander';
import { describeError } from './errors.js';

/** Runs a commander program; any failure becomes one clear line on stderr and exit code 1. */
export async function runCli(program: Command, argv: string[] = process.argv): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (error) {
    console.error(describeError(error));
    process.exitCode = 1;
  }
}
