import { Command } from 'commander';
import type { Io } from '../io/io.js';

// Placeholder while the estimate pipeline lands (issue 2).
export function createEstimateCommand(_io: Io): Command {
  return new Command('estimate').argument('<plan>').action(() => undefined);
}
