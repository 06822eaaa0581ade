package org.anju.platform.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The directory that holds the embedded database and the attachments ({@code ANJU_DATA_DIR}). */
@Component
public class DataDirectory {

	private final Path root;

	DataDirectory(@Value("${anju.data-dir}") Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** A sub-directory of the data directory, created on first use. */
	public Path resolve(String name) {
		Path dir = root.resolve(name).normalize();
		try {
			return Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create data directory " + dir, ex);
		}
	}

	public Path root() {
		return root;
	}

}
