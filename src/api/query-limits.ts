import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ApiLimits } from '../config.js';

/** Lists without a `first` argument are costed as this many items. */
const ASSUMED_LIST_SIZE = 10;

/** Depth of the deepest field, fragments followed (a cycle is cut, and validation rejects it anyway). */
export function queryDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !seen.has(name)) deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...seen, name])));
      }
    }
    return deepest;
  };
  let deepest = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && definition.name?.value !== operationName) continue;
    deepest = Math.max(deepest, depthOf(definition.selectionSet, new Set()));
  }
  return deepest;
}

/** Each field costs 1; a list or page multiplies what is below it by `first` (or an assumed size). */
const pagedEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection (GraphiQL asks for it on load) reads the schema, not the database.
  if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
  const first = typeof args.first === 'number' ? args.first : undefined;
  const isList = isListType(getNullableType(field.type));
  const isConnection = getNamedType(field.type).name.endsWith('Connection');
  // A connection's own lists (edges) hold the `first` items its field already multiplied by.
  const insideConnection = type.name.endsWith('Connection');
  const multiplier = insideConnection ? 1 : (first ?? (isList || isConnection ? ASSUMED_LIST_SIZE : 1));
  return 1 + childComplexity * Math.max(multiplier, 1);
};

export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string | null): number {
  return getComplexity({ schema, query: document, variables, operationName: operationName ?? undefined, estimators: [pagedEstimator] });
}

/** Throws a GraphQLError with a code when a query is deeper or costlier than allowed. */
export function enforceQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null | undefined,
  limits: ApiLimits,
): void {
  const depth = queryDepth(document, operationName);
  if (depth > limits.maxDepth) {
    throw new GraphQLError(`Query depth ${depth} exceeds the maximum of ${limits.maxDepth}.`, {
      extensions: { code: 'QUERY_TOO_DEEP', depth, maxDepth: limits.maxDepth, http: { status: 400 } },
    });
  }
  let cost: number;
  try {
    cost = queryCost(schema, document, variables, operationName);
  } catch (error) {
    // Costing coerces the variables first; a bad variable is the caller's mistake, not ours.
    throw new GraphQLError(error instanceof Error ? error.message : String(error), {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
  if (cost > limits.maxCost) {
    throw new GraphQLError(`Query cost ${cost} exceeds the maximum of ${limits.maxCost}; ask for smaller pages or fewer nested lists.`, {
      extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost: limits.maxCost, http: { status: 400 } },
    });
  }
}

const MAX_VARIABLE_SETS_PER_DOCUMENT = 256;

/**
 * enforceQueryLimits with memory: Apollo hands the same parsed document for the same query text, so a
 * document and its variables are checked once, not on every request.
 */
export function cachedLimitCheck(schema: GraphQLSchema, limits: ApiLimits) {
  const passed = new WeakMap<DocumentNode, Set<string>>();
  return (document: DocumentNode, variables: Record<string, unknown>, operationName: string | null | undefined): void => {
    const key = `${operationName ?? ''}|${JSON.stringify(variables)}`;
    const known = passed.get(document);
    if (known?.has(key)) return;
    enforceQueryLimits(schema, document, variables, operationName, limits);
    const set = known ?? new Set<string>();
    if (set.size >= MAX_VARIABLE_SETS_PER_DOCUMENT) set.clear();
    set.add(key);
    passed.set(document, set);
  };
}
