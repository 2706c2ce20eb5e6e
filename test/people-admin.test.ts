/**
 * People administration (issue 14 item 4): an organisation admin invites people by email (a
 * one-time, expiring link; the email carries the link and nothing personal), gives and removes
 * roles within the organisation and deactivates people, whose credentials end at once. Nobody
 * gives themselves a role or removes the last admin; platform admins keep organisations.
 * Refusals are typed and write nothing, and nothing says whether an address has an account.
 */
import {
  createWaymarkClient,
  ForbiddenError,
  InvitationAcceptDocument,
  InvitationsDocument,
  OrganisationCreateDocument,
  OrganisationPeopleDocument,
  OrganisationUpdateDocument,
  PersonDeactivateDocument,
  PersonInviteDocument,
  PersonRoleGrantDocument,
  PersonRoleRemoveDocument,
  ViewerDocument,
  AuthenticationError,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { senderFor } from '../apps/api/src/modules/notifications/channels.ts';
import { configureInvitationMail } from '../apps/api/src/modules/people/invitation-mail.ts';
import { DEMO_PASSWORD } from '../prisma/seed/demo.ts';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { eventually, startSmtpReceiver } from './support/receivers.ts';

let api: TestApi;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
const PUBLIC_URL = 'https://waymark.council.example';

beforeAll(async () => {
  api = await startTestApi();
  smtp = await startSmtpReceiver();
  configureInvitationMail({
    sender: senderFor({
      publicUrl: PUBLIC_URL,
      smtp: { url: smtp.url, from: 'waymark@council.example' },
      notify: null,
    }),
    publicUrl: PUBLIC_URL,
  });
});
afterAll(async () => {
  configureInvitationMail({ sender: null, publicUrl: PUBLIC_URL });
  await smtp.stop();
  await api.stop();
});

const admin = () => api.as(people.coventryOrgAdmin);
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const personId = async (email: string) =>
  globalId('Person', (await api.prisma.person.findUniqueOrThrow({ where: { email } })).id);

async function invite(email: string, roles: Array<'CASEWORKER' | 'LEAD' | 'ORG_ADMIN'> = ['CASEWORKER']) {
  const { personInvite } = await admin().mutate(PersonInviteDocument, { input: { email, roles } });
  return personInvite;
}

/** The secret in the link of the last email sent to `to`. */
async function linkSentTo(to: string) {
  const mail = await eventually(() => smtp.mails.findLast((m) => m.to.includes(to)));
  return { mail, secret: decodeURIComponent(mail.raw.match(/\/invitation#(\S+)/)![1]!) };
}

async function signInCookie(email: string, password: string) {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { expiresAt } }',
      variables: { input: { email, password } },
    }),
  });
  return response.headers.get('set-cookie')?.split(';')[0] ?? null;
}

const counts = async () => ({
  people: await api.prisma.person.count(),
  memberships: await api.prisma.membership.count(),
  invitations: await api.prisma.invitation.count(),
  accepted: await api.prisma.invitation.count({ where: { acceptedAt: { not: null } } }),
});

describe('invitations', () => {
  it('an invited person gets a link and nothing personal by email, sets a password, and signs in with the roles given', async () => {
    const invited = await invite('new.caseworker@council.example');
    if (invited.__typename !== 'PersonInvitePayload') throw new Error(invited.__typename);
    expect(invited.emailSent).toBe(true);
    expect(invited.invitation).toMatchObject({
      email: 'new.caseworker@council.example',
      roles: ['CASEWORKER'],
      status: 'PENDING',
    });

    const { mail, secret } = await linkSentTo('new.caseworker@council.example');
    expect(mail.raw).toContain(`${PUBLIC_URL}/invitation#`);
    // The body: the organisation and the link, not who invited nor whom.
    const body = mail.raw.slice(mail.raw.indexOf('\r\n\r\n'));
    expect(body).not.toMatch(/Demo Coventry people admin|new\.caseworker/);
    // Only the digest is stored.
    expect(JSON.stringify(await api.prisma.invitation.findMany())).not.toContain(secret);

    const { invitationAccept } = await api.anonymous().mutate(InvitationAcceptDocument, {
      input: { token: secret, displayName: 'Nia Obi', password: 'a long new password' },
    });
    expect(invitationAccept.__typename).toBe('InvitationAcceptPayload');

    const cookie = await signInCookie('new.caseworker@council.example', 'a long new password');
    const { viewer } = await createWaymarkClient({ url: api.url, headers: { cookie: cookie! } }).query(ViewerDocument);
    expect(viewer).toMatchObject({ roles: ['CASEWORKER'], organisation: { name: 'Coventry City Council' } });
    expect(viewer?.person.displayName).toBe('Nia Obi');

    // The link works once: a second use is refused, typed, and changes nothing.
    const before = await counts();
    const again = await api.anonymous().mutate(InvitationAcceptDocument, {
      input: { token: secret, displayName: 'Someone', password: 'another long password' },
    });
    expect(again.invitationAccept.__typename).toBe('InvitationNotValidError');
    expect(await counts()).toEqual(before);
  });

  it('an expired invitation is refused, typed, and nothing is written', async () => {
    await invite('late@council.example');
    const { secret } = await linkSentTo('late@council.example');
    await api.prisma.invitation.updateMany({
      where: { email: 'late@council.example' },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const before = await counts();
    const { invitationAccept } = await api.anonymous().mutate(InvitationAcceptDocument, {
      input: { token: secret, displayName: 'Late', password: 'a long new password' },
    });
    expect(invitationAccept.__typename).toBe('InvitationNotValidError');
    expect(await counts()).toEqual(before);
  });

  it('inviting an address twice while the first is pending is refused, typed, and nothing is written or sent', async () => {
    await invite('twice@council.example');
    const before = await counts();
    const mails = smtp.mails.length;
    const second = await invite('twice@council.example');
    expect(second.__typename).toBe('InvitationPendingError');
    expect(await counts()).toEqual(before);
    expect(smtp.mails.length).toBe(mails);
  });

  it("inviting an existing member's address answers exactly like any other invitation", async () => {
    const forMember = await invite(people.coventryCaseworker);
    const forStranger = await invite('stranger@council.example');
    if (forMember.__typename !== 'PersonInvitePayload' || forStranger.__typename !== 'PersonInvitePayload')
      throw new Error('expected both invitations to be made');
    const shape = (payload: typeof forMember) => ({
      ...payload,
      invitation: { ...payload.invitation, id: 'x', email: 'x', createdAt: 'x', expiresAt: 'x' },
    });
    expect(shape(forMember)).toEqual(shape(forStranger));
    const member = await linkSentTo(people.coventryCaseworker);
    const stranger = await linkSentTo('stranger@council.example');
    const body = (raw: string) => raw.slice(raw.indexOf('You have been invited')).replace(/#\S+/, '#LINK');
    expect(body(member.mail.raw)).toBe(body(stranger.mail.raw));
    expect(member.mail.subject).toBe(stranger.mail.subject);
  });

  it('people outside the organisation’s admins cannot invite or list', async () => {
    await expect(
      api.as(people.coventryLead).mutate(PersonInviteDocument, { input: { email: 'x@council.example', roles: [] } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(api.as(people.coventryLead).query(InvitationsDocument, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('roles', () => {
  it('an admin gives and removes roles of their people; the list shows them', async () => {
    const caseworker = await personId(people.coventryCaseworker);
    const granted = await admin().mutate(PersonRoleGrantDocument, { input: { personId: caseworker, role: 'LEAD' } });
    if (granted.personRoleGrant.__typename !== 'PersonRolePayload') throw new Error(granted.personRoleGrant.__typename);
    expect(granted.personRoleGrant.member.roles.sort()).toEqual(['CASEWORKER', 'LEAD']);
    const removed = await admin().mutate(PersonRoleRemoveDocument, { input: { personId: caseworker, role: 'LEAD' } });
    if (removed.personRoleRemove.__typename !== 'PersonRolePayload')
      throw new Error(removed.personRoleRemove.__typename);
    expect(removed.personRoleRemove.member.roles).toEqual(['CASEWORKER']);

    const { organisationPeople } = await admin().query(OrganisationPeopleDocument, { first: 100 });
    const listed = organisationPeople.edges.map((e) => e.node);
    expect(listed.find((m) => m.email === people.coventryCaseworker)?.roles).toEqual(['CASEWORKER']);
    // Bexley's lead is not Coventry's: not listed, and not found for Coventry's admin.
    expect(listed.some((m) => m.email === people.bexleyLead)).toBe(false);
    const other = await admin().mutate(PersonRoleGrantDocument, {
      input: { personId: await personId(people.bexleyLead), role: 'CASEWORKER' },
    });
    expect(other.personRoleGrant.__typename).toBe('NotFoundError');
  });

  it('nobody gives themselves a role, nor a role beyond theirs to give, nor removes the last admin: typed, nothing written', async () => {
    const before = await counts();
    const self = await admin().mutate(PersonRoleGrantDocument, {
      input: { personId: await personId(people.coventryOrgAdmin), role: 'LEAD' },
    });
    expect(self.personRoleGrant.__typename).toBe('NotPermittedError');
    const platform = await admin().mutate(PersonRoleGrantDocument, {
      input: { personId: await personId(people.coventryLead), role: 'PLATFORM_ADMIN' },
    });
    if (platform.personRoleGrant.__typename !== 'RoleNotAllowedError')
      throw new Error(platform.personRoleGrant.__typename);
    expect(platform.personRoleGrant.allowedRoles).toEqual(['ORG_ADMIN', 'LEAD', 'CASEWORKER', 'PARTNER_WORKER']);
    // The platform admin removing Coventry's only admin's role.
    const last = await api.as(people.platformAdmin).mutate(PersonRoleRemoveDocument, {
      input: { personId: await personId(people.coventryOrgAdmin), role: 'ORG_ADMIN' },
    });
    expect(last.personRoleRemove.__typename).toBe('LastAdminError');
    const lastDeactivated = await api.as(people.platformAdmin).mutate(PersonDeactivateDocument, {
      input: { personId: await personId(people.coventryOrgAdmin) },
    });
    expect(lastDeactivated.personDeactivate.__typename).toBe('LastAdminError');
    expect(await counts()).toEqual(before);
  });
});

describe('deactivation', () => {
  it("ends the person's sessions and tokens at once and stops sign-in", async () => {
    await invite('leaving@council.example', ['CASEWORKER']);
    const { secret } = await linkSentTo('leaving@council.example');
    await api.anonymous().mutate(InvitationAcceptDocument, {
      input: { token: secret, displayName: 'Leaving', password: 'a long new password' },
    });
    const cookie = (await signInCookie('leaving@council.example', 'a long new password'))!;
    const token = await api.tokenFor('leaving@council.example');
    const bySession = createWaymarkClient({ url: api.url, headers: { cookie } });
    const byToken = createWaymarkClient({ url: api.url, token });
    // Both are now in the credential cache.
    expect((await bySession.query(ViewerDocument)).viewer?.roles).toEqual(['CASEWORKER']);
    expect((await byToken.query(ViewerDocument)).viewer?.roles).toEqual(['CASEWORKER']);

    const { personDeactivate } = await admin().mutate(PersonDeactivateDocument, {
      input: { personId: await personId('leaving@council.example') },
    });
    if (personDeactivate.__typename !== 'PersonDeactivatePayload') throw new Error(personDeactivate.__typename);
    expect(personDeactivate.member.active).toBe(false);

    expect((await bySession.query(ViewerDocument)).viewer).toBeNull();
    await expect(byToken.query(ViewerDocument)).rejects.toBeInstanceOf(AuthenticationError);
    expect(await signInCookie('leaving@council.example', 'a long new password')).toBeNull();
    const audit = await api.prisma.auditEvent.findFirstOrThrow({ where: { action: 'person.deactivate' } });
    expect(audit.data).toMatchObject({ credentialsEnded: 2 });
  });
});

describe('organisations', () => {
  it('platform admins create and update organisations; organisation admins may not', async () => {
    const area = await api.prisma.area.findUniqueOrThrow({ where: { code: 'coventry' } });
    const input = {
      name: 'Coventry Refugee Hub',
      kind: 'CHARITY' as const,
      isFirstResponder: false,
      areaIds: [globalId('Area', area.id)],
      homeOfficeName: 'Coventry Refugee and Migrant Centre',
      emailDomains: ['hub.example'],
    };
    const { organisationCreate } = await api.as(people.platformAdmin).mutate(OrganisationCreateDocument, { input });
    if (organisationCreate.__typename !== 'OrganisationPayload') throw new Error(organisationCreate.__typename);
    expect(organisationCreate.organisation).toMatchObject({
      slug: 'coventry-refugee-hub',
      homeOfficeName: 'Coventry Refugee and Migrant Centre',
      emailDomains: ['hub.example'],
      areas: [{ code: 'coventry' }],
    });
    const { organisationUpdate } = await api.as(people.platformAdmin).mutate(OrganisationUpdateDocument, {
      id: organisationCreate.organisation.id,
      input: { ...input, isFirstResponder: true, areaIds: [] },
    });
    if (organisationUpdate.__typename !== 'OrganisationPayload') throw new Error(organisationUpdate.__typename);
    expect(organisationUpdate.organisation).toMatchObject({ isFirstResponder: true, areas: [] });

    // A domain already mapped elsewhere is a field error; nothing is written.
    const before = await api.prisma.organisation.count();
    const clash = await api
      .as(people.platformAdmin)
      .mutate(OrganisationCreateDocument, { input: { ...input, name: 'Another hub' } });
    if (clash.organisationCreate.__typename !== 'ValidationError') throw new Error(clash.organisationCreate.__typename);
    expect(clash.organisationCreate.fieldErrors.map((e) => e.field)).toEqual(['emailDomains']);
    expect(await api.prisma.organisation.count()).toBe(before);

    await expect(admin().mutate(OrganisationCreateDocument, { input })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

it('the demo organisation admin signs in with the demo password', async () => {
  expect(await signInCookie(people.coventryOrgAdmin, DEMO_PASSWORD)).toMatch(/^waymark_session=/);
});
