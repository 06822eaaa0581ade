package org.anju.platform.security;

import java.io.Serializable;

/**
 * A resident (业主) acting for themselves through the owner portal, the app or the mini-program:
 * they may see and add to their own household's complaints and nothing else. Serializable: the portal
 * session holding it is stored in the database (Spring Session JDBC).
 */
public record Owner(long residentId, long householdId, long projectId, String name) implements Serializable {
}
