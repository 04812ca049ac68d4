import { EventEmitter, on } from 'node:events';
import type { ArticleRecord, RelationRecord } from '../graph/model.js';

interface Events {
  relationAdded: RelationRecord;
  articleIngested: ArticleRecord;
}

/** In-process publish/subscribe behind the GraphQL subscriptions. */
export class EventBus {
  private readonly emitter = new EventEmitter({ captureRejections: true });

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  publish<K extends keyof Events>(name: K, payload: Events[K]): void {
    this.emitter.emit(name, payload);
  }

  listenerCount(name: keyof Events): number {
    return this.emitter.listenerCount(name);
  }

  async *subscribe<K extends keyof Events>(name: K, signal?: AbortSignal): AsyncGenerator<Events[K]> {
    for await (const [payload] of on(this.emitter, name, { signal })) {
      yield payload as Events[K];
    }
  }
}
