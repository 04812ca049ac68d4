import type { Loaders } from './loaders.js';
import type { Stores } from '../graph/stores.js';
import type { ApiLimits, AuthConfig } from '../config.js';
import type { EventBus } from './event-bus.js';

export type Role = 'anonymous' | 'reader' | 'writer';

/** Built per request: the caller's role, the stores, and request-scoped DataLoaders. */
export interface ApiContext {
  role: Role;
  stores: Stores;
  loaders: Loaders;
  limits: ApiLimits;
  events: EventBus;
  auth: AuthConfig;
}
