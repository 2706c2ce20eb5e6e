/**
 * Who interpreted and who from the person's own circle was present, as recorded on each contact,
 * interview and meeting (003 6.7, 7.4, 7.5): relationships only, never names.
 */
import {
  CIRCLE_RELATIONSHIPS,
  INTERPRETER_RELATIONSHIPS,
  type CircleRelationship,
  type InterpreterRelationship,
} from '@waymark/pathways';
import { builder } from '../../builder.ts';

// The engine's ids in GraphQL's enum style: accompanyingAdult is ACCOMPANYING_ADULT.
const enumName = (id: string) => id.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();

export const InterpreterRelationshipEnum = builder.enumType('InterpreterRelationship', {
  description:
    'Who interpreted. Only NONE or PROFESSIONAL (national register, DBS-checked) are accepted: never family, a sponsor, a carer or an accompanying adult (003 6.7, 7.5).',
  values: Object.fromEntries(INTERPRETER_RELATIONSHIPS.map((id) => [enumName(id), { value: id }])) as Record<
    string,
    { value: InterpreterRelationship }
  >,
});

export const CircleRelationshipEnum = builder.enumType('CircleRelationship', {
  description: "Someone from the person's own circle who was present (003 7.4).",
  values: Object.fromEntries(CIRCLE_RELATIONSHIPS.map((id) => [enumName(id), { value: id }])) as Record<
    string,
    { value: CircleRelationship }
  >,
});
