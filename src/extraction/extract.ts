import { findBenefits } from './benefit-rules.js';
import { findDeals } from './deal-rules.js';
import { analyseDocument } from './document-analysis.js';
import { documentId, splitDocuments } from './document-split.js';
import { GraphAssembler } from './entity-assembly.js';
import { findLeaders } from './leadership-rules.js';
import type { RelationDraft } from './relation-draft.js';
import { findOwnership } from './ownership-rules.js';
import { findProducers } from './product-rules.js';
import { findStockMoves } from './stock-move-rules.js';
import type { DocumentKind, ExtractedDocument, ExtractionResult } from './types.js';

export interface DocumentInput {
  /** Defaults to a hash of the text. */
  id?: string;
  kind: DocumentKind;
  text: string;
}

/** One ingested article (title + body) as a single article document. */
export function articleDocument(title: string, body: string): ExtractedDocument {
  const text = [title.trim(), body.trim()].filter((t) => t !== '').join('\n\n');
  return { id: documentId(text), kind: 'article', text };
}

/** Extracts from documents already split; coreference never crosses a document. */
export function extractDocuments(inputs: readonly DocumentInput[]): ExtractionResult {
  const assembler = new GraphAssembler();
  const documents: ExtractedDocument[] = [];
  for (const input of inputs) {
    const doc: ExtractedDocument = { id: input.id ?? documentId(input.text), kind: input.kind, text: input.text };
    documents.push(doc);
    if (doc.text.trim() === '') continue;
    const analysed = analyseDocument(doc);
    const drafts: RelationDraft[] = [
      ...analysed.listedAs.map((l): RelationDraft => ({
        type: 'LISTED_AS', source: l.company, target: l.listing, properties: {}, confidence: 0.95, sentence: analysed.sentences[l.sentence]!,
      })),
      ...findStockMoves(analysed),
      ...findDeals(analysed),
      ...findLeaders(analysed),
      ...findBenefits(analysed),
      ...findOwnership(analysed),
      ...findProducers(analysed),
    ];
    assembler.addDocument(analysed, drafts.filter((d) => !d.source.sourceOnly && !d.target.sourceOnly));
  }
  return { documents, ...assembler.result() };
}

/** Splits a text into its article and headline documents and extracts from each. */
export function extract(text: string): ExtractionResult {
  return extractDocuments(splitDocuments(text));
}
