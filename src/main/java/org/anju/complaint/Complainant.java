package org.anju.complaint;

/**
 * Who complained: a registered resident (with their household), or someone unregistered known
 * only by what they gave (name, phone, e-mail address, the unit they named).
 */
public record Complainant(Long residentId, Long householdId, Long buildingId, String name, String phone,
		String email, String address) {
}
