/**
 * The lines that matter in a key or witness list file (WITNESS_LOGS, LEDGER_WITNESSES, a
 * `ledger verify --witness` file): trimmed, without blank lines and '#' comments, each with its
 * 1-based line number for error messages.
 */
export function keyFileLines(text: string): Array<{ line: string; number: number }> {
  return text
    .split('\n')
    .map((raw, i) => ({ line: raw.trim(), number: i + 1 }))
    .filter(({ line }) => line !== '' && !line.startsWith('#'));
}
