export { extract, extractDocuments, articleDocument, type DocumentInput } from './extract.js';
export { decodeInput, ExtractionInputError, DEFAULT_MAX_BYTES, type ExtractionInputErrorCode } from './input-decoding.js';
export { splitDocuments, documentId } from './document-split.js';
export * from './types.js';
