-- The monthly reminder to households whose parking lease runs out ({title}: the plates and spaces, {date}: the expiry).
insert into notification_template (code, template_version, subject, body, created_at, created_by) values
    ('PARKING_LEASE', 1, '车位租约到期提醒', '{salutation}您好，您的车位租约（{title}）到期日为{date}，请及时到客服中心办理续约，并更新您的车辆信息，以免影响车辆进出。', current_timestamp, 'system');
