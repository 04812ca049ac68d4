import type { GraphDatabase, Params } from '../../src/graph/database.js';

export interface RecordedStatement {
  cypher: string;
  params: Params;
  ms: number;
}

/**
 * Records every statement a GraphDatabase sends, with its parameters and time. GraphDatabase has no hook
 * for this, so it wraps the private `wrap` method: a profiling aid only, never used in measurements.
 */
export function recordStatements(db: GraphDatabase): RecordedStatement[] {
  const recorded: RecordedStatement[] = [];
  const target = db as unknown as { wrap: (managed: unknown) => { run: (cypher: string, params?: Params) => Promise<unknown[]> } };
  const original = target.wrap.bind(db);
  target.wrap = (managed) => {
    const tx = original(managed);
    return {
      run: async (cypher: string, params: Params = {}) => {
        const started = performance.now();
        const rows = await tx.run(cypher, params);
        recorded.push({ cypher, params, ms: performance.now() - started });
        return rows;
      },
    };
  };
  return recorded;
}
