// What each kind of candidate batch feeds to the MaxSim graph, after checking its shapes.
import * as ort from 'onnxruntime-node';
import { assertShape } from '../errors.ts';
import { candidateCount, type CandidateBatch } from './candidateBatch.ts';

export function assertBatchShape(batch: CandidateBatch, dim: number): void {
  const K = candidateCount(batch);
  const N = K >= 0 ? batch.offsets[K]! : -1;
  assertShape(
    K >= 0 && batch.offsets[0] === 0 && batch.dim === dim,
    () =>
      `candidates: offsets [${batch.offsets.length}] starting at ${batch.offsets[0]}, dim ${batch.dim}; Q dim ${dim}`,
  );
  for (let k = 0; k < K; k++) {
    assertShape(
      batch.offsets[k + 1]! >= batch.offsets[k]!,
      () => `candidates: offsets decrease at ${k}`,
    );
  }
  const rows = (() => {
    switch (batch.codec) {
      case 'float32':
        return batch.vectors.length === N * dim;
      case 'float16':
        return batch.halves.length === N * dim;
      case 'int8':
        return batch.codes.length === N * dim && batch.scales.length === N;
      case 'tokenid':
        return batch.tokenIds.length === N && batch.table.length % dim === 0;
    }
  })();
  assertShape(
    rows,
    () => `candidates (${batch.codec}): buffers do not hold D [N=${N}, dim=${dim}]`,
  );
}

/** Feeds specific to the codec, and for token ids the similarity row of every batch token. */
export function codecFeeds(batch: CandidateBatch): {
  feeds: Record<string, ort.Tensor>;
  rowOf: Int32Array | null;
} {
  const N = batch.offsets[candidateCount(batch)]!;
  const { dim } = batch;
  switch (batch.codec) {
    case 'float32':
      return { feeds: { D: new ort.Tensor('float32', batch.vectors, [N, dim]) }, rowOf: null };
    case 'float16':
      return { feeds: { D: new ort.Tensor('float16', batch.halves, [N, dim]) }, rowOf: null };
    case 'int8':
      return {
        feeds: {
          D: new ort.Tensor('int8', batch.codes, [N, dim]),
          scales: new ort.Tensor('float32', batch.scales, [N]),
        },
        rowOf: null,
      };
    case 'tokenid': {
      // Each distinct id is multiplied once: documents of one catalog share most of their tokens.
      const vocab = batch.table.length / dim;
      const slotOf = new Int32Array(vocab).fill(-1);
      const unique: number[] = [];
      const rowOf = new Int32Array(N);
      for (let t = 0; t < N; t++) {
        const id = batch.tokenIds[t]!;
        assertShape(
          id >= 0 && id < vocab,
          () => `token id ${id} outside the table [${vocab}, ${dim}]`,
        );
        if (slotOf[id] === -1) slotOf[id] = unique.push(id) - 1;
        rowOf[t] = slotOf[id]!;
      }
      const ids = Int32Array.from(unique);
      return {
        feeds: {
          table: new ort.Tensor('float32', batch.table, [vocab, dim]),
          ids: new ort.Tensor('int32', ids, [ids.length]),
        },
        rowOf,
      };
    }
  }
}
