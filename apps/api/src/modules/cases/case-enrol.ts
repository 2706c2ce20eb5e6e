/** caseEnrol: start following a pathway (a track) on the case. */
import { startTrack } from '@waymark/pathways';
import { ValidationError } from '../../errors.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { latestPathway } from '../pathways/engine-adapter.ts';
import { caseMutation, CHANGE_ERRORS, caseInput } from './case-mutation.ts';
import { changeCase, type RequestInfo } from './case-transaction.ts';

/**
 * Starts a track. Its clocks count from `startedAt`: by default the moment of identification for
 * the case's first track (the 3-hour and 24-hour clocks run from identification, 000), and now
 * for tracks added later (housing, health...).
 */
export async function enrol(
  request: RequestInfo,
  caseId: string,
  expectedVersion: number,
  pathwayId: string,
  startedAt?: Date | null,
) {
  const definition = latestPathway(pathwayId);
  if (!definition) throw new ValidationError([{ path: ['pathwayId'], message: 'is not a known pathway' }]);
  return changeCase(request, caseId, expectedVersion, async (tx, current, now) => {
    const existing = await tx.caseTrack.findMany({ where: { caseId }, select: { pathwayId: true } });
    if (existing.some((t) => t.pathwayId === pathwayId))
      throw new ValidationError([{ path: ['pathwayId'], message: 'the case already follows this pathway' }]);
    const start = startedAt ?? (existing.length === 0 ? current.identifiedAt : now);
    if (start.getTime() > now.getTime() + 5 * 60_000)
      throw new ValidationError([{ path: ['startedAt'], message: 'must not be in the future' }]);
    if (start.getTime() < current.identifiedAt.getTime() - 60_000)
      throw new ValidationError([{ path: ['startedAt'], message: 'must not be before the person was identified' }]);
    const { track, clockChanges } = startTrack(definition, start);
    const row = await tx.caseTrack.create({
      data: {
        caseId: current.id,
        pathwayId,
        pathwayVersion: definition.version,
        step: track.step,
        events: track.events as unknown as Prisma.InputJsonArray,
        startedAt: start,
      },
    });
    return {
      events: [
        {
          kind: 'TRACK_STARTED',
          data: {
            trackId: row.id,
            pathwayId,
            pathwayVersion: definition.version,
            step: track.step,
            clockChanges: clockChanges as never,
          },
        },
      ],
      audit: { action: 'case.enrol', data: { pathwayId, trackId: row.id } },
    };
  });
}

caseMutation(
  'caseEnrol',
  'Start following a pathway (a track) on the case, at the latest version of the pathway.',
  caseInput('CaseEnrolInput', (t) => ({
    pathwayId: t.string({ required: true }),
    startedAt: t.field({
      type: 'DateTime',
      description:
        'When the pathway started; its clocks count from here. Defaults to the identification time for the first track, otherwise now.',
    }),
  })),
  CHANGE_ERRORS,
  (input, request) => enrol(request, input.caseId.id, input.expectedVersion, input.pathwayId, input.startedAt),
);
