/**
 * The report a marking session gives each time the page has been read completely and painted (end-to-end builds
 * hand it to tests and the benchmark; see utils/shared/e2e/). A round of work starts when work is asked for while
 * none is under way; the report counts that round only.
 */
import type { PageScanner, ScanTimings } from '../scan/page-scanner';
import type { IdleSlices, SliceStats } from '../scan/idle-slices';
import { ALL_HIGHLIGHT_NAMES } from '../../shared/marks/highlight-names';

export interface ScanReport extends SliceStats, ScanTimings {
  /** Time spent working out which mentions to show and registering their highlights. */
  paintMs: number;
  /** From the first slice of this scan (page load, navigation or change) until everything found was painted. */
  scanMs: number;
  /** From asking for the scan until the page was idle enough for its first slice. */
  waitedMs: number;
  /** Ranges registered in `CSS.highlights` (fewer than `painted` on pages with very many marks). */
  registered: number;
  /** Text nodes read in this scan. */
  nodes: number;
  found: number;
  painted: number;
  aboutCare: boolean;
}

/** What only the session knows at the end of a round. */
export type ScanOutcome = Pick<ScanReport, 'found' | 'painted' | 'aboutCare'>;

export interface ScanRounds {
  /** A round starts: remember where the counters stand. */
  start(paintMs: number): void;
  report(paintMs: number, outcome: ScanOutcome): ScanReport;
}

/**
 * Ranges registered under the extension's highlight names. Read name by name: in a Firefox content script the page's
 * highlight registry is an Xray wrapper, whose iterators Xrays do not wrap ("Xray wrapping of iterators not
 * supported") and whose `forEach` may not call back into the content script ("Permission denied to access object").
 */
function registeredRanges(): number {
  return ALL_HIGHLIGHT_NAMES.reduce((sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0), 0);
}

export function createScanRounds(scanner: PageScanner, slices: IdleSlices): ScanRounds {
  let startedAt = performance.now();
  let nodesAtStart = 0;
  let timingsAtStart: ScanTimings = { walkMs: 0, readMs: 0, evidenceMs: 0 };
  let paintMsAtStart = 0;
  return {
    start(paintMs) {
      startedAt = performance.now();
      nodesAtStart = scanner.nodesRead();
      timingsAtStart = scanner.timings();
      paintMsAtStart = paintMs;
      slices.resetStats();
    },
    report(paintMs, outcome) {
      const stats = slices.stats();
      const timings = scanner.timings();
      return {
        ...stats,
        walkMs: timings.walkMs - timingsAtStart.walkMs,
        readMs: timings.readMs - timingsAtStart.readMs,
        evidenceMs: timings.evidenceMs - timingsAtStart.evidenceMs,
        paintMs: paintMs - paintMsAtStart,
        scanMs: performance.now() - stats.firstSliceAt,
        waitedMs: stats.firstSliceAt - startedAt,
        nodes: scanner.nodesRead() - nodesAtStart,
        registered: registeredRanges(),
        ...outcome,
      };
    },
  };
}
