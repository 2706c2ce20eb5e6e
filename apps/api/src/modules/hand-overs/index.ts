/** Hand-over of a case to another organisation (000 step 3): the offer, its answers, and the queries. */
import './hand-over.types.ts';
import './hand-over.queries.ts';
import './case-hand-over.ts';
import './case-hand-over-accept.ts';
import './case-hand-over-decline.ts';
