import { DirectoryExportDocument, DirectoryImportDocument, ForbiddenError, ServicesDocument } from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDirectory } from '../apps/api/src/oruk/import.ts';
import { people, startTestApi, type TestApi } from './support/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const admin = () => api.as(people.directoryAdmin);
type Doc = { version: string; profile: string; services: Array<Record<string, any>> };

async function exportFull(): Promise<Doc> {
  const { directoryExport } = await admin().query(DirectoryExportDocument, { mode: 'FULL' });
  return directoryExport as unknown as Doc;
}

async function importText(document: string) {
  const { directoryImport } = await admin().mutate(DirectoryImportDocument, { document });
  return directoryImport;
}

const counts = async () => ({
  services: await api.prisma.supportService.count(),
  audit: await api.prisma.auditEvent.count(),
});

describe('export -> import -> export', () => {
  it('gives the same document, restricted details and hidden services included, through the authenticated path', async () => {
    await api.prisma.supportService.update({
      where: { slug: 'west-midlands-anti-slavery-network-safehouse' },
      data: { restrictedDetails: 'Address: 1 Test Street', hidden: true },
    });
    const first = await exportFull();
    expect(first.version).toBe('HSDS-UK-3.0');
    expect(first.services).toHaveLength(35);
    expect(JSON.stringify(first)).toContain('1 Test Street');

    await api.prisma.supportService.deleteMany({});
    const report = await importText(JSON.stringify(first));
    expect(report).toMatchObject({ ok: true, created: 35, updated: 0, unchanged: 0, problems: [] });
    expect(await exportFull()).toEqual(first);

    // The public view of the same data still leaves the hidden safe house out.
    const { directoryExport } = await admin().query(DirectoryExportDocument, { mode: 'PUBLIC' });
    expect(JSON.stringify(directoryExport)).not.toContain('1 Test Street');
  });

  it('importing the same file twice changes nothing', async () => {
    const document = JSON.stringify(await exportFull());
    const before = await counts();
    const versions = await api.prisma.supportService.findMany({
      select: { id: true, version: true },
      orderBy: { id: 'asc' },
    });
    const report = await importText(document);
    expect(report).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 35 });
    expect(await counts()).toEqual(before);
    expect(
      await api.prisma.supportService.findMany({ select: { id: true, version: true }, orderBy: { id: 'asc' } }),
    ).toEqual(versions);
  });

  it('updates a changed record by id and creates an organisation it does not know', async () => {
    const document = await exportFull();
    document.services[0]!.name = 'Renamed by import';
    const orgId = '5a1b2c3d-0000-4000-8000-00000000abcd';
    const template = document.services.find(
      (s) => s.status === 'active' && !JSON.stringify(s).includes('referral-via'),
    )!;
    const added: Record<string, any> = {
      ...structuredClone(template),
      id: '5a1b2c3d-0000-4000-8000-000000000001',
      name: 'New imported service',
      organization_id: orgId,
    };
    added.organization = { id: orgId, name: 'Imported Charity', description: 'Charity.', attributes: [] };
    added.attributes = added.attributes.filter((a: any) => a.taxonomy_term.code !== 'source');
    const report = await importText(JSON.stringify({ services: [...document.services, added] }));
    expect(report).toMatchObject({ ok: true, created: 1, updated: 1, unchanged: 34 });
    const renamed = await api.prisma.supportService.findUniqueOrThrow({ where: { id: document.services[0]!.id } });
    expect(renamed).toMatchObject({ name: 'Renamed by import', version: 2 });
    expect(await api.prisma.organisation.findUnique({ where: { id: orgId } })).toMatchObject({
      name: 'Imported Charity',
      kind: 'OTHER',
    });
    const search = await api
      .as(people.coventryCaseworker)
      .query(ServicesDocument, { filter: { search: 'New imported service' } });
    expect(search.services.totalCount).toBe(1);
  });
});

describe('First Responders', () => {
  it('an import by a directory admin cannot create an organisation marked as First Responder; a platform admin can', async () => {
    const document = await exportFull();
    const withFirstResponder = document.services.find((s) =>
      s.organization?.attributes?.some((a: any) => a.taxonomy_term.code === 'first-responder'),
    )!;
    const flag = withFirstResponder.organization.attributes.find(
      (a: any) => a.taxonomy_term.code === 'first-responder',
    );
    const orgId = '5a1b2c3d-0000-4000-8000-00000000f1f1';
    const template = document.services.find(
      (s) => s.status === 'active' && !JSON.stringify(s).includes('referral-via'),
    )!;
    const added: Record<string, any> = {
      ...structuredClone(template),
      id: '5a1b2c3d-0000-4000-8000-00000000f1f2',
      name: 'Service of a self-declared First Responder',
      organization_id: orgId,
    };
    added.organization = {
      id: orgId,
      name: 'Self-declared First Responder',
      description: 'Charity.',
      attributes: [{ ...flag, id: '5a1b2c3d-0000-4000-8000-00000000f1f3', link_id: orgId }],
    };
    added.attributes = added.attributes.filter((a: any) => a.taxonomy_term.code !== 'source');
    const text = JSON.stringify({ services: [...document.services, added] });
    const before = await counts();

    const refused = (await admin().mutate(DirectoryImportDocument, { document: text })).directoryImport;
    expect(refused.ok).toBe(false);
    expect(refused.problems).toEqual([
      expect.objectContaining({
        id: added.id,
        field: 'organization.attributes',
        reason: expect.stringMatching(/only a platform admin/),
      }),
    ]);
    expect(await counts()).toEqual(before);
    expect(await api.prisma.organisation.findUnique({ where: { id: orgId } })).toBeNull();

    const allowed = (await api.as(people.platformAdmin).mutate(DirectoryImportDocument, { document: text }))
      .directoryImport;
    expect(allowed).toMatchObject({ ok: true, created: 1 });
    expect(await api.prisma.organisation.findUniqueOrThrow({ where: { id: orgId } })).toMatchObject({
      isFirstResponder: true,
    });
  });
});

describe('bad input: a clear report, nothing imported, the server keeps serving', () => {
  it('malformed JSON', async () => {
    const before = await counts();
    const report = await importText('{"services": [ {"id": ');
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      { record: null, id: null, field: '(document)', reason: expect.stringMatching(/^is not valid JSON/) },
    ]);
    expect(await counts()).toEqual(before);
    expect((await importText('{"hello": 1}')).problems[0]?.reason).toMatch(/"services" array/);
  });

  it('wrong types, bad formats, unknown taxonomy and duplicate ids, every one reported, none imported', async () => {
    const document = await exportFull();
    const good = structuredClone(document.services[1]!);
    good.id = '5a1b2c3d-0000-4000-8000-000000000002';
    good.name = 'Would be new';
    const wrongTypes = {
      ...structuredClone(document.services[2]!),
      name: 5,
      phones: [{ number: '12' }],
      minimum_age: 'ten',
      status: 'open',
    };
    const unknownTerm = structuredClone(document.services[3]!);
    unknownTerm.attributes.push({ id: 'x', taxonomy_term_id: '00000000-0000-4000-8000-000000000000' });
    const duplicate = structuredClone(document.services[4]!);
    const before = await counts();
    const report = await importText(
      JSON.stringify({ services: [good, wrongTypes, unknownTerm, document.services[4], duplicate] }),
    );
    expect(report.ok).toBe(false);
    const problems = report.problems.map((p) => `${p.record}:${p.field}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        '1:name',
        '1:phones.0.number',
        '1:minimum_age',
        '1:status',
        `2:attributes.${unknownTerm.attributes.length - 1}.taxonomy_term_id`,
        '4:id',
      ]),
    );
    expect(report.problems.find((p) => p.record === 4)?.reason).toBe('duplicates the id of record 3');
    expect(report.problems.find((p) => p.field === 'phones.0.number')?.reason).toBe('must be a UK phone number');
    expect(problems.some((p) => p.startsWith('0:'))).toBe(false);
    expect(await counts()).toEqual(before);
    expect(await api.prisma.supportService.findUnique({ where: { id: good.id } })).toBeNull();
  });

  it('a file over 10 MB is refused by the importer, and by the API before it is read', async () => {
    const big = JSON.stringify({ services: [], padding: 'x'.repeat(10 * 1024 * 1024) });
    const report = await importDirectory(big, { viewer: null, requestId: 'test' });
    expect(report).toMatchObject({ ok: false, problems: [{ field: '(document)', reason: 'is larger than 10 MB' }] });

    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer dev:${people.directoryAdmin}` },
      body: JSON.stringify({
        query: 'mutation($d: String!) { directoryImport(document: $d) { ok } }',
        variables: { d: big },
      }),
    });
    expect(response.status).toBe(413);
    const after = await api.as(people.coventryCaseworker).query(ServicesDocument, { first: 1 });
    expect(after.services.totalCount).toBeGreaterThan(0);
  });

  it('is for directory admins only', async () => {
    await expect(
      api.as(people.coventryLead).mutate(DirectoryImportDocument, { document: '{"services": []}' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(api.as(people.coventryLead).query(DirectoryExportDocument, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});
