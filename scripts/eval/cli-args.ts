/**
 * Command-line options of `npm run eval` (see USAGE).
 */
import { CORPORA } from './corpora';

export interface EvalOptions {
  corpusDir: string | null;
  only: string[] | null;
  errors: boolean;
  examples: boolean;
  top: number;
  write: boolean;
  help: boolean;
}

export const USAGE = `usage: npm run eval -- [--corpus DIR] [--only NAME[,NAME…]] [--errors] [--examples] [--top N] [--no-write]

  --corpus DIR   folder holding the evaluation corpora (default: ../shared/eval next to the repository)
  --only NAMES   run only these corpora: ${CORPORA.map((c) => c.id).join(', ')}
  --errors       print error analysis (missed gold cues, false-positive cues) for the dev files (wiki, bio)
  --examples     with --errors: up to three dev sentences under each row, the cue marked «like this»
  --top N        rows per error list (default 30)
  --no-write     do not write docs/validity.md and docs/validity.json
                 (they are written only when every corpus ran)`;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): EvalOptions {
  const options: EvalOptions = { corpusDir: null, only: null, errors: false, examples: false, top: 30, write: true, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--corpus') options.corpusDir = value();
    else if (flag === '--only') options.only = parseOnly(value());
    else if (flag === '--errors') options.errors = true;
    else if (flag === '--examples') options.errors = options.examples = true;
    else if (flag === '--no-write') options.write = false;
    else if (flag === '--help' || flag === '-h') options.help = true;
    else if (flag === '--top') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new UsageError('--top needs a positive integer');
      options.top = n;
    } else throw new UsageError(`unknown option ${arg}`);
  }
  return options;
}

function parseOnly(v: string): string[] {
  const names = v.split(',').map((s) => s.trim()).filter(Boolean);
  const known = CORPORA.map((c) => c.id);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) throw new UsageError(`unknown corpus ${unknown.join(', ')} (known: ${known.join(', ')})`);
  return names;
}
