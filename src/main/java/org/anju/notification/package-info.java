/**
 * Notification: tells owners and staff what happens to a complaint, on the channel each uses,
 * through a transactional outbox (written in the transaction of the change, delivered afterwards
 * with retries, back-off and a fallback channel, at most once per recipient, channel and event).
 */
@ApplicationModule(displayName = "Notification")
package org.anju.notification;

import org.springframework.modulith.ApplicationModule;
