-- The status page and the webhook_deliveries_failed gauge count failed deliveries; the table only grows.
create index webhook_delivery_failed_idx on webhook_delivery (consumer_id) where state = 'FAILED';
