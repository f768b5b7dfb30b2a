/**
 * The most calls one HTTP request may batch. The server refuses more (one request must not make it
 * run hundreds of searches), and the client link splits its batches to fit.
 */
export const MAX_BATCH_SIZE = 20;
