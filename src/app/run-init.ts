import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { UsageError, ValidationError } from '../errors.js';
import { packageRoot, type Io } from '../io/io.js';
import { writeTextFile } from '../io/write-text.js';
import { parseYamlSource } from '../io/yaml-source.js';
import { planSchema } from '../schema/plan.js';
import { validateSource } from '../schema/validate.js';
import { buildInitPlan, starterAnswers, type InitAnswers } from './init-plan.js';

export interface InitFlags {
  yes?: boolean;
  force?: boolean;
}

/**
 * `wa-cost init [file]`: asks (or, with --yes, assumes) the answers, builds the plan, validates it with
 * the plan schema, and writes it. Refuses to replace an existing file without --force (exit 2).
 */
export async function runInit(file: string, flags: InitFlags, io: Io): Promise<void> {
  const target = resolve(io.cwd, file);
  if (existsSync(target) && !flags.force)
    throw new UsageError(
      [
        {
          file,
          message: 'already exists; wa-cost init does not replace it',
          hint: 'pass --force to overwrite it, or give another file name',
        },
      ],
      'E_INIT_EXISTS',
    );
  const schemaPath = relative(dirname(target), resolve(packageRoot(), 'schema', 'plan.schema.json'))
    .split(sep)
    .join('/');
  let answers: InitAnswers;
  if (flags.yes) answers = starterAnswers(schemaPath);
  else {
    if (!io.stdoutIsTTY)
      throw new UsageError([
        {
          message: 'wa-cost init asks questions and needs a terminal',
          hint: 'pass --yes to write a commented starter plan without questions',
        },
      ]);
    const { askInitAnswers } = await import('./ask-init-answers.js');
    answers = { ...(await askInitAnswers(io)), schemaPath };
  }
  const text = buildInitPlan(answers);
  try {
    validateSource(planSchema, parseYamlSource(text, file));
  } catch (err) {
    // The wizard validates every answer, so this is a bug in wa-cost, not the user's mistake.
    if (err instanceof ValidationError)
      throw new Error(`init built an invalid plan:\n${err.message}\n${text}`);
    throw err;
  }
  await writeTextFile(target, text, file);
  io.stderr(`wrote ${file}; price it with: wa-cost estimate ${file}\n`);
}
