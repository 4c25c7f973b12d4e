/** A tiny `--name value` / `--flag` parser; positional arguments are kept in order. */
export interface Args {
  positional: string[];
  options: Map<string, string | true>;
}

export function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') continue;
    if (!a.startsWith('--')) { positional.push(a); continue; }
    const eq = a.indexOf('=');
    if (eq > 0) { options.set(a.slice(2, eq), a.slice(eq + 1)); continue; }
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) { options.set(a.slice(2), next); i++; } else options.set(a.slice(2), true);
  }
  return { positional, options };
}

export function stringOpt(args: Args, name: string, fallback: string): string {
  const v = args.options.get(name);
  return typeof v === 'string' ? v : fallback;
}

export function numberOpt(args: Args, name: string, fallback: number): number {
  const v = args.options.get(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (typeof v !== 'string' || !Number.isFinite(n) || n < 0) throw new Error(`--${name} needs a non-negative number, got ${String(v)}`);
  return n;
}

export const flag = (args: Args, name: string): boolean => args.options.get(name) === true || args.options.get(name) === '1';
