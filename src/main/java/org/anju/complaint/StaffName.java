package org.anju.complaint;

/** A staff member named on the timeline. */
record StaffName(long id, String name) {
}
