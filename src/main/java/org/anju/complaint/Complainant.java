package org.anju.complaint;

/**
 * Who complained: a registered resident (with their household), or an unregistered caller known
 * only by what they gave (name, phone, the unit they named).
 */
public record Complainant(Long residentId, Long householdId, Long buildingId, String name, String phone,
		String address) {
}
