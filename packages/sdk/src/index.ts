export { createWaymarkClient, type WaymarkClient, type WaymarkClientOptions } from './client.js';
export * from './errors.js';
export { allNodes, type Connection } from './pagination.js';
export { caseFacts, isPathway, readCaseFacts, transitionName } from './pathways.js';
export type * from './_generated/pathways.js';
export * from './_generated/graphql.js';
export { graphql } from './_generated/gql.js';
export {
  verifyWebhook,
  WebhookVerificationError,
  type VerifyOptions,
  type WebhookEvent,
  type WebhookEventData,
  type WebhookPayloadType,
} from './webhooks.js';
