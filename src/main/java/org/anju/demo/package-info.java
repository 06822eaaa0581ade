/**
 * Demo data for the embedded default: a company, one project with a few hundred households, staff
 * of every role and complaints in various states. Top floor: it only calls other modules' APIs.
 */
@ApplicationModule(displayName = "Demo data")
package org.anju.demo;

import org.springframework.modulith.ApplicationModule;
