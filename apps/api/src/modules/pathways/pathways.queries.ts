import { getPathway, pathways } from '@waymark/pathways';
import { builder } from '../../builder.ts';
import { latestPathway } from './engine-adapter.ts';
import { Pathway } from './pathways.types.ts';

builder.queryFields((t) => ({
  pathways: t.field({
    type: [Pathway],
    description: 'Every pathway definition (each version), by id then version.',
    resolve: () => [...pathways].sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version),
  }),
  pathway: t.field({
    type: Pathway,
    nullable: true,
    description: 'One pathway; the latest version unless `version` is given.',
    args: { id: t.arg.string({ required: true }), version: t.arg.int() },
    resolve: (_root, { id, version }) => (version == null ? latestPathway(id) : getPathway(id, version)) ?? null,
  }),
}));
