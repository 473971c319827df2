import { Argument, Command, type Option } from 'commander';
import type { CompletionCommand, CompletionModel, CompletionOption } from '../app/completion-scripts.js';
import type { Io } from '../io/io.js';

const SHELL_NAMES = ['bash', 'zsh', 'fish'] as const;

/**
 * `wa-cost completion bash|zsh|fish`: a completion script generated from the commander program itself,
 * so it lists every command and option there is. `program` is read when the command runs, after every
 * command has been registered.
 */
export function createCompletionCommand(io: Io, program: () => Command): Command {
  return new Command('completion')
    .description('Print a shell completion script (commands, options and their values).')
    .addArgument(new Argument('<shell>', 'your shell').choices(SHELL_NAMES))
    .addHelpText(
      'after',
      `
Examples:
  $ wa-cost completion bash > ~/.local/share/bash-completion/completions/wa-cost
  $ echo 'source <(wa-cost completion bash)' >> ~/.bashrc
  $ wa-cost completion zsh > "\${fpath[1]}/_wa-cost"
  $ wa-cost completion fish > ~/.config/fish/completions/wa-cost.fish`,
    )
    .action(async (shell: (typeof SHELL_NAMES)[number]) => {
      const { renderCompletion } = await import('../app/completion-scripts.js');
      io.stdout(renderCompletion(shell, completionModel(program())));
    });
}

/** The command tree as plain data: names, descriptions, options and their choices. */
export function completionModel(program: Command): CompletionModel {
  return {
    program: program.name(),
    options: [...program.options.map(toOption), helpOption()],
    commands: program.commands.filter((c) => c.name() !== 'help').map(toCommand),
  };
}

function toCommand(c: Command): CompletionCommand {
  const first = c.registeredArguments[0];
  return {
    name: c.name(),
    description: c.description(),
    options: [...c.options.map(toOption), helpOption()],
    ...(first?.argChoices && { argChoices: first.argChoices }),
    subcommands: c.commands.filter((s) => s.name() !== 'help').map(toCommand),
  };
}

const FILE_VALUE = /file|json|path|dir|csv|yaml/i;

function toOption(o: Option): CompletionOption {
  const takesValue = o.required || o.optional;
  return {
    ...(o.short && { short: o.short }),
    ...(o.long && { long: o.long }),
    description: o.description,
    takesValue,
    ...(o.argChoices && { choices: o.argChoices }),
    ...(takesValue && !o.argChoices && FILE_VALUE.test(o.flags) && { file: true }),
  };
}

function helpOption(): CompletionOption {
  return { short: '-h', long: '--help', description: 'display help for command', takesValue: false };
}
