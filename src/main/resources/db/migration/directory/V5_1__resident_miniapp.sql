-- The resident's openid in the company's WeChat mini-program (another id than the official account's).
alter table resident add column miniapp_open_id varchar(64);
