package org.anju.console;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.anju.report.ActionRequest;
import org.anju.report.ActionStatus;
import org.anju.report.ActionView;
import org.springframework.validation.BindingResult;

/**
 * An improvement action as the register's form carries it. Everything arrives as text so that a
 * bad date or an unknown status is an error next to its field rather than a binding failure;
 * complaints are typed as numbers (TS20261122-0001) or ids, separated by commas or spaces.
 */
class ReportActionForm {

	static final int TITLE_MAX = 200;

	static final int DESCRIPTION_MAX = 4000;

	private Long projectId;

	private String title;

	private String description;

	private String ownerStaffId;

	private String dueDate;

	private String status = ActionStatus.OPEN.name();

	private boolean publicAction;

	private List<String> topics = new ArrayList<>();

	private String complaints;

	/** The version the edit started from; a newer stored one makes the save a conflict (409). */
	private Long version;

	static ReportActionForm of(ActionView action, String complaintNumbers) {
		ReportActionForm form = new ReportActionForm();
		form.projectId = action.projectId();
		form.title = action.title();
		form.description = action.description();
		form.ownerStaffId = action.ownerStaffId() == null ? null : String.valueOf(action.ownerStaffId());
		form.dueDate = action.dueDate() == null ? null : action.dueDate().toString();
		form.status = action.status().name();
		form.publicAction = action.publicAction();
		form.topics = new ArrayList<>(action.topics());
		form.complaints = complaintNumbers;
		form.version = action.version();
		return form;
	}

	/** The typed complaint references, in order, without blanks. */
	List<String> complaintTokens() {
		if (complaints == null || complaints.isBlank()) {
			return List.of();
		}
		return List.of(complaints.strip().split("[\\s,，、;；]+"));
	}

	/**
	 * The request for the register, or null after putting the form's own errors (required title,
	 * lengths, date, status) on {@code result}; {@code complaintIds} are already looked up.
	 */
	ActionRequest toRequest(List<Long> complaintIds, BindingResult result) {
		if (title == null || title.isBlank()) {
			result.rejectValue("title", "reportpages.error.required");
		}
		else if (title.strip().length() > TITLE_MAX) {
			result.rejectValue("title", "reportpages.error.tooLong", new Object[] { TITLE_MAX }, null);
		}
		if (description != null && description.length() > DESCRIPTION_MAX) {
			result.rejectValue("description", "reportpages.error.tooLong", new Object[] { DESCRIPTION_MAX }, null);
		}
		LocalDate due = null;
		if (dueDate != null && !dueDate.isBlank()) {
			try {
				due = LocalDate.parse(dueDate.strip());
			}
			catch (DateTimeParseException ex) {
				result.rejectValue("dueDate", "reportpages.error.date");
			}
		}
		ActionStatus state = null;
		try {
			state = ActionStatus.valueOf(status == null ? "" : status);
		}
		catch (IllegalArgumentException ex) {
			result.rejectValue("status", "reportpages.error.status");
		}
		Long owner = null;
		if (ownerStaffId != null && !ownerStaffId.isBlank()) {
			try {
				owner = Long.valueOf(ownerStaffId.strip());
			}
			catch (NumberFormatException ex) {
				result.rejectValue("ownerStaffId", "reportpages.error.ownerStaffId");
			}
		}
		if (result.hasErrors()) {
			return null;
		}
		return new ActionRequest(projectId, title.strip(), description == null || description.isBlank() ? null
				: description.strip(), owner, null, due, state, publicAction, topics, complaintIds, version);
	}

	public Long getProjectId() {
		return projectId;
	}

	public void setProjectId(Long projectId) {
		this.projectId = projectId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getOwnerStaffId() {
		return ownerStaffId;
	}

	public void setOwnerStaffId(String ownerStaffId) {
		this.ownerStaffId = ownerStaffId;
	}

	public String getDueDate() {
		return dueDate;
	}

	public void setDueDate(String dueDate) {
		this.dueDate = dueDate;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public boolean isPublicAction() {
		return publicAction;
	}

	public void setPublicAction(boolean publicAction) {
		this.publicAction = publicAction;
	}

	public List<String> getTopics() {
		return topics;
	}

	public void setTopics(List<String> topics) {
		this.topics = topics == null ? new ArrayList<>() : topics;
	}

	public String getComplaints() {
		return complaints;
	}

	public void setComplaints(String complaints) {
		this.complaints = complaints;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
