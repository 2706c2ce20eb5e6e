import { pathwayDefinitionSchema, type PathwayDefinition } from './schema';
import { staticChecks, type Problem } from './static-checks';

export type CheckResult = { ok: true; definition: PathwayDefinition } | { ok: false; problems: Problem[] };

/** Validate shape and meaning; never throws. Use for definitions from outside the code base. */
export function checkDefinition(input: unknown): CheckResult {
  const parsed = pathwayDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        code: 'SCHEMA' as const,
        path: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    };
  }
  const problems = staticChecks(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, definition: deepFreeze(parsed.data) };
}

export class PathwayDefinitionError extends Error {
  constructor(
    readonly pathwayId: string,
    readonly problems: Problem[],
  ) {
    super(
      `pathway "${pathwayId}" is invalid:\n${problems.map((p) => `  - [${p.code}] ${p.path}: ${p.message}`).join('\n')}`,
    );
    this.name = 'PathwayDefinitionError';
  }
}

/**
 * For the pathway modules in this package: a broken built-in definition is a
 * programming error, so fail loudly at import time with every problem listed.
 */
export function definePathway(input: PathwayDefinition): PathwayDefinition {
  const result = checkDefinition(input);
  if (!result.ok) throw new PathwayDefinitionError(input.id, result.problems);
  return result.definition;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
