/**
 * Visitor register (访客登记) and the posts' log of unusual events. A visitor's ID is checked (an
 * 18-digit resident ID card with its checksum, or a passport) and stored only masked; the host
 * household confirms by a call before the visitor enters; visitors still inside at a shift's end are
 * flagged as overdue. Public API: {@link org.anju.visitor.Visits} and {@link org.anju.visitor.PostLog}.
 */
@ApplicationModule(displayName = "Visitor")
package org.anju.visitor;

import org.springframework.modulith.ApplicationModule;
