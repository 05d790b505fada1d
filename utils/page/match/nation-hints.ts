/**
 * Which of the UK's nations a mention of a term other nations also use is about ("kinship allowance" in Glasgow
 * is Scotland's, south of the border England's), judged from the nation signals nearest to it: in its own
 * sentence first, then in its block. Undefined when neither names a nation; the section decides then
 * (section-evidence.ts).
 */
import type { EvidenceHit } from './evidence-matcher';

export type Nation = 'england' | 'other';

/**
 * Sentence punctuation followed by whitespace (or the end): no sentence runs across it. Escaped, so the bundle
 * stays ASCII: a single other character makes V8 keep the whole script's source two bytes a character.
 */
const SENTENCE_END = /[.!?]["'\u2019\u201d)]*(?=\s|$)/g;

function sentenceAround(block: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = block.length;
  SENTENCE_END.lastIndex = 0;
  for (let found = SENTENCE_END.exec(block); found; found = SENTENCE_END.exec(block)) {
    const after = found.index + found[0].length;
    if (after <= start) from = after;
    else if (found.index >= end) {
      to = after;
      break;
    }
  }
  return [from, to];
}

function nearest(hits: readonly EvidenceHit[], start: number, end: number): Nation | undefined {
  let best: Nation | undefined;
  let bestDistance = Infinity;
  for (const hit of hits) {
    const distance = hit.end <= start ? start - hit.end : hit.start >= end ? hit.start - end : 0;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = hit.phrase.nation;
    }
  }
  return best;
}

/** `evidence` is every piece of evidence in `block` (the text of the mention's block); [start, end) the mention. */
export function nationNear(block: string, evidence: readonly EvidenceHit[], start: number, end: number) {
  const nations = evidence.filter((hit) => hit.phrase.nation !== undefined);
  if (nations.length === 0) return undefined;
  const [from, to] = sentenceAround(block, start, end);
  return (
    nearest(
      nations.filter((hit) => hit.start >= from && hit.end <= to),
      start,
      end,
    ) ?? nearest(nations, start, end)
  );
}
