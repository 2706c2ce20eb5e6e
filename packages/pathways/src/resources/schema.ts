// A form or guide that a seed document names. Resources are static data beside the pathways:
// a step links to them by id instead of copying their names or addresses into its text.
import { z } from 'zod';
import { sourceSchema } from '../definition/schema';

export const RESOURCE_KINDS = ['form', 'guide', 'booklet', 'toolkit', 'template', 'portal'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const resourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use kebab-case'),
    title: z.string().min(1),
    kind: z.enum(RESOURCE_KINDS),
    /** Who publishes it. */
    publisher: z.string().min(1),
    /**
     * True when the documents do not say who publishes it and the publisher is our reading
     * (e.g. the NRM forms are the Home Office's); shown so nobody takes it for the source's word.
     */
    publisherInferred: z.boolean().optional(),
    description: z.string().min(1),
    /** Every place a seed document names it. */
    namedIn: z.array(sourceSchema).min(1),
    /** Only where a document prints one, exactly as printed; never invented. */
    url: z.string().min(1).optional(),
    /** Where the document's own text is wrong or unclear about it (e.g. a placeholder link). */
    sourceNote: z.string().optional(),
  })
  .strict();
export type Resource = z.infer<typeof resourceSchema>;
