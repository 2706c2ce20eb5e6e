/** The audit area: the hash-chained audit trail and its queries. */
import './audit.queries.ts';
