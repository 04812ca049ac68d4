import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { GraphQLError, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Compiled = CompiledQuery | ExecutionResult;

/**
 * Operations run as functions compiled by graphql-jit instead of by graphql-js's interpreter, which
 * coerces every field's arguments and allocates dictionary objects per field and per result object on
 * every request: most of the client cost of answers with hundreds of objects. Each operation is compiled
 * once per parsed document; Apollo keeps one document object per distinct query text (its document
 * cache), so the compiled function lives as long as that entry does.
 *
 * Apollo Server 4+ takes a custom executor only through its `gateway` option; this is a gateway that
 * serves one fixed schema. Parsing, validation and every request plugin (auth, query limits) still run
 * in Apollo before the executor is called. Subscriptions (graphql-ws) keep graphql-js.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const cache = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compile = (document: DocumentNode, operationName: string | null): Compiled => {
    let byName = cache.get(document);
    if (!byName) {
      byName = new Map();
      cache.set(document, byName);
    }
    const key = operationName ?? '';
    let compiled = byName.get(key);
    if (!compiled) {
      compiled = compileQuery(schema, document, operationName ?? undefined);
      byName.set(key, compiled);
    }
    return compiled;
  };
  const executor: GatewayExecutor = async ({ document, operationName, request, context }) => {
    const compiled = compile(document, operationName);
    if (!isCompiledQuery(compiled)) return compiled;
    const result = await compiled.query(undefined, context, request.variables ?? {});
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    load: async () => ({ executor }),
    stop: async () => undefined,
  };
}

/**
 * graphql-jit's errors imitate graphql-js's but leave `extensions` undefined when the thrown error had
 * none, where Apollo's error formatting expects an object. They become graphql-js errors with the same
 * message, locations, path and original error, so our error codes reach clients as before.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? {},
  });
  if (error.locations) Object.assign(converted, { locations: error.locations });
  return converted;
}
