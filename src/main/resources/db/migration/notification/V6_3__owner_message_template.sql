-- The assignee hears when the owner adds to an open complaint (a reply mail, a WeChat message, a second call).
insert into notification_template (code, template_version, subject, body, created_at, created_by) values
    ('STAFF_OWNER_MESSAGE', 1, '业主补充 {number}', '{assignee}：业主就投诉{number}“{title}”补充了信息：{reason}', current_timestamp, 'system');
