package org.anju.visitor;

/** The document a visitor shows: a resident ID card (居民身份证) or a passport. */
public enum IdType {

	RESIDENT_ID, PASSPORT

}
