/**
 * Organisation: the departments of each project, the staff with their roles, projects and the
 * buildings each looks after (片区), and the staff accounts that log in. Public API:
 * {@link org.anju.organisation.Organisation}.
 */
@ApplicationModule(displayName = "Organisation")
package org.anju.organisation;

import org.springframework.modulith.ApplicationModule;
