import { graphqlRequest, variablesFor, type OperationInputs, type OperationName, type ServerKind } from './operations.js';

/** What one HTTP request of an operation looks like for a given server. */
export interface HttpRequestSpec {
  url: string;
  path: string;
  body: string;
}

export function requestSpec(kind: ServerKind, serverUrl: string, op: OperationName, inputs: OperationInputs, i: number): HttpRequestSpec {
  const variables = variablesFor(op, inputs, i, kind);
  const url = new URL(serverUrl);
  if (kind === 'raw') return { url: url.origin, path: `/op/${op}`, body: JSON.stringify(variables) };
  return { url: url.origin, path: url.pathname, body: JSON.stringify(graphqlRequest(op, kind, variables)) };
}

/** One request, for the equivalence check: the `data` of the answer, or an error naming what went wrong. */
export async function ask(kind: ServerKind, serverUrl: string, op: OperationName, inputs: OperationInputs, i: number): Promise<unknown> {
  const spec = requestSpec(kind, serverUrl, op, inputs, i);
  const response = await fetch(`${spec.url}${spec.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: spec.body });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  if (!response.ok || body.errors?.length) {
    throw new Error(`${kind} ${op}: HTTP ${response.status} ${body.errors?.map((e) => e.message).join('; ') ?? ''}`);
  }
  return body.data;
}
