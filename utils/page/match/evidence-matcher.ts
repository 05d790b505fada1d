/**
 * Finds evidence phrases in text — care-context signals, nation signals and the phrases terms require nearby
 * (data/care-context-signals.ts) — with the compiled evidence pattern. Evidence may overlap anything: every
 * phrase at every start is reported ("Independent Review of Children’s Social Care" holds the signal "children’s
 * social care").
 */
import type { CompiledEvidence, EvidencePhrase } from '../../../data/compiled-types';
import { readPhrase } from './phrase-keys';
import { createPhraseReader, type PhraseReader } from './phrase-reader';

export interface EvidenceHit {
  start: number;
  end: number;
  phrase: EvidencePhrase;
}

export interface EvidenceReader {
  begin(text: string): void;
  /** Lets go of the text. */
  end(): void;
  /** Reports the evidence that starts in [from, to); returns where to continue (see `PhraseReader.read`). */
  read(from: number, to: number, hit: (found: EvidenceHit) => void): number;
}

export interface EvidenceMatcher {
  readonly weights: readonly number[];
  /** The compiled evidence pattern's source. */
  readonly pattern: string;
  createReader(): EvidenceReader;
  /** Every piece of evidence in a short text (a sentence, a title). */
  findAll(text: string): EvidenceHit[];
}

export function createEvidenceMatcher(evidence: CompiledEvidence): EvidenceMatcher {
  const known = new Map<string, EvidencePhrase | null>();
  const phraseOf = (words: string): EvidencePhrase | null => {
    let phrase = known.get(words);
    if (phrase === undefined) {
      phrase = readPhrase(words, (key) => evidence.phrases[key])?.value ?? null;
      known.set(words, phrase);
    }
    return phrase;
  };
  const createReader = (): EvidenceReader => {
    const reader: PhraseReader = createPhraseReader(evidence.pattern, true);
    let text = '';
    return {
      begin(next) {
        text = next;
        reader.begin(next);
      },
      end() {
        text = '';
        reader.end();
      },
      read(from, to, hit) {
        return reader.read(from, to, (start, end) => {
          const phrase = phraseOf(text.slice(start, end));
          if (phrase) hit({ start, end, phrase });
          return true;
        });
      },
    };
  };
  let shared: EvidenceReader | null = null;
  return {
    weights: evidence.weights,
    pattern: evidence.pattern,
    createReader,
    findAll(text) {
      const hits: EvidenceHit[] = [];
      shared ??= createReader();
      shared.begin(text);
      for (let from = 0; from < text.length;) from = shared.read(from, text.length, (found) => hits.push(found));
      return hits;
    },
  };
}
