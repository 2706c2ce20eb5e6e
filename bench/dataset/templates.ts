/**
 * Template cases for the benchmark's data set: each demo case's opening (prisma/seed/demo.ts)
 * opened again through the API's own use cases (caseOpen, caseEnrol, caseTransition,
 * caseAddNote), then walked a few further steps along its pathway. Which step comes next is
 * the engine's answer (`allowedTransitions`) picked by a seeded generator, so the same seed
 * gives the same histories. The cloner (clone.ts) copies these cases to reach the wanted size:
 * every case in the data set has a history a real pathway produced.
 */
import { allowedTransitions, type FactValue } from '@waymark/pathways';
import type { Viewer } from '../../apps/api/src/context.ts';
import { prisma } from '../../apps/api/src/db/client.ts';
import { openCase } from '../../apps/api/src/modules/cases/case-open.service.ts';
import { enrol } from '../../apps/api/src/modules/cases/case-enrol.ts';
import { transition } from '../../apps/api/src/modules/cases/case-transition.ts';
import { addNote } from '../../apps/api/src/modules/cases/case-add-note.ts';
import {
  actorOf,
  caseFacts,
  definitionOf,
  factCatalogue,
  trackOf,
} from '../../apps/api/src/modules/pathways/engine-adapter.ts';
import { demoCases } from '../../prisma/seed/demo.ts';
import { seededRandom, type Random } from './random.ts';

export interface Template {
  caseId: string;
  /** Who opened it: the person whose work it is. */
  openedByEmail: string;
  pathwayId: string | null;
  /** Extra steps walked after the demo's own moves. */
  depth: number;
  version: number;
}

/** Deterministic template ids, apart from the demo cases' fixed ids. */
const templateId = (i: number) => `7e3a0000-0000-4000-8000-${String(i).padStart(12, '0')}`;

export async function viewerFor(email: string): Promise<Viewer> {
  const person = await prisma.person.findUniqueOrThrow({
    where: { email },
    include: { memberships: { include: { organisation: true } } },
  });
  return {
    personId: person.id,
    displayName: person.displayName,
    organisation: person.memberships[0]!.organisation,
    roles: person.memberships.map((m) => m.role),
  };
}

/** A value of the fact's declared type: what a worker might record when the engine asks for it. */
function factValue(name: string, random: Random): FactValue | undefined {
  const fact = factCatalogue.get(name);
  if (!fact) return undefined;
  switch (fact.type) {
    case 'boolean':
      return random.next() < 0.5;
    case 'enum':
      return random.pick(fact.values);
    case 'number':
      return 1 + Math.floor(random.next() * 40);
    case 'date':
      return undefined; // dates are protected or derived in the shipped pathways
  }
}

/**
 * Takes up to `steps` more transitions on the case's first track: each time, the transitions
 * the engine offers (enabled, or blocked only for want of facts the walker can supply), in a
 * seeded order; the first the API accepts is taken. Returns the case version reached.
 */
async function walk(viewer: Viewer, caseId: string, version: number, steps: number, random: Random) {
  const request = { viewer, requestId: 'bench-dataset' };
  for (let step = 0; step < steps; step++) {
    const current = await prisma.case.findUniqueOrThrow({ where: { id: caseId }, include: { tracks: true } });
    const row = current.tracks[0];
    if (!row) return version;
    const definition = definitionOf(row);
    const now = new Date();
    const options = allowedTransitions(definition, trackOf(row), caseFacts(current, now), actorOf(viewer), now)
      // Transitions of a kind (NRM referral, decision...) are taken only with their records' own mutations.
      .filter((o) => !o.kind)
      .filter((o) => o.enabled || o.reasons.every((r) => r.code === 'MISSING_FACTS'));
    let moved = false;
    for (const option of random.shuffle(options)) {
      const facts: Record<string, FactValue> = {};
      for (const reason of option.reasons)
        if (reason.code === 'MISSING_FACTS')
          for (const name of reason.facts) {
            const value = factValue(name, random);
            if (value !== undefined) facts[name] = value;
          }
      try {
        const result = await transition(request, {
          caseId,
          trackId: row.id,
          transition: option.name,
          expectedVersion: version,
          facts: Object.keys(facts).length ? facts : null,
        });
        version = result.version;
        moved = true;
        break;
      } catch {
        // Refused by a case rule the engine alone does not know (consent, age...): try the next.
      }
    }
    if (!moved) return version;
    if (random.next() < 0.5) {
      version = (await addNote(request, { caseId, expectedVersion: version, text: `Step ${step + 1} reviewed.` }))
        .version;
    }
  }
  return version;
}

/** Opens `perDemo` templates for each demo case, walked 0, 1, 2... extra steps. */
export async function makeTemplates(perDemo: number, seed: number, now = new Date()): Promise<Template[]> {
  const random = seededRandom(seed);
  const templates: Template[] = [];
  let n = 0;
  for (const demo of demoCases) {
    const viewer = await viewerFor(demo.openedByEmail);
    const area = await prisma.area.findUniqueOrThrow({ where: { code: demo.areaCode } });
    for (let depth = 0; depth < perDemo; depth++) {
      const openedAt = new Date(now.getTime() - (demo.openedHoursAgo + depth * 24) * 3_600_000);
      const request = { viewer, requestId: 'bench-dataset' };
      const { case: opened } = await openCase(
        request,
        {
          concernKind: demo.concernKind,
          areaId: area.id,
          concern: demo.concern,
          identifiedAt: openedAt,
          immediateRisk: demo.immediateRisk ?? null,
          subject: demo.subject
            ? {
                ...demo.subject,
                dateOfBirth: demo.subject.dateOfBirth ? new Date(`${demo.subject.dateOfBirth}T00:00:00Z`) : null,
              }
            : null,
        },
        { caseId: templateId(++n), now: openedAt },
      );
      let version = opened.version;
      if (demo.pathway) {
        version = (await enrol(request, opened.id, version, demo.pathway.id)).version;
        const [track] = await prisma.caseTrack.findMany({ where: { caseId: opened.id } });
        for (const move of demo.pathway.transitions) {
          // Templates walk transitions only: a demo walk that needs another use case stops there.
          if (!('name' in move)) break;
          version = (
            await transition(request, {
              caseId: opened.id,
              trackId: track!.id,
              transition: move.name,
              expectedVersion: version,
              facts: move.facts,
            })
          ).version;
        }
        version = await walk(viewer, opened.id, version, depth, random);
      } else if (depth > 0) {
        version = (
          await addNote(request, { caseId: opened.id, expectedVersion: version, text: 'Intelligence logged.' })
        ).version;
      }
      templates.push({
        caseId: opened.id,
        openedByEmail: demo.openedByEmail,
        pathwayId: demo.pathway?.id ?? null,
        depth,
        version,
      });
    }
  }
  return templates;
}
