/** Walks every page of a Relay connection; a default page size of 50 keeps requests small. */
export interface Connection<N> {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: Array<{ node: N }>;
}

export async function* allNodes<N>(fetchPage: (after: string | null) => Promise<Connection<N>>): AsyncGenerator<N> {
  let after: string | null = null;
  for (;;) {
    const page: Connection<N> = await fetchPage(after);
    for (const edge of page.edges) yield edge.node;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    after = page.pageInfo.endCursor;
  }
}
