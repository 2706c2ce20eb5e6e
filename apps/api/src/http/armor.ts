/**
 * Query limits (graphql-armor 3.2, whose max-depth counts fragments without the cache bypass):
 * every legitimate Waymark operation fits well inside them; anything bigger is an attack or a
 * mistake and fails validation before a resolver runs. Field suggestions ("did you mean ...")
 * would map the schema for a stranger, so they are off outside development.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';

export const armorLimits = { maxDepth: 10, maxAliases: 15, maxTokens: 2000, maxCost: 5000, maxDirectives: 20 };

export type ArmorLimits = typeof armorLimits;

export function armorFor(
  env: 'development' | 'test' | 'production',
  overrides: Partial<ArmorLimits> = {},
): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[]; limits: ArmorLimits } {
  const limits = { ...armorLimits, ...overrides };
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    // Token limit through graphql-js's own parser (parseOptions in server.ts) instead: armor's
    // plugin re-parses and its syntax errors come back as HTTP 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: limits.maxCost },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: env !== 'development' },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules, limits };
}
