import { describe, expect, it } from 'vitest';
import { decodeInput, ExtractionInputError } from '../../src/extraction/index.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeInput', () => {
  it('decodes UTF-8 text and drops a byte-order mark', () => {
    expect(decodeInput(bytes('\uFEFFXiaomi’s shares rose'))).toBe('Xiaomi’s shares rose');
  });

  const failures: [string, Uint8Array, { maxBytes?: number }, string][] = [
    ['empty input', new Uint8Array(), {}, 'EMPTY_INPUT'],
    ['whitespace only', bytes(' \n\t '), {}, 'EMPTY_INPUT'],
    ['NUL bytes', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), {}, 'BINARY_INPUT'],
    ['invalid UTF-8', new Uint8Array([0x48, 0x69, 0xc3, 0x28]), {}, 'INVALID_UTF8'],
    ['too large', bytes('x'.repeat(101)), { maxBytes: 100 }, 'INPUT_TOO_LARGE'],
  ];
  it.each(failures)('rejects %s', (_name, input, opts, code) => {
    let error: unknown;
    try {
      decodeInput(input, opts);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExtractionInputError);
    expect((error as ExtractionInputError).code).toBe(code);
    expect((error as Error).message.length).toBeGreaterThan(10);
  });

  it('defaults to a 10 MiB limit', () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61);
    expect(() => decodeInput(big)).toThrow(/limit/);
  });
});
