/** The directory area: support services and contacts, their queries, one file per change, the HSDS exchange. */
import './directory.types.ts';
import './directory.queries.ts';
import './support-options.queries.ts';
import './service-referral-rules.ts';
import './service-create.ts';
import './service-update.ts';
import './service-archive.ts';
import './service-mark-reviewed.ts';
import './contact-create.ts';
import './contact-update.ts';
import './contact-archive.ts';
import './directory-export.ts';
import './directory-import.ts';
