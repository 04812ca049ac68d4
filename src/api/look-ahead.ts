import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Prefetch } from '../graph/entity-store.js';
import type { NeighbourKind } from '../graph/neighbour-prefetch.js';
import type { Loaders } from './loaders.js';
import { NEIGHBOUR_FIELDS } from './neighbour-fields.js';

/** Field names selected at `path` below the resolved field, for objects of the given types. */
function selectedFields(info: GraphQLResolveInfo, path: readonly string[], types: ReadonlySet<string>): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const visit = (set: SelectionSetNode | undefined, depth: number, typeName: string | null): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (depth < path.length) {
          if (selection.name.value === path[depth]) visit(selection.selectionSet, depth + 1, typeName);
        } else {
          for (const type of typeName ? [typeName] : types) found.set(type, [...(found.get(type) ?? []), selection.name.value]);
        }
        continue;
      }
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
      const condition = fragment?.typeCondition?.name.value ?? null;
      if (condition === null || types.has(condition)) visit(fragment?.selectionSet, depth, condition ?? typeName);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, 0, null);
  return found;
}

/**
 * The neighbour lists a query selects on the entities a root field returns, to be read in the same
 * statement; the lists land in the request's loaders, so the field resolvers find them there.
 */
export function neighbourPrefetch(info: GraphQLResolveInfo, loaders: Loaders, types: readonly string[], path: readonly string[] = []): Prefetch | undefined {
  const kinds: NeighbourKind[] = [];
  for (const [type, fields] of selectedFields(info, path, new Set(types))) {
    for (const field of fields) {
      const kind = NEIGHBOUR_FIELDS[type]?.[field];
      if (kind) kinds.push(kind);
    }
  }
  return kinds.length > 0 ? { kinds, sink: (lists) => loaders.primeNeighbours(lists) } : undefined;
}
