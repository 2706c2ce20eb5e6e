/**
 * The development identity: until real sign-in lands (access-control issue), a request names a
 * seeded person by email, either with the `X-Waymark-Dev-User` header or a bearer token
 * `dev:<email>`; `X-Waymark-Organisation: <slug>` picks one of their organisations. Disabled
 * in production unless WAYMARK_DEV_IDENTITY=true.
 */
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import type { Viewer } from '../context.ts';
import { prisma } from '../db.ts';

function claimedEmail(req: Request): string | null {
  const header = req.get('x-waymark-dev-user');
  if (header) return header.trim().toLowerCase();
  const auth = req.get('authorization');
  const match = auth?.match(/^Bearer\s+dev:(.+)$/i);
  return match ? match[1]!.trim().toLowerCase() : null;
}

export function hasCredentials(req: Request): boolean {
  return Boolean(req.get('x-waymark-dev-user') || req.get('authorization'));
}

/** The viewer for a request, null when it carries no credentials; throws on bad credentials. */
export async function resolveViewer(req: Request, enabled: boolean): Promise<Viewer | null> {
  if (!hasCredentials(req)) return null;
  const email = enabled ? claimedEmail(req) : null;
  // One answer for every bad credential: never reveal which people exist.
  const refuse = () => new GraphQLError('The credentials are not valid.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  if (!email) throw refuse();
  const person = await prisma.person.findUnique({
    where: { email },
    select: {
      id: true,
      displayName: true,
      memberships: {
        select: { role: true, organisation: { select: { id: true, slug: true, name: true, kind: true, isFirstResponder: true } } },
        orderBy: { createdAt: 'asc' },
      },
    },
  });
  if (!person || person.memberships.length === 0) throw refuse();
  const wanted = req.get('x-waymark-organisation')?.trim();
  const organisation = wanted
    ? person.memberships.find((m) => m.organisation.slug === wanted)?.organisation
    : person.memberships[0]!.organisation;
  if (!organisation) throw refuse();
  const { slug: _slug, ...org } = organisation;
  return {
    personId: person.id,
    displayName: person.displayName,
    organisation: org,
    roles: person.memberships.filter((m) => m.organisation.id === organisation.id).map((m) => m.role),
  };
}
