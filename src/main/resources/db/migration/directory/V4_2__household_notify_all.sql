-- A household may ask that every member hears about its complaints, not only the complainant.
alter table household add column notify_all_members boolean default false not null;
