// Vocabulary tokens that are numbers ("64", "##32", "2.5"). A static model places numbers close
// to each other ("64" and "32" have a cosine near 0.8), so MaxSim lets "64gb" match "32GB"
// strongly; a shopper who types a number means that number. Marked tokens only match themselves.
import type { TextTokenizer } from './textTokenizer.ts';

const NUMBER = /^(?:##)?\d+(?:[.,]\d+)?$/;

/** The ids of the vocabulary's number tokens, ascending. */
export function numberTokenIds(text: TextTokenizer, vocabSize: number): Int32Array {
  const ids: number[] = [];
  for (let id = 0; id < vocabSize; id++) if (NUMBER.test(text.tokenOf(id))) ids.push(id);
  return Int32Array.from(ids);
}
