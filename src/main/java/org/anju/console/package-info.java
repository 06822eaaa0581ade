/**
 * Console: the staff's web workbench — server-rendered pages (Thymeleaf) with htmx for partial
 * updates, Chinese by default and English on request. It sits on the top floor and calls the
 * other modules' public APIs; no module depends on it.
 */
@ApplicationModule(displayName = "Console")
package org.anju.console;

import org.springframework.modulith.ApplicationModule;
