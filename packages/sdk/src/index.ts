export { createWaymarkClient, type WaymarkClient, type WaymarkClientOptions } from './client.ts';
export * from './errors.ts';
export { allNodes, type Connection } from './pagination.ts';
export * from './_generated/graphql.ts';
export { graphql } from './_generated/gql.ts';
export {
  verifyWebhook,
  WebhookVerificationError,
  type VerifyOptions,
  type WebhookEvent,
  type WebhookEventData,
  type WebhookPayloadType,
} from './webhooks.ts';
