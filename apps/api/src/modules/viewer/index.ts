/** The viewer area: who is asking. */
import './viewer.queries.ts';
