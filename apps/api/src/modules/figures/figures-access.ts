/** Who may read an area's figures (queries and exports alike). */
import type { Viewer } from '../../context.ts';
import { prisma } from '../../db/client.ts';

const FIGURE_ROLES = new Set(['AUDITOR', 'LEAD']);

/**
 * Auditors (the partnership board) and Modern Slavery leads see the figures of the areas their
 * own organisation works in. An organisation that works nationally has no area of its own and
 * sees none: national figures are the Home Office's to publish.
 */
export async function figuresAreaFor(
  viewer: Viewer | null,
  areaCode: string,
): Promise<{ id: string; code: string; name: string } | null> {
  if (!viewer || !viewer.roles.some((role) => FIGURE_ROLES.has(role))) return null;
  return prisma.area.findFirst({
    where: { code: areaCode, organisations: { some: { id: viewer.organisation.id } } },
    select: { id: true, code: true, name: true },
  });
}
