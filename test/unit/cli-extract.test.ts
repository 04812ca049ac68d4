import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));

async function extract(file: string, input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'extract', file], { maxBuffer: 64 * 1024 * 1024 });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

// Each case starts a real process, so each may take a few seconds on a busy machine.
describe('newsgraph extract', { timeout: 60_000 }, () => {
  it('prints documents, entities and relations as one JSON object', async () => {
    const result = await extract('data/news/000_5772fa2ed1b7fa01.txt');
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as { documents: Array<{ kind: string }>; entities: Array<{ id: string }>; relations: Array<{ source: string; target: string }> };
    expect(output.documents[0]?.kind).toBe('article');
    expect(output.documents.filter((d) => d.kind === 'headline')).toHaveLength(17);
    const ids = new Set(output.entities.map((e) => e.id));
    expect(output.relations.every((r) => ids.has(r.source) && ids.has(r.target))).toBe(true);
  });

  it('reads standard input for -', async () => {
    const result = await extract('-', 'Lenovo Group (HK: 0992) surged over 7% on Friday.');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).entities).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'Listing' })]));
  });

  it.each([
    ['empty', ''],
    ['binary', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x00, 0x01, 0x02])],
    ['invalid UTF-8', Buffer.from([0x41, 0xc3, 0x28, 0x42])],
  ])('refuses %s input with one clear line and a non-zero exit', async (name, content) => {
    const result = await extract(file(`${name}.txt`, content));
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^BAD_USER_INPUT: /m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a 50 MB file quickly and clearly', async () => {
    const result = await extract(file('huge.txt', Buffer.alloc(50 * 1024 * 1024, 'a')));
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/BAD_USER_INPUT: .*(large|MB|bytes)/i);
  });

  it('says which file is missing', async () => {
    const result = await extract(join(dir, 'nope.txt'));
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('No such file');
  });
});
