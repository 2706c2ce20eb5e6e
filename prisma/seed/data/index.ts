export { areas } from './areas';
export { organisations } from './organisations';
export { contacts } from './contacts';
export { supportServices } from './services';
