// Calls a tRPC procedure over HTTP as the page's browser context (its cookies, and the CSRF header
// the web app sends), for a test's set-up or to check what the server refuses.
import type { Page } from 'playwright-core';

export interface ApiAnswer {
  status: number;
  /** The result's data, or the error's shape ({ message, data: { code } }). */
  body: {
    result?: { data: { json: unknown } };
    error?: { json: { message: string; data: { code: string } } };
  };
}

export async function callProcedure(
  page: Page,
  kind: 'query' | 'mutation',
  path: string,
  input: unknown,
): Promise<ApiAnswer> {
  const context = page.context();
  const csrf = (await context.cookies()).find((c) => c.name === 'ss_csrf')?.value;
  const headers = csrf ? { 'x-csrf-token': csrf } : undefined;
  const payload = JSON.stringify({ json: input });
  const response =
    kind === 'query'
      ? await context.request.get(`/api/trpc/${path}?input=${encodeURIComponent(payload)}`, {
          headers,
        })
      : await context.request.post(`/api/trpc/${path}`, {
          data: payload,
          headers: { ...headers, 'content-type': 'application/json' },
        });
  return { status: response.status(), body: (await response.json()) as ApiAnswer['body'] };
}

/** The result of a procedure that must succeed. */
export async function callOk<T>(
  page: Page,
  kind: 'query' | 'mutation',
  path: string,
  input: unknown,
): Promise<T> {
  const answer = await callProcedure(page, kind, path, input);
  if (!answer.body.result) {
    throw new Error(`${path} answered ${answer.status}: ${JSON.stringify(answer.body.error)}`);
  }
  return answer.body.result.data.json as T;
}
