import { availableParallelism } from 'node:os';
import type { InferenceSession } from 'onnxruntime-node';

/**
 * The one place ONNX Runtime sessions are configured: CPU, `threads` intra-op threads (default:
 * every core), sequential execution (our graphs are chains), full graph optimisation.
 */
export function sessionOptions(threads = availableParallelism()): InferenceSession.SessionOptions {
  if (!Number.isInteger(threads) || threads < 1) {
    throw new RangeError(`threads must be a positive integer, got ${threads}`);
  }
  return {
    executionProviders: ['cpu'],
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
  };
}
