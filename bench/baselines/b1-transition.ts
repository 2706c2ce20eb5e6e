/**
 * B1's caseTransition: the change the API makes for the benchmark's transition (case-transition.ts
 * through case-transaction.ts changeCase and track-moves.ts move), written as one hand-written SQL
 * transaction with `pg`: lock the case the mover's organisation may change and read its track in
 * one statement, let the pathway engine decide the move (the same pure functions the API calls),
 * then store the track, bump the case version, append the case events and the audit row. The
 * database's triggers do the rest as for any write (the events' hash chain; CaseAccess is kept
 * by the Case/Meeting/grant triggers, which a transition does not fire). No GraphQL, no
 * authentication: the mover comes from BENCH_MOVER (JSON: personId, organisationId, actor).
 */
import { randomUUID } from 'node:crypto';
import {
  applyTransition,
  protectedFacts,
  recordTransitionOwner,
  startTrack,
  validateFactsAgainst,
  type Actor,
  type Facts,
  type FactValue,
} from '@waymark/pathways';
import type pg from 'pg';
import {
  caseFacts,
  definitionOf,
  factCatalogue,
  latestPathway,
  trackOf,
} from '../../apps/api/src/modules/pathways/engine-adapter.ts';

export interface Mover {
  personId: string;
  organisationId: string;
  actor: Actor;
}

export interface TransitionInput {
  caseId: string;
  trackId: string;
  transition: string;
  expectedVersion: number;
  facts?: Record<string, unknown> | null;
}

// What caseTransition answers, in the shape the benchmark's mutation asks for.
const payload = (version: number) => ({ data: { caseTransition: { __typename: 'CasePayload', case: { version } } } });
const refusal = (typename: string, code: string) => ({ data: { caseTransition: { __typename: typename, code } } });

// Purposes of a case-team grant that may move a case on (case-access.ts MEMBER_MAY.work).
const MAY_WORK = ['JOINT_INVESTIGATION', 'LEAD_FIRST_RESPONDER'];

/** case-facts.ts mergeFacts and changedFacts, restated: that module loads the GraphQL schema builder. */
function merge(before: Facts, changes: Record<string, unknown>) {
  const stored: Record<string, FactValue> = {};
  for (const [name, value] of Object.entries(before)) if (value !== null && value !== undefined) stored[name] = value;
  for (const [name, value] of Object.entries(changes))
    if (value === null || value === undefined) delete stored[name];
    else stored[name] = value as FactValue;
  const names = new Set([...Object.keys(before), ...Object.keys(stored)]);
  return { stored, changed: [...names].filter((name) => before[name] !== stored[name]).sort() };
}

export async function transitionB1(pool: pg.Pool, mover: Mover, input: TransitionInput) {
  const now = new Date();
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // The case row locked (a concurrent change waits, then sees the new version), the visibility
    // rule (CaseAccess), a non-owner's grant purpose and the track: one statement.
    const { rows } = await client.query(
      `SELECT c.id, c.version, c.status, c."owningOrganisationId", c.facts, c."concernKind", c."dateOfBirth"::text AS "birthDate",
              c."estimatedAge", c."ageUncertain", c."claimedAge", c."reasonToBelieveChild",
              t.id AS "trackId", t."pathwayId", t."pathwayVersion", t.step, t.events,
              (SELECT g.purpose FROM "CaseTeamGrant" g
                WHERE g."caseId" = c.id AND g."organisationId" = $3 AND g.status = 'ACTIVE' LIMIT 1) AS purpose
         FROM "Case" c LEFT JOIN "CaseTrack" t ON t.id = $2 AND t."caseId" = c.id
        WHERE c.id = $1 AND EXISTS (SELECT 1 FROM "CaseAccess" a WHERE a."caseId" = c.id AND a."principalId" = $3)
        FOR UPDATE OF c`,
      [input.caseId, input.trackId, mover.organisationId],
    );
    const current = rows[0];
    const refuse = async (typename: string, code: string) => {
      await client.query('ROLLBACK');
      return refusal(typename, code);
    };
    if (!current) return await refuse('NotFoundError', 'NOT_FOUND');
    if (current.owningOrganisationId !== mover.organisationId && !MAY_WORK.includes(current.purpose))
      return await refuse('NotPermittedError', 'NOT_PERMITTED');
    if (current.version !== input.expectedVersion) return await refuse('StaleCaseError', 'STALE');
    if (current.status === 'CLOSED') return await refuse('CaseClosedError', 'CASE_CLOSED');
    if (!current.trackId) return await refuse('ValidationError', 'VALIDATION');
    const definition = definitionOf(current);
    // A transition that keeps a record is taken by its own mutation (the bench never sends one).
    if (recordTransitionOwner(definition, input.transition)) return await refuse('RuleViolationError', 'RULE');

    const before = (current.facts ?? {}) as Facts;
    const changes = input.facts && Object.keys(input.facts).length ? input.facts : null;
    if (changes && (validateFactsAgainst(factCatalogue, changes).length || protectedFacts(Object.keys(changes)).length))
      return await refuse('ValidationError', 'VALIDATION');
    const { stored, changed } = changes ? merge(before, changes) : { stored: before, changed: [] as string[] };
    const result = applyTransition(
      definition,
      trackOf(current),
      input.transition,
      // pg reads a date as local midnight; Prisma (and so the API) as UTC midnight.
      caseFacts(
        {
          ...current,
          facts: stored,
          dateOfBirth: current.birthDate ? new Date(`${current.birthDate}T00:00:00Z`) : null,
        },
        now,
      ),
      mover.actor,
      now,
      { occurredAt: now },
    );
    if (!result.ok) return await refuse('RuleViolationError', 'RULE');

    await client.query(`UPDATE "CaseTrack" SET step = $2, events = $3 WHERE id = $1`, [
      current.trackId,
      result.track.step,
      JSON.stringify(result.track.events),
    ]);
    const moved = result.events[0];
    // 002-37: a step that hands off to another pathway starts its track now, unless the case follows it.
    let handedOff: Record<string, unknown> | null = null;
    const target = definition.steps.find((s) => s.id === result.track.step)?.handOff;
    const next = target && moved && moved.from !== moved.to ? latestPathway(target) : undefined;
    if (next) {
      const at = new Date(moved!.occurredAt ?? moved!.at);
      const { track } = startTrack(next, at);
      const started = await client.query(
        `INSERT INTO "CaseTrack" (id, "caseId", "pathwayId", "pathwayVersion", step, events, "startedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT ("caseId", "pathwayId") DO NOTHING RETURNING id`,
        [randomUUID(), current.id, next.id, next.version, track.step, JSON.stringify(track.events), at],
      );
      if (started.rows[0])
        handedOff = {
          trackId: started.rows[0].id,
          pathwayId: next.id,
          pathwayVersion: next.version,
          step: track.step,
          startedAt: at.toISOString(),
        };
    }
    const version = input.expectedVersion + 1;
    await client.query(
      changed.length
        ? `UPDATE "Case" SET version = version + 1, facts = $2 WHERE id = $1`
        : `UPDATE "Case" SET version = version + 1 WHERE id = $1`,
      changed.length ? [current.id, JSON.stringify(stored)] : [current.id],
    );
    const events = [
      ...(changed.length ? [{ kind: 'FACTS_RECORDED', occurredAt: now, data: { facts: changed } }] : []),
      {
        kind: 'TRANSITION',
        occurredAt: moved?.occurredAt ? new Date(moved.occurredAt) : now,
        data: {
          trackId: current.trackId,
          pathwayId: current.pathwayId,
          transition: input.transition,
          from: moved?.from ?? null,
          to: result.track.step,
          clockChanges: result.clockChanges,
          ...(handedOff ? { handedOff } : {}),
        },
      },
    ];
    const values: unknown[] = [];
    const tuples = events.map((event) => {
      const at = values.length;
      values.push(randomUUID(), current.id, event.kind, mover.personId, mover.organisationId);
      values.push(event.occurredAt, now, version, JSON.stringify(event.data));
      return `(${Array.from({ length: 9 }, (_, i) => `$${at + i + 1}`).join(', ')})`;
    });
    await client.query(
      `INSERT INTO "CaseEvent" (id, "caseId", kind, "actorId", "organisationId", "occurredAt", "recordedAt", "caseVersion", data)
       VALUES ${tuples.join(', ')}`,
      values,
    );
    await client.query(
      `INSERT INTO "AuditEvent" ("occurredAt", "actorId", "organisationId", action, "entityType", "entityId", "requestId", data)
       VALUES ($1, $2, $3, 'case.transition', 'Case', $4, $5, $6)`,
      [
        now,
        mover.personId,
        mover.organisationId,
        current.id,
        randomUUID(),
        JSON.stringify({ version, trackId: current.trackId, transition: input.transition, facts: changed }),
      ],
    );
    await client.query('COMMIT');
    return payload(version);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
