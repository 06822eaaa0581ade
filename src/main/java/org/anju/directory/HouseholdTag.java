package org.anju.directory;

/** What staff should know about a household at a glance; a fixed list, so that it can be counted and filtered. */
public enum HouseholdTag {

	ELDERLY_ALONE("独居老人", "Elderly living alone"),
	SENSITIVE("敏感户", "Sensitive"),
	VIP("重点客户", "VIP"),
	DISABLED("行动不便", "Disabled"),
	CHILDREN("有幼儿", "Young children"),
	VACANT("空置房", "Vacant"),
	RENTED("出租户", "Rented out"),
	ARREARS("欠费户", "Fees in arrears");

	private final String nameZh;

	private final String nameEn;

	HouseholdTag(String nameZh, String nameEn) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	public String nameZh() {
		return nameZh;
	}

	public String nameEn() {
		return nameEn;
	}

}
