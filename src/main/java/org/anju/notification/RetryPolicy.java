package org.anju.notification;

import java.time.Duration;

/**
 * How long a message keeps being retried while its provider is down: pauses doubling from
 * {@code firstPause} up to {@code maxPause}, given up {@code giveUpAfter} after the message was
 * first due (then the recipient's next channel takes over), or after {@code maxAttempts} tries when
 * that is positive. The default — 1 minute doubling to 10, given up after 24 hours — rides out a
 * provider's outage of hours without flooding it when it comes back.
 */
record RetryPolicy(int maxAttempts, Duration firstPause, Duration maxPause, Duration giveUpAfter) {
}
