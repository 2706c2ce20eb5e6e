/** directoryImport: an Open Referral UK (HSDS 3.0) document, all or nothing, with a per-record report. */
import { builder } from '../../builder.ts';
import type { ImportProblem } from '../../oruk/import-parse.ts';
import { importDirectory, type ImportReport } from '../../oruk/import.ts';
import { ADMINS } from './directory-access.ts';

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
