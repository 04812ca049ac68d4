import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../extraction/types.js';
import { AppError } from '../errors.js';

/**
 * Cypher cannot take labels or relationship types as parameters, so the few places that put one into
 * query text take it from here: a closed list, checked again at the point of use.
 */
export function relationTypeToken(type: string): RelationType {
  if (!(RELATION_TYPES as readonly string[]).includes(type)) {
    throw new AppError('BAD_USER_INPUT', `Unknown relation type ${JSON.stringify(type).slice(0, 60)}.`);
  }
  return type as RelationType;
}

export function entityLabelToken(type: string): EntityType {
  if (!(ENTITY_TYPES as readonly string[]).includes(type)) {
    throw new AppError('BAD_USER_INPUT', `Unknown entity type ${JSON.stringify(type).slice(0, 60)}.`);
  }
  return type as EntityType;
}

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

/**
 * The relationship pattern `(e)…(o)` for a direction, with the type (already checked) or any type, and the
 * other end of any entity type or of one (its label, checked too).
 */
export function relationshipPattern(type: RelationType | null, direction: Direction, otherType: EntityType | null = null): string {
  const body = type ? `[r:${relationTypeToken(type)}]` : '[r]';
  const other = `(o:${otherType ? entityLabelToken(otherType) : 'Entity'})`;
  if (direction === 'OUTGOING') return `(e)-${body}->${other}`;
  if (direction === 'INCOMING') return `(e)<-${body}-${other}`;
  return `(e)-${body}-${other}`;
}
