package org.anju.organisation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.anju.directory.ProjectCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every new project gets the five departments of the default taxonomy, in the same transaction,
 * so that complaints can be routed from its first minute. Names can be changed afterwards.
 */
@Component
class DefaultDepartments {

	/** Codes are the taxonomy's contract; names are what staff see. */
	static final Map<String, String> NAMES = new LinkedHashMap<>();

	static {
		NAMES.put("CUSTOMER_SERVICE", "客服中心");
		NAMES.put("ENGINEERING", "工程部");
		NAMES.put("SECURITY", "秩序维护部");
		NAMES.put("ENVIRONMENT", "环境部");
		NAMES.put("FINANCE", "财务部");
	}

	private final DepartmentRepository departments;

	DefaultDepartments(DepartmentRepository departments) {
		this.departments = departments;
	}

	@EventListener
	void on(ProjectCreated event) {
		NAMES.forEach((code, name) -> departments.save(new Department(event.projectId(), code, name)));
	}

}
