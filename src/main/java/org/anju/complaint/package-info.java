/**
 * Complaint: the complaint aggregate with its lifecycle, numbering, timeline, attachments and links.
 * Public API: {@link org.anju.complaint.Complaints} (commands and queries) and the events it publishes.
 */
@ApplicationModule(displayName = "Complaint")
package org.anju.complaint;

import org.springframework.modulith.ApplicationModule;
