/** The webhooks area: partners' endpoints, signed deliveries of the events they may see, replay. */
import './webhook.types.ts';
import './webhook-endpoints.ts';
import './webhook-create.ts';
import './webhook-rotate-secret.ts';
import './webhook-delete.ts';
import './webhook-delivery-replay.ts';
