// Asynchronous tasks as Meilisearch runs them: a write answers 202 with a summarized task, the
// task waits `enqueued`, turns `processing`, then `succeeded` or `failed` with an error object.
// Tasks of every index share one queue and run one at a time in uid order, after the response
// that enqueued them has gone out. A paused queue keeps them enqueued, as a busy engine would
// (a long settings change or a large batch of another store ahead of them), until resumed.
import { MeiliHttpError, type ErrorBody } from './httpError.ts';

export type TaskStatus = 'enqueued' | 'processing' | 'succeeded' | 'failed';

export type TaskType =
  | 'indexCreation'
  | 'indexDeletion'
  | 'settingsUpdate'
  | 'documentAdditionOrUpdate'
  | 'documentDeletion';

export interface TaskView {
  uid: number;
  batchUid: number | null;
  indexUid: string;
  status: TaskStatus;
  type: TaskType;
  canceledBy: null;
  details: Record<string, unknown>;
  error: ErrorBody | null;
  duration: string | null;
  enqueuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface SummarizedTask {
  taskUid: number;
  indexUid: string;
  status: 'enqueued';
  type: TaskType;
  enqueuedAt: string;
}

/** Applies the task's change; returns details learned while doing it, or throws MeiliHttpError. */
export type TaskWork = () => Record<string, unknown> | void;

export class TaskQueue {
  readonly #tasks: TaskView[] = [];
  readonly #pending: { task: TaskView; work: TaskWork }[] = [];
  readonly #stepDelayMs: number;
  #running = false;
  /** Set while paused: resolves when the queue may go on. */
  #paused: { resumed: Promise<void>; resume: () => void } | null = null;

  /** `stepDelayMs` is how long a task stays enqueued, then processing (0: one event-loop turn). */
  constructor(stepDelayMs: number) {
    this.#stepDelayMs = stepDelayMs;
  }

  enqueue(
    indexUid: string,
    type: TaskType,
    details: Record<string, unknown>,
    work: TaskWork,
  ): SummarizedTask {
    const task: TaskView = {
      uid: this.#tasks.length,
      batchUid: null,
      indexUid,
      status: 'enqueued',
      type,
      canceledBy: null,
      details,
      error: null,
      duration: null,
      enqueuedAt: new Date().toISOString(),
      startedAt: null,
      finishedAt: null,
    };
    this.#tasks.push(task);
    this.#pending.push({ task, work });
    void this.#run();
    return { taskUid: task.uid, indexUid, status: 'enqueued', type, enqueuedAt: task.enqueuedAt };
  }

  /** Holds every task not yet started until `resume`. */
  pause(): void {
    if (this.#paused) return;
    let resume = () => {};
    const resumed = new Promise<void>((resolve) => (resume = resolve));
    this.#paused = { resumed, resume };
  }

  resume(): void {
    this.#paused?.resume();
    this.#paused = null;
  }

  get(uid: number): TaskView | undefined {
    return this.#tasks[uid];
  }

  all(): readonly TaskView[] {
    return this.#tasks;
  }

  async #run(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    for (let next = this.#pending.shift(); next; next = this.#pending.shift()) {
      const { task, work } = next;
      await this.#pause();
      while (this.#paused) await this.#paused.resumed;
      task.status = 'processing';
      task.batchUid = task.uid;
      task.startedAt = new Date().toISOString();
      await this.#pause();
      try {
        Object.assign(task.details, work() ?? {});
        task.status = 'succeeded';
      } catch (error) {
        if (!(error instanceof MeiliHttpError)) throw error;
        task.status = 'failed';
        task.error = error.body;
      }
      task.finishedAt = new Date().toISOString();
      const seconds = (Date.parse(task.finishedAt) - Date.parse(task.startedAt)) / 1000;
      task.duration = `PT${seconds}S`;
    }
    this.#running = false;
  }

  #pause(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, this.#stepDelayMs));
  }
}
