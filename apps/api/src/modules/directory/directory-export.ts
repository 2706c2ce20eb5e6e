/**
 * directoryExport: the directory as an Open Referral UK (HSDS 3.0) document for directory admins,
 * in full (restricted details, hidden and inactive services, which the public /oruk feed never
 * carries) or as the public feed shows it.
 */
import { builder } from '../../builder.ts';
import { exportDirectory } from '../../oruk/export.ts';
import { ADMINS } from './directory-access.ts';

const ExportMode = builder.enumType('DirectoryExportMode', {
  values: {
    PUBLIC: { description: 'What the public /oruk feed shows.' },
    FULL: { description: 'Everything, including restricted details and hidden services.' },
  } as const,
});

builder.queryField('directoryExport', (t) =>
  t.field({
    type: 'JSONObject',
    description: 'The directory as an HSDS 3.0 (Open Referral UK) document: { version, profile, services }.',
    args: { mode: t.arg({ type: ExportMode, defaultValue: 'FULL', required: true }) },
    authScopes: ADMINS,
    resolve: async (_root, { mode }) => exportDirectory(mode === 'FULL' ? 'full' : 'public'),
  }),
);
