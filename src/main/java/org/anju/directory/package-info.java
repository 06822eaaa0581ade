/**
 * Directory: property companies, their projects (小区), buildings, units, households and the
 * residents who live there with their contacts. Public API: {@link org.anju.directory.Directory}
 * look-ups and the {@link org.anju.directory.ProjectCreated} event.
 */
@ApplicationModule(displayName = "Directory")
package org.anju.directory;

import org.springframework.modulith.ApplicationModule;
