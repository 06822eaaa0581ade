package org.anju.console;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.anju.triage.Category;
import org.anju.triage.Taxonomy;
import org.anju.triage.Topic;
import org.anju.triage.Urgency;
import org.springframework.validation.BindingResult;

/**
 * A topic as the administrator types it, with the rules of {@code POST /api/v1/triage/topics}.
 * Category, department and urgency arrive as text so that an unknown value is an error next to
 * its field rather than a binding failure.
 */
class AdminTopicForm {

	@NotBlank
	@Size(max = 40)
	@Pattern(regexp = "[A-Z][A-Z0-9_]*")
	private String code;

	@NotBlank
	@Size(max = 60)
	private String nameZh;

	@NotBlank
	private String category;

	@NotBlank
	private String department;

	@NotBlank
	private String urgency;

	@Size(max = 400)
	private String description;

	/** The version the edit started from; a newer stored one makes the save a conflict. */
	private Long version;

	static AdminTopicForm of(Topic topic, long version) {
		AdminTopicForm form = new AdminTopicForm();
		form.code = topic.code();
		form.nameZh = topic.nameZh();
		form.category = topic.category().name();
		form.department = topic.department();
		form.urgency = topic.urgency().name();
		form.description = topic.description();
		form.version = version;
		return form;
	}

	/** The topic, or null after putting an unknown category, department or urgency on {@code result}. */
	Topic toTopic(BindingResult result) {
		Category kind = known(Category.class, category, "category", "admin.topics.unknownCategory", result);
		Urgency usual = known(Urgency.class, urgency, "urgency", "admin.topics.unknownUrgency", result);
		if (department != null && !department.isBlank() && !Taxonomy.DEPARTMENTS.contains(department)) {
			result.rejectValue("department", "admin.topics.badDepartment");
		}
		if (result.hasErrors()) {
			return null;
		}
		return new Topic(code, kind, department, usual, nameZh.strip(),
				description == null || description.isBlank() ? null : description.strip());
	}

	private static <E extends Enum<E>> E known(Class<E> type, String value, String field, String error,
			BindingResult result) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			if (!result.hasFieldErrors(field)) {
				result.rejectValue(field, error);
			}
			return null;
		}
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code == null ? null : code.strip();
	}

	public String getNameZh() {
		return nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getDepartment() {
		return department;
	}

	public void setDepartment(String department) {
		this.department = department;
	}

	public String getUrgency() {
		return urgency;
	}

	public void setUrgency(String urgency) {
		this.urgency = urgency;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
