// Coventry's nine operational pathways (002 section 4). Access to Specialist
// Support (4.3) and Skills & Employment (4.4) are directory look-ups, not
// state machines, so they have no definition here.
export { coventryAdultSocialCare } from './adult-social-care';
export { coventryDuringNrm } from './during-nrm';
export { coventryHealth } from './health';
export { coventryHousing } from './housing';
export { coventryInitialIdentification } from './initial-identification';
export { coventryPostNrm } from './post-nrm';
export { coventryPreNrm } from './pre-nrm';
export { COVENTRY } from './shared';
export { coventryTradingStandards } from './trading-standards';
export { coventryTransitionToAdulthood } from './transition-to-adulthood';
