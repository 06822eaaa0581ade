/**
 * Knowledge: the playbook and the search over it and over past complaints.
 */
@ApplicationModule(displayName = "Knowledge")
package org.anju.knowledge;

import org.springframework.modulith.ApplicationModule;
