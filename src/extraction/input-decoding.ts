export type ExtractionInputErrorCode = 'EMPTY_INPUT' | 'BINARY_INPUT' | 'INVALID_UTF8' | 'INPUT_TOO_LARGE';

/** Input that extraction refuses, with a machine-readable code for the CLI and API. */
export class ExtractionInputError extends Error {
  readonly code: ExtractionInputErrorCode;
  constructor(code: ExtractionInputErrorCode, message: string) {
    super(message);
    this.name = 'ExtractionInputError';
    this.code = code;
  }
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Decodes UTF-8 news text, rejecting empty, oversized, binary or malformed input. */
export function decodeInput(bytes: Uint8Array, opts: { maxBytes?: number } = {}): string {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new ExtractionInputError(
      'INPUT_TOO_LARGE',
      `Input is ${bytes.length} bytes; the limit is ${maxBytes} bytes.`,
    );
  }
  if (bytes.includes(0)) {
    throw new ExtractionInputError('BINARY_INPUT', 'Input contains NUL bytes: it looks like a binary file, not text.');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ExtractionInputError('INVALID_UTF8', 'Input is not valid UTF-8 text.');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    throw new ExtractionInputError('EMPTY_INPUT', 'Input is empty: there is no text to extract from.');
  }
  return text;
}
