package org.anju.shift;

/** Where a shift stands: on duty (writing its log), then handed over (log submitted, read-only). */
public enum ShiftStatus {

	ON_DUTY, HANDED_OVER

}
