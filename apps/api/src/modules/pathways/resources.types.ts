/**
 * The forms and guides the seed documents name, from the pathway package's catalogue: static,
 * public data like the pathways themselves. Steps point to them (and to directory contacts) so a
 * form's name or a phone number lives in one place.
 */
import { RESOURCE_KINDS, RESOURCES, type Resource } from '@waymark/pathways';
import { builder } from '../../builder.ts';
import { Source } from './pathways.types.ts';

const ResourceKind = builder.enumType('ResourceKind', {
  values: RESOURCE_KINDS.map((k) => k.toUpperCase()) as Uppercase<(typeof RESOURCE_KINDS)[number]>[],
});

export const ResourceType = builder.objectRef<Resource>('Resource').implement({
  description: 'A form or guide a seed document names, with where it is named.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Stable id, e.g. nrm-explanatory-booklet.' }),
    title: t.exposeString('title'),
    kind: t.field({
      type: ResourceKind,
      resolve: (r) => r.kind.toUpperCase() as Uppercase<Resource['kind']>,
    }),
    publisher: t.exposeString('publisher'),
    publisherInferred: t.boolean({
      description: 'True when no document names the publisher and it is Waymark’s reading.',
      resolve: (r) => r.publisherInferred ?? false,
    }),
    description: t.exposeString('description'),
    namedIn: t.field({ type: [Source], resolve: (r) => r.namedIn }),
    url: t.string({
      nullable: true,
      description: 'Only where a document prints one, exactly as printed.',
      resolve: (r) => r.url ?? null,
    }),
    sourceNote: t.string({
      nullable: true,
      description: 'Where the document is wrong or unclear about it (placeholder links, broken names).',
      resolve: (r) => r.sourceNote ?? null,
    }),
  }),
});

builder.queryFields((t) => ({
  resources: t.field({
    type: [ResourceType],
    description: 'Every form and guide the seed documents name, by id.',
    resolve: () => [...RESOURCES].sort((a, b) => a.id.localeCompare(b.id)),
  }),
}));
