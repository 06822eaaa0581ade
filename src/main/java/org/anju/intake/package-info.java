/**
 * Intake: every inbound channel — hotline calls, the e-mail mailbox, the WeChat official account,
 * the owner's web and app requests, walk-ins and letters, 12345 city-hotline work orders — lands
 * in one pipeline that keeps the raw message, identifies the sender, lets the complaint desk
 * register (or merge, or thread) the complaint, and quarantines what it cannot take. No other
 * module depends on it.
 */
@ApplicationModule(displayName = "Intake")
package org.anju.intake;

import org.springframework.modulith.ApplicationModule;
