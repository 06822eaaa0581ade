/**
 * Cross-cutting code every module may use: security (the acting staff member and their roles),
 * RFC 9457 problem responses, the clock and the data directory. Depends on no business module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Platform")
package org.anju.platform;

import org.springframework.modulith.ApplicationModule;
