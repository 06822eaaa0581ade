package org.anju.platform.persistence;

import java.util.Map;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.anju.platform.web.ConflictException;

/** Identity and optimistic-locking version shared by every table. */
@MappedSuperclass
public abstract class BaseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public boolean isNew() {
		return id == null;
	}

	/**
	 * Refuses an update based on an older copy: the client sends the version it read, and a
	 * mismatch means someone else changed the row since (HTTP 409). No version means "don't check".
	 */
	public void checkVersion(Long expected) {
		if (expected != null && expected != version) {
			throw new ConflictException("Stale update: " + getClass().getSimpleName() + " " + id + " is at version "
					+ version + ", not " + expected + "; reload it and try again.",
					Map.of("currentVersion", version));
		}
	}

}
