import { execa } from 'execa';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, expectGolden, runCli } from '../cli/golden.js';

const DOWN = '\u001b[B';
const ENTER = '\r';

/** Runs `wa-cost init` in a real pseudo-terminal (python3's pty module), answering each prompt. */
async function driveInit(steps: [string, string][], args: string[] = []) {
  const work = mkdtempSync(join(tmpdir(), 'wa-cost-init-'));
  const script = join(work, 'answers.json');
  writeFileSync(script, JSON.stringify(steps));
  const r = await execa(
    'python3',
    [
      resolve(ROOT, 'test/init/drive-init.py'),
      work,
      script,
      '--',
      'node',
      resolve(ROOT, 'bin/wa-cost.js'),
      'init',
      ...args,
    ],
    { reject: false, env: { NO_COLOR: '1', TZ: 'UTC' } },
  );
  return { work, exitCode: r.exitCode, transcript: String(r.stdout), stderr: String(r.stderr) };
}

describe('wa-cost init in a terminal', () => {
  it('asks, writes a plan that validates and prices with wa-cost estimate', async () => {
    const r = await driveInit(
      [
        ['Plan name', `Launch in three markets${ENTER}`],
        ['Billing currency', ENTER],
        ['Who will you message', ENTER],
        ['Countries and recipients', `IN=20000, br=5000, DE 1200${ENTER}`],
        ['Campaign name', `spring-promo${ENTER}`],
        ['Template category', ENTER],
        ['Messages per recipient', `2${ENTER}`],
        ['Sends per month', ENTER],
        ['Add another campaign', `y${ENTER}`],
        ['Campaign name', `order-updates${ENTER}`],
        ['Template category', `${DOWN}${ENTER}`],
        ['Messages per recipient', `3${ENTER}`],
        ['Sends per month', `2${ENTER}`],
        ['Add another campaign', ENTER],
        ['Vendor plan id', ENTER],
        ['Horizon in months', `6${ENTER}`],
      ],
      ['launch.yaml'],
    );
    expect(r.exitCode, r.transcript + r.stderr).toBe(0);
    expect(r.transcript).toContain('wrote launch.yaml');
    const plan = readFileSync(join(r.work, 'launch.yaml'), 'utf8');
    expect(plan).toContain('countries: { IN: 20000, BR: 5000, DE: 1200 }');
    expect(plan).toMatch(/name: "order-updates"\n\s+audience: main\n\s+category: utility/);
    expect(plan).toMatch(/^months: 6 /m);

    const priced = await runCli(['estimate', 'launch.yaml', '--format', 'json'], { cwd: r.work });
    expect(priced.exitCode, priced.stderr).toBe(0);
    const report = JSON.parse(priced.stdout) as { plan: { months: number }; lines: { id: string }[] };
    expect(report.plan.months).toBe(6);
    expect(report.lines.map((l) => l.id)).toEqual([
      'campaign:spring-promo:India:marketing',
      'campaign:spring-promo:Brazil:marketing',
      'campaign:spring-promo:Germany:marketing',
      'campaign:order-updates:India:utility',
      'campaign:order-updates:Brazil:utility',
      'campaign:order-updates:Germany:utility',
    ]);
  });

  it('re-asks on an invalid answer instead of writing a broken plan', async () => {
    const r = await driveInit([
      ['Plan name', ENTER],
      ['Billing currency', `dollars${ENTER}`],
      ['three-letter code', `\u0015eur${ENTER}`],
      ['Who will you message', ENTER],
      ['Countries and recipients', `India=500${ENTER}`],
      ['write pairs like', `\u0015IN=500${ENTER}`],
      ['Campaign name', ENTER],
      ['Template category', ENTER],
      ['Messages per recipient', `\u0015two${ENTER}`],
      ['a number such as', `\u00152${ENTER}`],
      ['Sends per month', ENTER],
      ['Add another campaign', ENTER],
      ['Vendor plan id', ENTER],
      ['Horizon in months', `\u0015500${ENTER}`],
      ['a whole number from 1 to 120', `\u00151${ENTER}`],
    ]);
    expect(r.exitCode, r.transcript + r.stderr).toBe(0);
    const plan = readFileSync(join(r.work, 'plan.yaml'), 'utf8');
    expect(plan).toMatch(/^currency: EUR /m);
    expect(plan).toContain('countries: { IN: 500 }');
    expect(plan).toMatch(/messages_per_recipient: 2 /);
  });

  it('writes nothing after Ctrl-C (exit 2)', async () => {
    const r = await driveInit([['Plan name', '\u0003']]);
    expect(r.exitCode).toBe(2);
    expect(r.transcript).toContain('cancelled; nothing was written');
    expect(() => readFileSync(join(r.work, 'plan.yaml'))).toThrow();
  });
});

describe('wa-cost init without questions', () => {
  it('--yes writes the starter plan, refuses to replace it (exit 2) unless --force, and it prices', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'wa-cost-init-'));
    expectGolden('init', 'init-yes', await runCli(['init', 'starter.yaml', '--yes'], { cwd }));
    expectGolden('init', 'init-exit-2-exists', await runCli(['init', 'starter.yaml', '--yes'], { cwd }));
    expect((await runCli(['init', 'starter.yaml', '--yes', '--force'], { cwd })).exitCode).toBe(0);
    expectGolden(
      'init',
      'init-starter-priced',
      await runCli(['estimate', 'starter.yaml', '--format', 'markdown'], { cwd }),
    );
  });

  it('without a terminal and without --yes: exit 2 with a hint', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'wa-cost-init-'));
    expectGolden('init', 'init-exit-2-no-terminal', await runCli(['init'], { cwd }));
  });
});
