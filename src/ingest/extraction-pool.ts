import { Worker } from 'node:worker_threads';
import type { ArticleInput } from './article-input.js';
import type { PreparedOrFailed } from './prepare-article.js';

/**
 * The worker thread: compiled JavaScript when this module is (dist/, as `npm start` runs), else the
 * TypeScript source behind a bootstrap that registers tsx in the thread first.
 */
function startWorker(): Worker {
  if (import.meta.url.endsWith('.js')) return new Worker(new URL('./extraction-worker.js', import.meta.url));
  const source = new URL('./extraction-worker.ts', import.meta.url);
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source.href)}); })`, { eval: true });
}

/**
 * One worker thread that extracts batches of articles while the main thread talks to Neo4j. It keeps
 * the process alive only while it has work.
 */
export class ExtractionWorker {
  private readonly worker = startWorker();
  private readonly waiting = new Map<number, { resolve: (results: PreparedOrFailed[]) => void; reject: (error: Error) => void }>();
  private next = 0;
  private exited = false;

  constructor() {
    this.worker.on('message', (message: { id: number; results: PreparedOrFailed[] }) => {
      this.waiting.get(message.id)?.resolve(message.results);
      this.waiting.delete(message.id);
      if (this.waiting.size === 0) this.worker.unref();
    });
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', (code) => {
      this.exited = true;
      this.failAll(new Error(`extraction worker exited with code ${code}`));
    });
    // After the listeners: adding a 'message' listener refs the thread again.
    this.worker.unref();
  }

  /** False once the thread has died; a new worker is needed then. */
  get alive(): boolean {
    return !this.exited;
  }

  prepare(inputs: ArticleInput[]): Promise<PreparedOrFailed[]> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage({ id, inputs });
    });
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    this.exited = true;
    await this.worker.terminate();
  }

  private failAll(error: Error): void {
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }
}

let shared: ExtractionWorker | null = null;

/**
 * The process's extraction worker, started on first use and kept: a thread's first thousand or so
 * articles run at a third of full speed while V8 compiles the extractor, and a second ingest in the same
 * process (the API's feeds, a benchmark after its warm-up) should not pay that again.
 */
export function sharedExtractionWorker(): ExtractionWorker {
  if (!shared?.alive) shared = new ExtractionWorker();
  return shared;
}
