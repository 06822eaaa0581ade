package org.anju.directory;

/** How a resident relates to the household. */
public enum Relation {

	/** 业主 */
	OWNER,
	/** 租户 */
	TENANT,
	/** 家庭成员 */
	FAMILY

}
