/**
 * What to tell the reader (or the log) when something failed: our errors carry sentences written for that (see
 * db/storage-errors.ts); anything else thrown is shown as it prints.
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
