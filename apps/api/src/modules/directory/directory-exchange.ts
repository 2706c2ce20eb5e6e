/**
 * Open Referral UK exchange through the authenticated API, for directory admins: the full
 * export (restricted details, hidden and inactive services included, which the public /oruk
 * feed never carries) and the all-or-nothing import with its per-record report.
 */
import { builder } from '../../builder.ts';
import { exportDirectory } from '../../oruk/export.ts';
import { importDirectory, type ImportReport } from '../../oruk/import.ts';
import type { ImportProblem } from '../../oruk/import-parse.ts';
import { ADMINS } from './directory.mutations.ts';

const ExportMode = builder.enumType('DirectoryExportMode', {
  values: {
    PUBLIC: { description: 'What the public /oruk feed shows.' },
    FULL: { description: 'Everything, including restricted details and hidden services.' },
  } as const,
});

const ImportProblemType = builder.objectRef<ImportProblem>('DirectoryImportProblem').implement({
  fields: (t) => ({
    record: t.exposeInt('record', {
      nullable: true,
      description: "The service's index in the document (0-based); null for the document as a whole.",
    }),
    id: t.exposeString('id', { nullable: true }),
    field: t.exposeString('field', { description: 'e.g. "phones.0.number" or "attributes.2.taxonomy_term_id".' }),
    reason: t.exposeString('reason'),
  }),
});

const ImportReportType = builder.objectRef<ImportReport>('DirectoryImportReport').implement({
  description: 'ok is false when anything was wrong; then nothing was imported.',
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    created: t.exposeInt('created'),
    updated: t.exposeInt('updated'),
    unchanged: t.exposeInt('unchanged'),
    problems: t.field({ type: [ImportProblemType], resolve: (r) => r.problems }),
  }),
});

builder.queryField('directoryExport', (t) =>
  t.field({
    type: 'JSONObject',
    description: 'The directory as an HSDS 3.0 (Open Referral UK) document: { version, profile, services }.',
    args: { mode: t.arg({ type: ExportMode, defaultValue: 'FULL', required: true }) },
    authScopes: ADMINS,
    resolve: async (_root, { mode }) =>
      (await exportDirectory(mode === 'FULL' ? 'full' : 'public')) as unknown as Record<string, unknown>,
  }),
);

builder.mutationField('directoryImport', (t) =>
  t.field({
    type: ImportReportType,
    description:
      'Import an HSDS 3.0 document (JSON text): every record is checked, then all of it is imported or nothing.',
    args: { document: t.arg.string({ required: true }) },
    authScopes: ADMINS,
    resolve: (_root, { document }, { viewer, requestId }) => importDirectory(document, { viewer, requestId }),
  }),
);
