-- E-mails may carry files (the scheduled reports): their paths under the data directory, one per line.
alter table notification_message add column attachments varchar(2000);
