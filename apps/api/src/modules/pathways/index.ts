/** The pathways area: the pathway definitions as GraphQL types and queries. */
import './pathways.types.ts';
import './pathways.queries.ts';
import './resources.types.ts';
