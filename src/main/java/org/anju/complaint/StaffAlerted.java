package org.anju.complaint;

import java.util.List;

/** Supervisors or managers must look at a complaint now (an emergency, a risk flag, a repeat). */
public record StaffAlerted(long complaintId, List<Long> staffIds, String reason) {
}
