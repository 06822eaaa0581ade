/**
 * Agenda: the staff calendar and tasks — appointments (a home visit for a repair, a callback, a
 * meeting) with the staff booked, a warning when someone is booked twice at once, reminders to
 * their console inbox, tasks given to a colleague (who is told), and the team view of a project.
 * Uses the organisation (who works where), the directory (households), complaints (what an entry
 * is about) and notification (the inbox); no module depends on it but the console.
 */
@ApplicationModule(displayName = "Agenda")
package org.anju.agenda;

import org.springframework.modulith.ApplicationModule;
