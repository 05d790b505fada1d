/** The contract between `scripts/bench.ts` and each benchmark module (`tests/bench/*.bench.ts`). */
import type { ExtensionBrowser } from './extension-browser';

export interface BenchContext {
  /** Chromium with the e2e build loaded (fresh profile). */
  browser: ExtensionBrowser;
  /** Origin of a static server on 127.0.0.1; `write(path, html)` puts generated pages under `${origin}/bench/`. */
  origin: string;
  write(path: string, contents: string): void;
}

export interface BenchTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
}

export interface BenchTarget {
  name: string;
  pass: boolean;
  detail: string;
}

export interface BenchResult {
  tables: BenchTable[];
  targets: BenchTarget[];
}

export type BenchModule = (context: BenchContext) => Promise<BenchResult>;
