import type { GraphDatabase } from './database.js';
import { ArticleStore } from './article-store.js';
import { EntityStore } from './entity-store.js';
import { RelationStore } from './relation-store.js';

export interface Stores {
  db: GraphDatabase;
  entities: EntityStore;
  articles: ArticleStore;
  relations: RelationStore;
}

export function createStores(db: GraphDatabase): Stores {
  return { db, entities: new EntityStore(db), articles: new ArticleStore(db), relations: new RelationStore(db) };
}
