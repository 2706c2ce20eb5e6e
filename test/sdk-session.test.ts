/**
 * Signing in from Node through the SDK: `keepSession` keeps the API's HttpOnly session cookie
 * between requests (Node's fetch has no cookie store), and signing out forgets it.
 */
import {
  AuthenticationError,
  createWaymarkClient,
  SignInDocument,
  SignOutDocument,
  ViewerDocument,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../prisma/seed/demo.ts';
import { people, startTestApi, type TestApi } from './support/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

describe('SDK sign-in from Node', () => {
  it('with keepSession, later requests act as the person who signed in, until they sign out', async () => {
    const waymark = createWaymarkClient({ url: api.url, keepSession: true });
    const { signIn } = await waymark.mutate(SignInDocument, {
      input: { email: people.coventryCaseworker, password: DEMO_PASSWORD },
    });
    expect(signIn.viewer.roles).toEqual(['CASEWORKER']);

    const { viewer } = await waymark.query(ViewerDocument);
    expect(viewer?.roles).toEqual(['CASEWORKER']);
    expect(viewer?.organisation.name).toBe(signIn.viewer.organisation.name);

    expect((await waymark.mutate(SignOutDocument)).signOut.signedOut).toBe(true);
    expect((await waymark.query(ViewerDocument)).viewer).toBeNull();
  });

  it('without keepSession, the session does not outlive the sign-in request', async () => {
    const waymark = createWaymarkClient({ url: api.url });
    await waymark.mutate(SignInDocument, { input: { email: people.coventryCaseworker, password: DEMO_PASSWORD } });
    expect((await waymark.query(ViewerDocument)).viewer).toBeNull();
  });

  it('a wrong password is an AuthenticationError and leaves the client signed out', async () => {
    const waymark = createWaymarkClient({ url: api.url, keepSession: true });
    await expect(
      waymark.mutate(SignInDocument, { input: { email: people.coventryCaseworker, password: 'not-it' } }),
    ).rejects.toBeInstanceOf(AuthenticationError);
    expect((await waymark.query(ViewerDocument)).viewer).toBeNull();
  });

  it('each client keeps its own session', async () => {
    const lead = createWaymarkClient({ url: api.url, keepSession: true });
    const caseworker = createWaymarkClient({ url: api.url, keepSession: true });
    await lead.mutate(SignInDocument, { input: { email: people.coventryLead, password: DEMO_PASSWORD } });
    await caseworker.mutate(SignInDocument, { input: { email: people.coventryCaseworker, password: DEMO_PASSWORD } });
    expect((await lead.query(ViewerDocument)).viewer?.roles).toEqual(['LEAD']);
    expect((await caseworker.query(ViewerDocument)).viewer?.roles).toEqual(['CASEWORKER']);
  });
});
