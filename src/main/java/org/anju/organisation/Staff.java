package org.anju.organisation;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;

import org.anju.platform.persistence.BaseEntity;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;

/** A staff member's account: who they are, their roles, projects and the buildings they look after. */
@Entity
class Staff extends BaseEntity {

	private String username;

	private String displayName;

	private String passwordHash;

	private String mobile;

	private String email;

	private String departmentCode;

	private boolean active = true;

	private boolean onDuty = true;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "staff_project", joinColumns = @JoinColumn(name = "staff_id"))
	@Column(name = "project_id")
	private Set<Long> projectIds = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "staff_building", joinColumns = @JoinColumn(name = "staff_id"))
	@Column(name = "building_id")
	private Set<Long> buildingIds = new HashSet<>();

	protected Staff() {
	}

	Staff(String username, String passwordHash) {
		this.username = username;
		this.passwordHash = passwordHash;
	}

	void update(String displayName, String mobile, String email, String departmentCode, boolean active) {
		this.displayName = displayName;
		this.mobile = mobile;
		this.email = email;
		this.departmentCode = departmentCode;
		this.active = active;
	}

	void assign(Set<Role> roles, Set<Long> projectIds, Set<Long> buildingIds) {
		this.roles.clear();
		this.roles.addAll(roles);
		this.projectIds.clear();
		this.projectIds.addAll(projectIds);
		this.buildingIds.clear();
		this.buildingIds.addAll(buildingIds);
	}

	/** Starts or ends a shift: automatic assignment only picks staff on duty. */
	void setOnDuty(boolean onDuty) {
		this.onDuty = onDuty;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	String getUsername() {
		return username;
	}

	String getDisplayName() {
		return displayName;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	String getMobile() {
		return mobile;
	}

	String getEmail() {
		return email;
	}

	String getDepartmentCode() {
		return departmentCode;
	}

	boolean isActive() {
		return active;
	}

	boolean isOnDuty() {
		return onDuty;
	}

	/** Who this account acts as: its roles and projects as they are now. */
	Actor actor() {
		return new Actor(getId(), username, displayName, roles, projectIds);
	}

	Set<Role> getRoles() {
		return Set.copyOf(roles);
	}

	Set<Long> getProjectIds() {
		return Set.copyOf(projectIds);
	}

	Set<Long> getBuildingIds() {
		return Set.copyOf(buildingIds);
	}

}
