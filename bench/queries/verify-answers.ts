import { isDeepStrictEqual } from 'node:util';
import { canonicalAnswer, OPERATION_NAMES, type OperationInputs, type ServerKind } from './operations.js';
import { ask } from './server-clients.js';

export interface Disagreement {
  op: string;
  input: number;
  detail: string;
}

/**
 * Before timing: every server answers every input of every operation, and the canonical answers must be
 * equal, so the servers are compared doing the same work. Returns the disagreements (none is the goal).
 */
export async function verifyAnswers(servers: Array<{ kind: ServerKind; url: string }>, inputs: OperationInputs, perOperation = 5): Promise<Disagreement[]> {
  const problems: Disagreement[] = [];
  for (const op of OPERATION_NAMES) {
    const count = op === 'companies_nested' ? 1 : perOperation;
    for (let i = 0; i < count; i += 1) {
      const answers = new Map<ServerKind, unknown>();
      for (const server of servers) {
        try {
          answers.set(server.kind, canonicalAnswer(op, server.kind, await ask(server.kind, server.url, op, inputs, i)));
        } catch (error) {
          problems.push({ op, input: i, detail: error instanceof Error ? error.message : String(error) });
        }
      }
      const [first, ...rest] = [...answers.entries()];
      for (const [kind, answer] of rest) {
        if (first && !isDeepStrictEqual(first[1], answer)) {
          problems.push({ op, input: i, detail: `${first[0]} ${JSON.stringify(first[1]).slice(0, 300)} ≠ ${kind} ${JSON.stringify(answer).slice(0, 300)}` });
        }
      }
      if (first && first[1] === null) problems.push({ op, input: i, detail: `${first[0]} found nothing: the input does not exercise the query` });
    }
  }
  return problems;
}
