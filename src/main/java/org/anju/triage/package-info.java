/**
 * Triage: the complaint taxonomy (topic → category, department, default urgency). Later also the
 * classifier and the routing table.
 */
@ApplicationModule(displayName = "Triage")
package org.anju.triage;

import org.springframework.modulith.ApplicationModule;
