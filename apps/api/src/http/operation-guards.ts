/**
 * Checks on the resolved operation that need the variables, so they cannot live in a
 * validation rule: API token scopes (READ for queries, WRITE for mutations; one place for
 * every operation) and the largest page a connection may ask for.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import type { Context } from '../context.ts';
import { forbidden } from '../modules/identity/identity.errors.ts';

export const MAX_PAGE_SIZE = 100;

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
        if (largestPage(document, request.variables ?? {}) > MAX_PAGE_SIZE) {
          throw new GraphQLError(
            `A page may hold at most ${MAX_PAGE_SIZE} items: ask for first: ${MAX_PAGE_SIZE} or fewer and follow the cursor.`,
            {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            },
          );
        }
      },
    };
  },
};
