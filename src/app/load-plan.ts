import { resolve } from 'node:path';
import type { Io } from '../io/io.js';
import { readTextFile } from '../io/read-text.js';
import { parseYamlSource, type DocPath, type Position } from '../io/yaml-source.js';
import { planSchema, type Plan } from '../schema/plan.js';
import { validateSource } from '../schema/validate.js';

export interface LoadedPlan {
  plan: Plan;
  /** The name used in messages: the path as given, or `<stdin>`. */
  file: string;
  /** Position of a value in the plan file, for errors found after validation. */
  locate(path: DocPath): Position | undefined;
  /** Folder that relative paths in the plan (contacts, vendor files) are resolved against. */
  baseDir: string;
}

/** Reads and validates a plan file; `-` reads the plan from standard input. */
export async function loadPlan(path: string, io: Io): Promise<LoadedPlan> {
  const fromStdin = path === '-';
  const file = fromStdin ? '<stdin>' : path;
  const text = fromStdin ? await io.readStdin() : await readTextFile(resolve(io.cwd, path), { label: path });
  const source = parseYamlSource(text, file);
  const plan = validateSource(planSchema, source);
  return {
    plan,
    file,
    locate: (p) => source.locate(p),
    baseDir: fromStdin ? io.cwd : resolve(io.cwd, path, '..'),
  };
}
