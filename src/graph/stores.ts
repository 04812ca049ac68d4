import type { GraphDatabase } from './database.js';
import { ArticleStore } from './article-store.js';
import { EntityStore } from './entity-store.js';
import { PathStore } from './path-store.js';
import { RelationStore } from './relation-store.js';
import { StockMoveStore } from './stock-move-store.js';

export interface Stores {
  db: GraphDatabase;
  entities: EntityStore;
  articles: ArticleStore;
  relations: RelationStore;
  stockMoves: StockMoveStore;
  paths: PathStore;
}

export function createStores(db: GraphDatabase): Stores {
  return {
    db,
    entities: new EntityStore(db),
    articles: new ArticleStore(db),
    relations: new RelationStore(db),
    stockMoves: new StockMoveStore(db),
    paths: new PathStore(db),
  };
}
