package org.anju.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.UUID;

import org.anju.platform.storage.DataDirectory;
import org.springframework.stereotype.Component;

/**
 * Keeps the raw bytes of every inbound message in the data directory, written before anything
 * else happens to the message, so that nothing that arrived is ever lost.
 */
@Component
class RawStore {

	private final Path root;

	private final Clock clock;

	RawStore(DataDirectory dataDirectory, Clock clock) {
		this.root = dataDirectory.resolve("inbound");
		this.clock = clock;
	}

	String write(byte[] raw) {
		String key = YearMonth.now(clock) + "/" + UUID.randomUUID();
		try {
			Path target = root.resolve(key);
			Files.createDirectories(target.getParent());
			Files.write(target, raw);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep an inbound message", ex);
		}
	}

	byte[] read(String key) {
		try {
			return Files.readAllBytes(root.resolve(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read inbound message " + key, ex);
		}
	}

}
