package org.anju.complaint;

/** Whether the owner may see a timeline entry, or only staff. */
public enum Visibility {

	PUBLIC, INTERNAL

}
