import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Prefetch } from '../graph/entity-store.js';
import { mergeKinds, type NeighbourKind } from '../graph/neighbour-prefetch.js';
import type { Loaders } from './loaders.js';
import { factsFor, NEIGHBOUR_FIELDS, placeholdersNeeded, propertiesNeeded } from './neighbour-fields.js';

type Fragments = Record<string, FragmentDefinitionNode>;

/** Fields selected at `path` below the given field nodes, by the object type they are selected on. */
function selectedFields(nodes: readonly FieldNode[], fragments: Fragments, path: readonly string[], types: ReadonlySet<string>): Map<string, FieldNode[]> {
  const found = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode | undefined, depth: number, typeName: string | null): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (depth < path.length) {
          if (selection.name.value === path[depth]) visit(selection.selectionSet, depth + 1, typeName);
        } else {
          for (const type of typeName ? [typeName] : types) found.set(type, [...(found.get(type) ?? []), selection]);
        }
        continue;
      }
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
      const condition = fragment?.typeCondition?.name.value ?? null;
      if (condition === null || types.has(condition)) visit(fragment?.selectionSet, depth, condition ?? typeName);
    }
  };
  for (const node of nodes) visit(node.selectionSet, 0, null);
  return found;
}

/** Names of the fields selected directly below some field nodes, through fragments of any type. */
export function subfieldNames(nodes: readonly FieldNode[], fragments: Fragments): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else visit(selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of nodes) visit(node.selectionSet);
  return names;
}

/**
 * How to read the entities a root field returns, following the query: the neighbour lists it selects on
 * them, to be read in the same statement, each with just the relation facts and entity parts selected on
 * its items (the lists land in the request's loaders, where the field resolvers find them), and whether
 * the entities' own aliases and properties are shown. Undefined when the query needs the plain read.
 */
export function neighbourPrefetch(info: GraphQLResolveInfo, loaders: Loaders, types: readonly string[], path: readonly string[] = []): Prefetch | undefined {
  const kinds: NeighbourKind[] = [];
  const rootFields = new Set<string>();
  for (const [type, fields] of selectedFields(info.fieldNodes, info.fragments, path, new Set(types))) {
    for (const field of fields) {
      rootFields.add(field.name.value);
      const kind = NEIGHBOUR_FIELDS[type]?.[field.name.value];
      if (!kind) continue;
      const itemFields = subfieldNames([field], info.fragments);
      kinds.push({
        ...kind,
        facts: factsFor(type, field.name.value, itemFields),
        properties: propertiesNeeded(itemFields),
        placeholders: placeholdersNeeded(itemFields),
      });
    }
  }
  const parts = { aliases: rootFields.has('aliases'), properties: propertiesNeeded(rootFields) };
  if (kinds.length === 0 && parts.aliases && parts.properties) return undefined;
  return { kinds: mergeKinds(kinds), sink: (lists) => loaders.primeNeighbours(lists), parts };
}

const factsCache = new WeakMap<readonly FieldNode[], string[]>();

/** The relation facts the items of a neighbour-list field need, computed once per field of an operation. */
export function factsNeeded(info: GraphQLResolveInfo): string[] {
  let facts = factsCache.get(info.fieldNodes);
  if (!facts) {
    facts = factsFor(info.parentType.name, info.fieldName, subfieldNames(info.fieldNodes, info.fragments));
    factsCache.set(info.fieldNodes, facts);
  }
  return facts;
}
