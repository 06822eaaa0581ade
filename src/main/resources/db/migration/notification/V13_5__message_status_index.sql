-- The outbox backlog gauge counts messages by status (Prometheus scrapes it every few seconds).
create index ix_message_status on notification_message (status);
