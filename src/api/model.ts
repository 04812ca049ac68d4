import type { ArticleRecord, EntityRecord, Page, RelationRecord } from '../graph/model.js';

/** Parent objects of the API's own shaping types (the codegen mappers point here and at graph/model.ts). */

export type RelationConnectionModel = Page<RelationRecord>;
export type ArticleConnectionModel = Page<ArticleRecord>;
export type EntityConnectionModel = Page<EntityRecord>;

export interface LeadershipModel {
  organizationId: string;
  role: string | null;
}

export interface IngestResultModel {
  article: ArticleRecord | null;
  unchanged: boolean;
  documents: number;
  entities: EntityRecord[];
  relations: RelationRecord[];
}
