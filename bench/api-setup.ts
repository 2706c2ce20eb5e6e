/**
 * What the API benchmark needs from a built data set before it sends anything: an API token for
 * the viewer (Coventry's Modern Slavery lead), the cases each workload uses, and the transition
 * the engine offers on the transition pool's step.
 */
import { allowedTransitions, type FactValue } from '@waymark/pathways';
import { closeDatabase, openDatabase, prisma } from '../apps/api/src/db/client.ts';
import { logger } from '../apps/api/src/logger.ts';
import { issueApiToken } from '../apps/api/src/modules/identity/api-tokens.service.ts';
import {
  actorOf,
  caseFacts,
  definitionOf,
  factCatalogue,
  trackOf,
} from '../apps/api/src/modules/pathways/engine-adapter.ts';
import { copiesOf, copyTrackId, type Dataset } from './dataset/build.ts';
import { viewerFor } from './dataset/templates.ts';
import { transition } from '../apps/api/src/modules/cases/case-transition.ts';
import type { WorkloadInput } from './workloads.ts';
import type { Mover } from './baselines/b1-transition.ts';

export const VIEWER_EMAIL = 'lead.coventry@waymark.example';

export async function prepare(dataset: Dataset): Promise<WorkloadInput & { organisationId: string; mover: Mover }> {
  const level = logger.level;
  logger.level = 'silent';
  await openDatabase({ kind: 'postgres', url: dataset.url }, { migrate: false });
  try {
    const tokenFor = async (personId: string) =>
      (
        await issueApiToken({
          personId,
          name: 'bench',
          scopes: ['READ', 'WRITE'],
          expiresAt: new Date(Date.now() + 24 * 3_600_000),
        })
      ).token;
    const viewer = await viewerFor(VIEWER_EMAIL);
    const token = await tokenFor(viewer.personId);
    // Transitions are taken by the pool's case team (the person who opened its template).
    const mover = await viewerFor(dataset.poolTemplate.openedByEmail);

    // The transition: the first the engine offers the mover on the pool template's step (not a
    // record's: those have their own mutations) that the API accepts, tried on the template
    // itself (its copies were made before, so they still stand at that step).
    const pool = await prisma.case.findUniqueOrThrow({
      where: { id: dataset.poolTemplate.caseId },
      include: { tracks: true },
    });
    const track = pool.tracks[0]!;
    const now = new Date();
    const options = allowedTransitions(definitionOf(track), trackOf(track), caseFacts(pool, now), actorOf(mover), now)
      .filter((o) => !o.kind)
      .filter((o) => o.enabled || o.reasons.every((r) => r.code === 'MISSING_FACTS'));
    let chosen: { name: string; facts: Record<string, FactValue> | null } | null = null;
    for (const option of options) {
      const facts: Record<string, FactValue> = {};
      for (const reason of option.reasons)
        if (reason.code === 'MISSING_FACTS')
          for (const name of reason.facts) {
            const fact = factCatalogue.get(name);
            facts[name] = fact?.type === 'enum' ? fact.values[0]! : fact?.type === 'number' ? 1 : false;
          }
      const given = Object.keys(facts).length ? facts : null;
      try {
        await transition(
          { viewer: mover, requestId: 'bench-setup' },
          { caseId: pool.id, trackId: track.id, transition: option.name, expectedVersion: pool.version, facts: given },
        );
        chosen = { name: option.name, facts: given };
        break;
      } catch {
        // Refused by a case rule (consent, age...): the next one.
      }
    }
    if (!chosen) throw new Error(`no transition at ${track.step} that the API accepts from its case team`);

    const poolCopies = copiesOf(dataset, dataset.poolTemplate.caseId);
    const owned = new Set(
      dataset.templates.filter((t) => t.caseId !== dataset.poolTemplate.caseId).map((t) => t.caseId),
    );
    const ownedTemplates = await prisma.case.findMany({
      where: { id: { in: [...owned] }, owningOrganisationId: viewer.organisation.id, status: 'OPEN' },
      select: { id: true, version: true },
    });
    const notePool = ownedTemplates.flatMap((t) =>
      copiesOf(dataset, t.id)
        .slice(0, 200)
        .map((copy) => ({ caseId: copy.id, version: t.version })),
    );
    return {
      token,
      moverToken: await tokenFor(mover.personId),
      mover: { personId: mover.personId, organisationId: mover.organisation.id, actor: actorOf(mover) },
      organisationId: viewer.organisation.id,
      readCases: notePool.map((c) => c.caseId).reverse(),
      transitionPool: poolCopies.map((copy) => ({
        caseId: copy.id,
        trackId: copyTrackId(copy.n, track.pathwayId),
        version: pool.version,
      })),
      transition: chosen,
      notePool,
    };
  } finally {
    await closeDatabase();
    logger.level = level;
  }
}
