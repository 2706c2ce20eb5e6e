/** For the background-work benchmarks: Coventry's lead registers a webhook at `url` and acts as a viewer. */
import { prisma } from '../../apps/api/src/db/client.ts';
import { loadViewer } from '../../apps/api/src/modules/identity/viewer.ts';
import { newWebhookSecret } from '../../apps/api/src/modules/webhooks/signature.ts';

export async function coventryWebhook(url: string) {
  const lead = await prisma.person.findUniqueOrThrow({
    where: { email: 'lead.coventry@waymark.example' },
    include: { memberships: true },
  });
  const organisationId = lead.memberships[0]!.organisationId;
  await prisma.webhookEndpoint.create({
    data: { organisationId, url, eventTypes: ['case.opened'], secret: newWebhookSecret(), createdById: lead.id },
  });
  const viewer = (await loadViewer(lead.id, organisationId, { kind: 'apiToken', id: null, scopes: null }))!;
  return { viewer };
}
