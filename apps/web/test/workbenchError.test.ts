import { describe, expect, it } from 'vitest';
import { retryOnce, toWorkbenchError } from '../src/lib/analyst/workbenchError';

/** A failed call as the tRPC client reports it: the code under `data`. */
function refusal(code: string, message: string): Error {
  return Object.assign(new Error(message), { data: { code } });
}

describe('toWorkbenchError', () => {
  it('shows the API’s refusals as they are, a taken name included, and does not retry them', () => {
    for (const code of ['BAD_REQUEST', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN']) {
      const error = refusal(code, 'A judgment set named “x” already exists in this store.');
      expect(toWorkbenchError(error)).toEqual({
        message: 'A judgment set named “x” already exists in this store.',
        retryable: false,
      });
      expect(retryOnce(0, error)).toBe(false);
    }
  });

  it('hides anything else behind one calm sentence, and tries once more', () => {
    const error = refusal('INTERNAL_SERVER_ERROR', 'relation "judgment" does not exist');
    expect(toWorkbenchError(error)).toEqual({
      message: 'This did not work just now. Please try again.',
      retryable: true,
    });
    expect(retryOnce(0, error)).toBe(true);
    expect(retryOnce(1, error)).toBe(false);
  });
});
