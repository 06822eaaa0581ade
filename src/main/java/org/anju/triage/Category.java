package org.anju.triage;

/** The five complaint classes of the industry's statistics. */
public enum Category {

	/** 设施维护类 */
	FACILITY,
	/** 安全投诉类 */
	SECURITY,
	/** 环境管理类 */
	ENVIRONMENT,
	/** 服务态度类 */
	SERVICE,
	/** 其他类 */
	OTHER

}
