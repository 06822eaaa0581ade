/**
 * Knowledge: the playbook — for each kind of complaint its scenarios, what the owner expects, the
 * proven handling steps with their time limits, reply scripts, records to keep, improvements and
 * risk tips — suggested on every complaint as a checklist, and the search over it and over past
 * complaints. It reads the complaint desk and feedback; no module depends on it (the complaint
 * desk asks its {@code ResolutionCheck} before a resolution).
 */
@ApplicationModule(displayName = "Knowledge")
package org.anju.knowledge;

import org.springframework.modulith.ApplicationModule;
