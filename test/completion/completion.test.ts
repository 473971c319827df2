import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { expectGolden, runCli } from '../cli/golden.js';

/** Every command `wa-cost --help` lists. */
async function helpCommands(): Promise<string[]> {
  const help = (await runCli(['--help'])).stdout;
  const section = help.slice(help.indexOf('Commands:'), help.indexOf('Exit codes:'));
  return [...section.matchAll(/^ {2}([a-z-]+)/gm)].map((m) => m[1] ?? '').filter((c) => c !== 'help');
}

/** Asks the generated bash completion what it offers for a command line ending at the cursor. */
async function bashComplete(script: string, words: string[]): Promise<string[]> {
  const r = await execa(
    'bash',
    [
      '-c',
      `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _wa_cost; printf '%s\\n' "\${COMPREPLY[@]}"`,
    ],
    { cwd: 'fixtures/ci' },
  );
  return r.stdout.split('\n').filter(Boolean);
}

describe('wa-cost completion', () => {
  for (const shell of ['bash', 'zsh', 'fish']) {
    it(`${shell}: golden, and it names every command`, async () => {
      const r = await runCli(['completion', shell]);
      expectGolden('completion', `completion-${shell}`, r);
      expect(r.exitCode).toBe(0);
      for (const command of await helpCommands()) expect(r.stdout, command).toContain(command);
    });
  }

  it('bash: the script parses and completes commands, options, choices and files', async () => {
    const script = (await runCli(['completion', 'bash'])).stdout;
    await execa('bash', ['-n'], { input: script });
    expect(await bashComplete(script, ['wa-cost', 'es'])).toEqual(['estimate']);
    expect(await bashComplete(script, ['wa-cost', 'estimate', '--max-'])).toEqual([
      '--max-cost',
      '--max-monthly-cost',
      '--max-increase',
    ]);
    expect(await bashComplete(script, ['wa-cost', 'estimate', 'plan.yaml', '--format', ''])).toEqual([
      'table',
      'json',
      'csv',
      'markdown',
    ]);
    expect(await bashComplete(script, ['wa-cost', 'schema', ''])).toEqual(['plan', 'vendor']);
    expect(await bashComplete(script, ['wa-cost', 'diff', 'report-v'])).toEqual(['report-version-99.json']);
    expect(await bashComplete(script, ['wa-cost', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
  });

  it('an unknown shell is a usage error (exit 2)', async () => {
    expectGolden('completion', 'completion-exit-2-unknown-shell', await runCli(['completion', 'powershell']));
  });
});

describe('wa-cost --version', () => {
  it('prints the package version', async () => {
    const { readFileSync } = await import('node:fs');
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    for (const flag of ['--version', '-V'])
      expect(await runCli([flag])).toMatchObject({ exitCode: 0, stdout: `${version}\n`, stderr: '' });
  });
});
