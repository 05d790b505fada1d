/**
 * Typed errors for everything that reads or writes the database. Every failure reaches the caller as a
 * `StorageError` whose `message` can be shown to the user as it is; nothing is swallowed.
 */

export type StorageErrorKind =
  /** The browser refused to store more (disk full or the origin's quota used up). */
  | 'quota'
  /** The note or record asked for does not exist. */
  | 'not-found'
  /** The caller passed something that cannot be stored (empty note, unknown record id …). */
  | 'invalid'
  /** The database could not be opened (private mode, a corrupt profile, blocked by another version …). */
  | 'unavailable'
  /** Any other database failure. */
  | 'database';

export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly kind: StorageErrorKind;

  constructor(kind: StorageErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
  }
}

export function isStorageError(value: unknown): value is StorageError {
  return value instanceof StorageError;
}

const OPEN_FAILURES = new Set([
  'OpenFailedError',
  'DatabaseClosedError',
  'VersionError',
  'InvalidStateError',
  'MissingAPIError',
  'UpgradeError',
  'InvalidAccessError',
]);

function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const { name, inner, cause, failures } = current as {
      name?: unknown;
      inner?: unknown;
      cause?: unknown;
      failures?: unknown;
    };
    if (typeof name === 'string') names.push(name);
    // Dexie's BulkError carries each failed write's own error (Firefox reports a full disk on the write itself).
    if (Array.isArray(failures)) for (const failure of failures) names.push(...errorNames(failure));
    current = inner ?? cause;
  }
  return names;
}

/** Turns whatever Dexie or IndexedDB threw into a `StorageError` with a message a user can act on. */
export function toStorageError(error: unknown, action: string): StorageError {
  if (isStorageError(error)) return error;
  const names = errorNames(error);
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  if (names.includes('QuotaExceededError')) {
    return new StorageError(
      'quota',
      `Could not ${action}: the browser has no more storage space for Care Review Lens. ` +
        'Free some disk space or clear other sites’ data, then try again. Nothing was changed.',
      { cause: error },
    );
  }
  if (names.some((name) => OPEN_FAILURES.has(name))) {
    return new StorageError(
      'unavailable',
      `Could not ${action}: the notes database could not be opened${detail}. ` +
        'Close other Care Review Lens tabs and try again; if it keeps happening, restart the browser.',
      { cause: error },
    );
  }
  return new StorageError('database', `Could not ${action}: the database reported an error${detail}.`, {
    cause: error,
  });
}

/** Runs a database operation and rethrows any failure as a `StorageError` naming what was being done. */
export async function withStorageErrors<T>(action: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error, action);
  }
}
