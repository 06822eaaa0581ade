/**
 * Audit: an append-only record of staff views of personal data — who opened which household's
 * 360 view or looked up which plate, and when (never the data itself). Public API:
 * {@link org.anju.audit.AuditTrail}.
 */
@ApplicationModule(displayName = "Audit")
package org.anju.audit;

import org.springframework.modulith.ApplicationModule;
