/**
 * Checks on the resolved operation that need the variables, so they cannot live in a
 * validation rule: API token scopes (READ for queries, WRITE for mutations; one place for
 * every operation), the largest page a connection may ask for, how many items the lists of one
 * request may hold and how big its variables may be (variables escape graphql-armor's token and
 * cost limits, which see only the document: `nodes(ids: $ids)` with 15,000 ids kept the API busy
 * for minutes), and text PostgreSQL cannot store (a null character).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import type { Context } from '../context.ts';
import { forbidden } from '../modules/identity/identity.errors.ts';

export const MAX_PAGE_SIZE = 100;
/** Items in all the list arguments of one request together (literal or in variables). */
export const MAX_LIST_ITEMS = 100;
/** Values in a request's variables: the same budget as the document's tokens (armor.ts). */
export const MAX_VARIABLE_VALUES = 2000;

function badInput(message: string) {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

interface Tally {
  listItems: number;
  values: number;
  nullCharacter: boolean;
}

/** Counts list items and leaf values in a variable's value, and looks for null characters. */
function tallyValue(value: unknown, tally: Tally) {
  if (Array.isArray(value)) {
    tally.listItems += value.length;
    for (const item of value) tallyValue(item, tally);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) tally.nullCharacter = true;
      tallyValue(item, tally);
    }
  } else {
    tally.values += 1;
    if (typeof value === 'string' && value.includes('\u0000')) tally.nullCharacter = true;
  }
}

export function tallyRequest(document: DocumentNode, variables: Record<string, unknown>): Tally {
  const tally: Tally = { listItems: 0, values: 0, nullCharacter: false };
  visit(document, {
    ListValue(node) {
      tally.listItems += node.values.length;
    },
    StringValue(node) {
      if (node.value.includes('\u0000')) tally.nullCharacter = true;
    },
  });
  tallyValue(variables, tally);
  return tally;
}

function intValue(node: ValueNode, variables: Record<string, unknown>): number | null {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === 'number' ? value : null;
  }
  return null;
}

export function largestPage(document: DocumentNode, variables: Record<string, unknown>): number {
  let largest = 0;
  visit(document, {
    Argument(node) {
      if (node.name.value !== 'first' && node.name.value !== 'last') return;
      largest = Math.max(largest, intValue(node.value, variables) ?? 0);
    },
  });
  return largest;
}

export const operationGuards: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, document, request, contextValue }) {
        const scopes = contextValue.viewer?.credential?.scopes;
        if (scopes) {
          const needed = operation?.operation === 'mutation' ? 'WRITE' : 'READ';
          if (!scopes.includes(needed)) throw forbidden();
        }
        const variables = request.variables ?? {};
        if (largestPage(document, variables) > MAX_PAGE_SIZE) {
          throw badInput(
            `A page may hold at most ${MAX_PAGE_SIZE} items: ask for first: ${MAX_PAGE_SIZE} or fewer and follow the cursor.`,
          );
        }
        const tally = tallyRequest(document, variables);
        if (tally.listItems > MAX_LIST_ITEMS) {
          throw badInput(
            `The lists of one request may hold at most ${MAX_LIST_ITEMS} items in all: split it into several requests.`,
          );
        }
        if (tally.values > MAX_VARIABLE_VALUES) {
          throw badInput(`The variables of one request may hold at most ${MAX_VARIABLE_VALUES} values.`);
        }
        if (tally.nullCharacter) throw badInput('Text may not contain a null character (U+0000).');
      },
    };
  },
};
