// The resource catalogue: forms and guides the seed documents name. Re-exports only.
export * from './schema';
export { RESOURCES, getResource } from './catalogue';
