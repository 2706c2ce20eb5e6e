/**
 * The built admin UI in Debian's Chromium against the real API (in this process, on its own
 * copy of the PGlite template) behind the admin's own server, as people use it: a
 * caseworker records a concern and works the case, a directory admin keeps the directory, a
 * partner answers a referral. Every page is scanned by axe (no violation of any impact) and
 * photographed into test/e2e/screenshots/.
 *
 * The deadline test moves the API's clock: vitest fakes only `Date` in this process, where the
 * API runs, so the server's "now" jumps while timers and the browser run on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import {
  CasePageDocument,
  CaseAddNoteDocument,
  CasesDocument,
  CaseReferToServiceDocument,
  CaseStateDocument,
  ServicesDocument,
} from '@waymark/sdk';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startAdminServer, type AdminServer } from '../../apps/admin/serve.mjs';
import { DEMO_PASSWORD } from '../../prisma/seed/demo.ts';
import { people, startTestApi, type TestApi } from '../support/api.ts';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
// CI installs chromium (.ci/run), so there a missing browser is a failure, never a skip.
if (process.env.CI && !haveChromium) throw new Error(`CI needs Debian's chromium at ${CHROMIUM}`);

const root = path.resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = path.join(root, 'test/e2e/screenshots');
const HOUR = 3_600_000;

let api: TestApi;
let admin: AdminServer;
let browser: Browser;
let distDir: string;
const scans: string[] = [];

beforeAll(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'waymark-e2e-dist-'));
  // Build what is tested from the source in this checkout, never a stale dist/.
  const vite = path.join(root, 'apps/admin/node_modules/vite/bin/vite.js');
  const built = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: path.join(root, 'apps/admin'),
      encoding: 'utf8',
    },
  );
  if (built.status !== 0) throw new Error(`vite build failed: ${built.stderr}`);
  await mkdir(SCREENSHOTS, { recursive: true });
  api = await startTestApi({
    // Long sessions: the deadline test moves the clock a day on, and nobody should be signed out.
    session: { ttlMs: 30 * 24 * HOUR, idleMs: 30 * 24 * HOUR, secureCookie: false, attemptsPer15Minutes: 100 },
  });
  admin = await startAdminServer({ port: 0, apiUrl: new URL(api.url).origin, distDir });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}, 180_000);

afterAll(async () => {
  vi.useRealTimers();
  await browser?.close();
  await admin?.close();
  await api?.stop();
  if (distDir) await rm(distDir, { recursive: true, force: true });
});

/** axe over the whole page (every rule, every impact), then a full-page screenshot. */
async function scan(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations, `axe on ${name}`).toEqual([]);
  scans.push(name);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

async function newPerson(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'en-GB' });
  context.setDefaultTimeout(10_000);
  return { context, page: await context.newPage() };
}

/** Signs in with the keyboard only: type, Tab to the next field, Enter to submit. */
async function signIn(page: Page, email: string, to = '/my-work') {
  await page.goto(`${admin.url}${to}`);
  await page.locator('#sign-in-email').focus();
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await page.locator('.app-identity').waitFor();
}

const h1 = (page: Page) => page.locator('h1');
/** The UK calendar date at `ms`, as the admin's date fields take it (YYYY-MM-DD). */
const londonDate = (ms: number) => new Date(ms).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
const londonTime = (ms: number) =>
  new Date(ms).toLocaleTimeString('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });
const clockRow = (page: Page, label: string) =>
  page.locator('tr', { has: page.locator('th', { hasText: label }) }).first();

describe.skipIf(!haveChromium)('admin UI in a browser', () => {
  let caseworker: { context: BrowserContext; page: Page };
  let caseUrl = '';
  let caseId = '';

  it('shows the sign-in page, and signs a caseworker in to My work', async () => {
    caseworker = await newPerson();
    const { page } = caseworker;
    await page.goto(`${admin.url}/my-work`);
    await expect.poll(() => h1(page).textContent()).toBe('Sign in to Waymark');
    await scan(page, '01-sign-in');
    await signIn(page, people.hertsCaseworker);
    await expect.poll(() => h1(page).textContent()).toBe('My work');
    await scan(page, '02-my-work');
  });

  it('finds a possible duplicate before opening a case, then opens it on the area’s entry pathway', async () => {
    const { page } = caseworker;
    await page.getByRole('link', { name: 'Record a concern' }).click();
    await expect.poll(() => h1(page).textContent()).toBe('Record a concern');
    await page.getByRole('button', { name: 'Open case' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary').textContent()).toContain('Select the area');
    await scan(page, '03-open-case-errors');

    await page.getByLabel('Potential victim').check();
    await page
      .getByLabel('What was seen or heard')
      .fill('Boy found working in a nail bar late at night; says he is 17.');
    // "Yes": the answer reaches the pathway (issue 12 item 14), so notifying HCC waits for the police (7.1).
    await page.locator('#open-immediateRisk').check();
    await page.locator('#open-areaId').selectOption({ label: 'Hertfordshire' });
    await page.getByText('Entry pathway').first().waitFor();
    await page.getByLabel('Family name (optional)').fill('Person Three');
    await page.getByRole('button', { name: 'Open case' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Possible duplicates' }).count()).toBe(1);
    expect(await page.locator('.govuk-inset-text a').first().textContent()).toMatch(/^WM-/);
    await scan(page, '04-open-case-duplicates');

    await page.getByRole('button', { name: 'Open a new case anyway' }).click();
    await expect.poll(() => h1(page).textContent()).toMatch(/^Case WM-/);
    caseUrl = page.url();
    caseId = decodeURIComponent(new URL(caseUrl).pathname.split('/').pop()!);
    await page.getByText('Current step: Potential child victim identified').waitFor();
    expect(await clockRow(page, 'Notify HCC Children').textContent()).toContain('Due soon');
  });

  it('explains a refused step: the guard and what it needs', async () => {
    const { page } = caseworker;
    const refusedTry = page.getByRole('button', { name: /^Try notify HCC Children/ });
    await refusedTry.click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toContain('govuk-error-summary');
    expect(await summary.textContent()).toMatch(/police were contacted|immediate danger/i);
    await page.getByText('Current step: Potential child victim identified').waitFor();
    await scan(page, '05-case-refused-step');
  });

  it('records a fact, then takes the step it unblocked, from the keyboard', async () => {
    const { page } = caseworker;
    await page.locator('#facts summary').click();
    await page.locator('#facts-immediateDanger-2').check();
    await page.getByRole('button', { name: 'Save facts' }).click();
    await expect.poll(() => page.locator('.govuk-notification-banner--success').textContent()).toContain('Facts saved');
    const take = page.getByRole('button', { name: /^Notify HCC Children/ });
    await take.focus();
    await page.keyboard.press('Enter');
    await page.getByText(/Current step: Children.s services notified/).waitFor();
    await expect
      .poll(() => page.locator('.moj-timeline__title', { hasText: 'Step taken: notifyChildrensServices' }).count())
      .toBe(1);
    await scan(page, '06-case');
  });

  it('refuses a stale edit with a reload link, and the reload shows what changed', async () => {
    const { page } = caseworker;
    await page.locator('#note summary').click();
    await page.getByLabel('Note', { exact: true }).fill('Spoke to the duty social worker.');
    // Someone else changes the case meanwhile.
    const other = api.as(people.hertsCaseworker);
    const { case: current } = await other.query(CaseStateDocument, { id: caseId });
    await other.mutate(CaseAddNoteDocument, {
      input: { caseId, expectedVersion: current!.version, text: 'Added elsewhere.' },
    });
    await page.getByRole('button', { name: 'Add note' }).click();
    const summary = page.locator('.govuk-error-summary');
    await expect.poll(() => summary.textContent()).toContain('Someone else changed this case');
    await scan(page, '07-case-stale-edit');
    await summary.getByRole('link', { name: 'Reload the case' }).click();
    await expect.poll(() => page.locator('.moj-timeline__title', { hasText: 'Note added' }).count()).toBe(1);
  });

  it('schedules a meeting and records its outcome, from the keyboard', async () => {
    const { page } = caseworker;
    await page.locator('#meeting summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('#meeting-kind').selectOption('STRAT');
    // Dates from the API's clock, not the day the test was written: next week, and yesterday.
    await page.locator('#meeting-scheduledFor').fill(londonDate(Date.now() + 7 * 24 * HOUR));
    await page.locator('#meeting-scheduledForTime').fill('14:30');
    await page.getByRole('button', { name: 'Schedule meeting' }).press('Enter');
    await expect
      .poll(() => page.locator('.govuk-notification-banner--success').textContent())
      .toMatch(/scheduled for .* at 2:30pm/);
    await page.locator('#meeting-outcome summary').click();
    await scan(page, '22-case-meeting-outcome');
    // Held after the person was identified (a meeting cannot come before that) and not in the future:
    // the first whole minute after identification, waiting for it if need be.
    const { case: identified } = await api.as(people.hertsCaseworker).query(CasePageDocument, { id: caseId });
    const heldAt = Math.ceil(Date.parse(identified!.identifiedAt) / 60_000) * 60_000;
    if (heldAt > Date.now()) await new Promise((resolve) => setTimeout(resolve, heldAt - Date.now() + 1_000));
    await page.locator('#meeting-outcome-heldAt').fill(londonDate(heldAt));
    await page.locator('#meeting-outcome-heldAtTime').fill(londonTime(heldAt));
    await page.getByLabel('Submit an NRM referral', { exact: true }).check();
    await page.getByRole('button', { name: 'Record outcome' }).click();
    // Either the banner or the form's error summary: a refusal then shows in the failure.
    await expect
      .poll(() =>
        page
          .locator('.govuk-notification-banner--success, #meeting-outcome .govuk-error-summary')
          .first()
          .textContent(),
      )
      .toContain('Meeting outcome recorded');
    await expect
      .poll(() => page.locator('.moj-timeline__title', { hasText: 'Meeting outcome recorded' }).count())
      .toBe(1);
  });

  it('explains a refused decision in the decision form’s error summary, and saves nothing', async () => {
    const { page } = caseworker;
    const before = await api.as(people.hertsCaseworker).query(CaseStateDocument, { id: caseId });
    await page.locator('#decision summary').click();
    await page.getByRole('button', { name: 'Record decision' }).click();
    await expect
      .poll(() => page.locator('#decision .govuk-error-summary').textContent())
      .toContain('Select the kind of decision');
    await page.getByLabel('Conclusive Grounds (CG)').check();
    await page.getByLabel('Positive').check();
    await page.getByLabel('Decided on').fill('2026-11-27');
    await page.getByRole('button', { name: 'Record decision' }).click();
    // No NRM referral was made, so there is nothing a decision could answer.
    await expect
      .poll(() => page.locator('#decision .govuk-error-summary').textContent())
      .not.toContain('Select the kind of decision');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toContain('govuk-error-summary');
    await scan(page, '23-case-decision-refused');
    const after = await api.as(people.hertsCaseworker).query(CaseStateDocument, { id: caseId });
    expect(after.case!.version).toBe(before.case!.version);
    expect(after.case!.decisions).toEqual([]);
  });

  it('shows the NRM referral pack as a task list, records an answer, and links to the printable pack', async () => {
    const { page } = caseworker;
    await page.getByRole('link', { name: 'NRM referral', exact: true }).click();
    await expect.poll(() => h1(page).textContent()).toBe('NRM referral');
    await expect.poll(() => page.locator('.govuk-task-list__item').count()).toBeGreaterThan(1);
    await scan(page, '26-case-referral-pack');
    const printable = page.getByRole('link', { name: /^Printable NRM referral/ });
    expect(await printable.getAttribute('href')).toBe(
      `/graphql/referral-pack/${encodeURIComponent(caseId)}?kind=NRM&format=html`,
    );
    // The printable page answers through the admin's own origin, with the session cookie.
    const printed = await page.request.get(`${admin.url}${await printable.getAttribute('href')}`);
    expect(printed.status()).toBe(200);
    expect(printed.headers()['content-type']).toContain('text/html');

    // A free-text answer only the form asks for (what the case holds is not asked again).
    const form = page.locator('details[id^="answers-"]', { has: page.locator('textarea') }).first();
    await form.locator('summary').click();
    await form.locator('textarea').first().fill('Found by a neighbour; test answer.');
    await form.getByRole('button', { name: 'Save answers' }).click();
    await expect
      .poll(() => page.locator('.govuk-notification-banner--success').textContent())
      .toContain('Answers saved');
    await page.getByRole('link', { name: 'Back to the case' }).click();
    await expect.poll(() => h1(page).textContent()).toMatch(/^Case WM-/);
  });

  it('shows a deadline going overdue when the clock passes it', async () => {
    const { page } = caseworker;
    await page.goto(caseUrl);
    const outcome = clockRow(page, 'Outcome of the contact');
    await expect.poll(() => outcome.textContent()).toContain('Due soon');
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date(Date.now() + 25 * HOUR));
    await page.reload();
    await expect.poll(() => clockRow(page, 'Outcome of the contact').textContent()).toContain('Overdue');
    await page.goto(`${admin.url}/my-work`);
    const firstRow = page.locator('tbody tr').first();
    await expect.poll(() => firstRow.textContent()).toContain('Overdue');
    await scan(page, '08-my-work-overdue');
  });

  it('lists cases with filters, each linking to its case', async () => {
    const { page } = caseworker;
    await page.goto(`${admin.url}/cases`);
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(0);
    await page.getByLabel('Cases with an overdue deadline').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => page.url()).toMatch(/overdue=yes/);
    await page.locator('tbody tr a', { hasText: /^WM-/ }).first().waitFor();
    await scan(page, '09-cases');
  });

  it('shows pathways with their diagram, steps and clocks', async () => {
    const { page } = caseworker;
    await page.goto(`${admin.url}/pathways`);
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(5);
    await scan(page, '10-pathways');
    await page.getByRole('link', { name: /Child/ }).first().click();
    await expect.poll(() => page.locator('figure figcaption').textContent()).toContain('possible moves');
    await scan(page, '11-pathway');
  });

  it('shows contacts by area and purpose with area names', async () => {
    const { page } = caseworker;
    await page.goto(`${admin.url}/contacts?area=hertfordshire`);
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('tbody').first().textContent()).toMatch(/Hertfordshire|National/);
    await scan(page, '12-contacts');
    await page.goto(`${admin.url}/organisations`);
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(0);
    await scan(page, '13-organisations');
    await page.goto(`${admin.url}/support`);
    await expect.poll(() => h1(page).textContent()).toBeTruthy();
    await scan(page, '14-find-support');
    await caseworker.context.close();
  });

  it('lets a directory admin create, edit and archive a service', async () => {
    const { context, page } = await newPerson();
    await signIn(page, people.directoryAdmin, '/services');
    await expect.poll(() => h1(page).textContent()).toBe('Support services');
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(0);
    await scan(page, '15-services');

    await page.getByRole('link', { name: 'Add a service' }).click();
    await page.getByRole('button', { name: 'Add service' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary').textContent()).toContain('Enter the service’s name');
    await scan(page, '16-service-new-errors');
    await page.getByLabel('Name', { exact: true }).fill('Hertfordshire survivor advocacy (test)');
    await page.locator('#service-organisationId').selectOption({ label: 'The Salvation Army' });
    await page.getByLabel('What the service does').fill('One-to-one advocacy for adult survivors.');
    await page.locator('#service-referralRoute').selectOption({ label: 'Phone' });
    await page.getByLabel('Phone numbers (optional)').fill('0800 808 3733');
    await page.getByLabel('Hertfordshire').check();
    await page.getByLabel('Advocacy').check();
    await page.getByLabel('Yes', { exact: true }).check();
    await page.getByLabel('Adults').check();
    await page.getByRole('button', { name: 'Add service' }).click();
    await expect.poll(() => h1(page).textContent()).toContain('Hertfordshire survivor advocacy (test)');
    await page.getByRole('link', { name: '0800 808 3733' }).waitFor();
    await scan(page, '17-service');

    await page.getByRole('link', { name: 'Edit service' }).click();
    await expect.poll(() => h1(page).textContent()).toContain('Edit');
    await scan(page, '18-service-edit');
    await page.getByLabel('Name', { exact: true }).fill('Hertfordshire survivor advocacy (renamed)');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => h1(page).textContent()).toContain('(renamed)');

    await page.getByRole('button', { name: 'Archive service' }).click();
    await expect
      .poll(() => page.locator('.govuk-notification-banner--success').textContent())
      .toContain('Service archived');
    await expect.poll(() => h1(page).textContent()).toContain('Archived');

    await page.goto(`${admin.url}/contacts`);
    await page.getByRole('link', { name: 'Add a contact' }).click();
    await expect.poll(() => h1(page).textContent()).toBe('Add a contact');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary').textContent()).toContain('Enter the contact’s name');
    await scan(page, '24-contact-new-errors');
    await page.getByLabel('Name', { exact: true }).fill('Herts survivor line (test)');
    await page.locator('#contact-purpose').selectOption('HELPLINE');
    await page.locator('#contact-areaCode').selectOption({ label: 'Hertfordshire' });
    await page.getByLabel('Phone number (optional)').fill('0800 808 3733');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await expect
      .poll(() => page.locator('.govuk-notification-banner--success').textContent())
      .toContain('Herts survivor line (test) added.');
    await page.getByRole('link', { name: 'Edit Herts survivor line (test)' }).click();
    await expect.poll(() => h1(page).textContent()).toBe('Edit Herts survivor line (test)');
    await scan(page, '25-contact-edit');
    await page.getByLabel('Hours (optional)').fill('Every day, 8am to 8pm');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.locator('tbody', { hasText: 'Every day, 8am to 8pm' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Edit Herts survivor line (test)' }).click();
    await page.getByRole('button', { name: 'Archive contact' }).click();
    await expect
      .poll(() => page.locator('.govuk-notification-banner--success').textContent())
      .toContain('Herts survivor line (test) archived.');
    await expect.poll(() => page.getByRole('link', { name: 'Edit Herts survivor line (test)' }).count()).toBe(0);

    await page.goto(`${admin.url}/services/due-for-review`);
    await expect.poll(() => h1(page).textContent()).toBe('Services due for review');
    await scan(page, '19-services-due-for-review');
    await context.close();
  });

  it('lets a partner worker accept a referral sent to their service', async () => {
    // A Coventry caseworker refers their demo case to The Salvation Army's accommodation service.
    const coventry = api.as(people.coventryCaseworker);
    const { services } = await coventry.query(ServicesDocument, { filter: { search: 'Salvation Army' }, first: 10 });
    const { cases } = await coventry.query(CasesDocument, { filter: { search: 'Person One' }, first: 1 });
    const demo = cases.edges[0]!.node;
    const referred = await coventry.mutate(CaseReferToServiceDocument, {
      input: {
        caseId: demo.id,
        expectedVersion: demo.version,
        serviceId: services.edges[0]!.node.id,
        note: 'Needs a bed tonight.',
      },
    });
    expect(referred.caseReferToService.__typename).toBe('CasePayload');

    const { context, page } = await newPerson();
    await signIn(page, people.salvationArmyPartner, '/referrals');
    await expect.poll(() => h1(page).textContent()).toBe('Referrals to us');
    const row = page.locator('tbody tr', { hasText: demo.reference });
    await row.waitFor();
    await scan(page, '20-referrals');
    await row.getByRole('button', { name: /^Accept/ }).click();
    await expect.poll(() => page.locator('.govuk-notification-banner--success').textContent()).toContain('accepted');
    await expect.poll(() => row.textContent()).toContain('Accepted');
    await context.close();
  });

  it('lets an organisation admin add an integration and create its token, which works once shown, then revoke it', async () => {
    const { context, page } = await newPerson();
    await signIn(page, people.coventryOrgAdmin, '/api-tokens');
    await expect.poll(() => h1(page).textContent()).toBe('Integrations and API tokens');
    await page.getByLabel('Name', { exact: true }).fill('E2E portal');
    await page.getByLabel('Caseworker').check();
    await page.getByRole('button', { name: 'Add integration' }).click();
    await expect
      .poll(() => page.locator('.govuk-notification-banner--success').textContent())
      .toContain('E2E portal added');
    await page.getByLabel('What it is for').fill('E2E integration (test)');
    await page.getByLabel('Integration', { exact: true }).selectOption({ label: 'E2E portal (Caseworker)' });
    await page.getByRole('button', { name: 'Create token' }).click();
    const shown = page.locator('#new-token');
    await shown.waitFor();
    const token = (await shown.textContent())!.trim();
    await scan(page, '27-api-tokens');
    const ask = () =>
      page.request.post(`${admin.url}/graphql`, {
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        data: { query: '{ viewer { person { displayName } } }' },
      });
    const before = await (await ask()).json();
    expect(before.data.viewer.person.displayName).toBe('E2E portal');

    await page.getByRole('button', { name: 'Revoke E2E integration (test)' }).click();
    await expect
      .poll(() => page.locator('.govuk-notification-banner--success').textContent())
      .toContain('E2E integration (test) revoked');
    const after = await (await ask()).json();
    expect(after.data?.viewer ?? null).toBeNull();
    await context.close();
  });

  it('lets a platform admin change an area’s settings and who oversees it', async () => {
    const { context, page } = await newPerson();
    await signIn(page, people.platformAdmin, '/areas');
    await expect.poll(() => h1(page).textContent()).toBe('Areas');
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(5);
    await scan(page, '28-areas');

    await page.getByRole('link', { name: 'Change settings for Kirklees' }).click();
    await expect.poll(() => h1(page).textContent()).toBe('Settings for Kirklees');
    await page.getByLabel('Hours to answer a hand-over').fill('0');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const summary = page.locator('.govuk-error-summary');
    await expect.poll(() => summary.textContent()).toContain('whole number from 1 to 168');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toContain('govuk-error-summary');
    await scan(page, '29-area-settings-errors');

    await page.getByLabel('Hours to answer a hand-over').fill('6');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect
      .poll(() => page.locator('.govuk-notification-banner--success').textContent())
      .toContain('Settings for Kirklees saved.');
    await page.getByLabel('Add an overseer').selectOption({ label: 'Demo Coventry Modern Slavery Lead (oversight)' });
    await page.getByRole('button', { name: 'Add overseer' }).click();
    await expect
      .poll(() => page.locator('.govuk-notification-banner--success').textContent())
      .toContain('Demo Coventry Modern Slavery Lead (oversight) now oversees Kirklees.');
    const overseer = page.locator('tbody tr', { hasText: 'Demo Coventry Modern Slavery Lead (oversight)' });
    await overseer.waitFor();
    await scan(page, '30-area-settings');

    await overseer.getByRole('button', { name: /^Remove/ }).click();
    await expect
      .poll(() => page.locator('.govuk-notification-banner--success').textContent())
      .toContain('no longer oversees Kirklees.');
    await expect.poll(() => overseer.count()).toBe(0);
    await page.getByRole('link', { name: 'Back to areas' }).click();
    const kirklees = page.locator('tbody tr', { hasText: 'Kirklees' });
    await expect.poll(() => kirklees.textContent()).toContain('6 hours');
    await context.close();
  });

  it('says Waymark is starting while the API does not answer', async () => {
    const down = await startAdminServer({ port: 0, apiUrl: 'http://127.0.0.1:9', distDir });
    try {
      const { context, page } = await newPerson();
      await page.goto(`${down.url}/my-work`);
      await expect.poll(() => h1(page).textContent()).toBe('Waymark is starting');
      await scan(page, '21-api-starting');
      await context.close();
    } finally {
      await down.close();
    }
  });

  it('scanned every page', () => {
    expect(scans.length).toBeGreaterThanOrEqual(26);
  });
});
