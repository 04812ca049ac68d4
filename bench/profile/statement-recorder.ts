import type { GraphDatabase, Params } from '../../src/graph/database.js';

export interface RecordedStatement {
  cypher: string;
  params: Params;
  ms: number;
}

/**
 * Records every statement a GraphDatabase sends, with its parameters and time. GraphDatabase has no hook
 * for this, so it wraps the private `wrap` method and `readOne`: a profiling aid only, never used in measurements.
 */
export function recordStatements(db: GraphDatabase): RecordedStatement[] {
  const recorded: RecordedStatement[] = [];
  type Run = (cypher: string, params?: Params) => Promise<unknown[]>;
  const timed =
    (run: Run): Run =>
    async (cypher, params = {}) => {
      const started = performance.now();
      const rows = await run(cypher, params);
      recorded.push({ cypher, params, ms: performance.now() - started });
      return rows;
    };
  const target = db as unknown as { wrap: (managed: unknown) => { run: Run }; readOne: Run };
  const original = target.wrap.bind(db);
  target.wrap = (managed) => ({ run: timed(original(managed).run) });
  target.readOne = timed(target.readOne.bind(db));
  return recorded;
}
