/**
 * SLA: the Chinese working-day calendar, deadline policies, one set of clocks per complaint
 * (first contact, resolution, progress updates, callback), warnings, breaches and the escalation
 * ladder, run by a scheduler that fires everything exactly once. Listens to the complaint
 * module's events; publishes {@link org.anju.sla.SlaWarningRaised}, {@link org.anju.sla.SlaBreached}
 * and {@link org.anju.sla.ProgressUpdateDue}.
 */
@ApplicationModule(displayName = "SLA")
package org.anju.sla;

import org.springframework.modulith.ApplicationModule;
