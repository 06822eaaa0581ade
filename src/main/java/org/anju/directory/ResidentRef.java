package org.anju.directory;

/** A resident as other modules see it: who, where, and how to reach them. */
public record ResidentRef(long id, HouseholdRef household, String name, Relation relation, String mobile,
		String email, String wechatOpenId, ContactChannel preferredChannel, boolean active, String miniappOpenId) {
}
