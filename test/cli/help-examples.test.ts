import { describe, expect, it } from 'vitest';
import { runCli } from './golden.js';

/** Command names listed under "Commands:" in a help text (without `help`). */
function commandsIn(help: string): string[] {
  const start = help.indexOf('Commands:');
  if (start < 0) return [];
  const end = help.indexOf('\n\n', start);
  const section = help.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^ {2}([a-z][a-z-]*)/gm)].map((m) => m[1] ?? '').filter((c) => c !== 'help');
}

/** Every command path: `estimate`, `rates show`, … read from the help texts themselves. */
async function commandPaths(): Promise<string[][]> {
  const paths: string[][] = [];
  const visit = async (path: string[]) => {
    const r = await runCli([...path, '--help']);
    for (const c of commandsIn(r.stdout)) {
      paths.push([...path, c]);
      await visit([...path, c]);
    }
  };
  await visit([]);
  return paths;
}

describe('help that teaches (issue 7)', () => {
  it('every command and subcommand --help shows a worked example of itself', async () => {
    const paths = await commandPaths();
    expect(paths.map((p) => p.join(' '))).toEqual(
      expect.arrayContaining(['estimate', 'diff', 'schema', 'init', 'completion']),
    );
    const missing: string[] = [];
    for (const path of paths) {
      const r = await runCli([...path, '--help']);
      expect(r.exitCode).toBe(0);
      const examples = r.stdout.slice(r.stdout.search(/\nExamples?:\n/));
      if (!examples.includes(`$ wa-cost ${path.join(' ')}`)) missing.push(path.join(' '));
    }
    expect(missing, 'commands whose --help has no "Example(s):" with `$ wa-cost <command>`').toEqual([]);
  });

  it('the top-level help lists the exit codes', async () => {
    const r = await runCli(['--help']);
    for (const code of ['0 ', '1 ', '2 ', '3 ', '70 ']) expect(r.stdout).toContain(`\n  ${code}`);
  });
});
