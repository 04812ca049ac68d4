import type { Token } from './tokenize.js';
import type { EntityType, ExtractedDocument, PropertyValue } from './types.js';

/** One entity as seen within one document: all its mentions share it. */
export interface Cluster {
  type: EntityType;
  surfaceForms: string[];
  keyWords: string[];
  properties: Record<string, PropertyValue>;
  mentions: number;
  firstSentence: number;
  /** Names that are aliases only, never the entity's name: a former name ("Armtek Corp, formerly Armstrong Rubber Co"), a plural ("iPhones"). */
  aliasesOnly?: string[];
  /** A news agency only credited as the story's source ("LONDON ( Reuters ) -"): no party to any relation. */
  sourceOnly?: boolean;
  /** Policy family, for merging different names of one scheme. */
  family?: string;
  /** Document-scoped entities (events) carry their own id instead of a name-derived one. */
  fixedId?: string;
}

/** A name found in a sentence, before it joins an entity: tokens [start, end) and the words it is written with. */
export interface NameSpan {
  sentence: number;
  start: number;
  end: number;
  type: EntityType;
  text: string;
}

export interface Mention {
  cluster: Cluster;
  start: number;
  end: number;
  /** Resolved from a pronoun or description ("it", "the company"): less certain. */
  anaphoric: boolean;
}

export interface AnalysedSentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  lower: string[];
  /** Trigger-word classes the sentence may hold (trigger-words.ts): rules skip the sentences without theirs. */
  triggers: number;
  caseless: boolean;
  /** Most letters are capitals: a newswire title ("ACME TO BUY WIDGET"). */
  shouted: boolean;
  mentions: Mention[];
}

export interface ListedAs {
  company: Cluster;
  listing: Cluster;
  sentence: number;
}

export interface AnalysedDocument {
  doc: ExtractedDocument;
  sentences: AnalysedSentence[];
  clusters: Cluster[];
  listedAs: ListedAs[];
}
