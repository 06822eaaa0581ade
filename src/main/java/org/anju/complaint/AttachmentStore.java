package org.anju.complaint;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.anju.platform.storage.DataDirectory;
import org.anju.platform.web.InvalidInputException;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Keeps attachment files in the data directory. A file is accepted only if it is small enough
 * and its content (not its name) is one of the allowed types; if the transaction that records it
 * rolls back, the file is deleted again, so nothing is half-saved. JPEG photos lose their EXIF/XMP
 * metadata (GPS position!) on the way in, see {@link JpegMetadata}.
 */
@Component
class AttachmentStore {

	private static final String JPEG = "image/jpeg";

	private final Path root;

	private final long maxBytes;

	private final Set<String> allowedTypes;

	private final Clock clock;

	private final Tika tika = new Tika();

	AttachmentStore(DataDirectory dataDirectory, @Value("${anju.attachments.max-size}") DataSize maxSize,
			@Value("${anju.attachments.allowed-types}") List<String> allowedTypes, Clock clock) {
		this.root = dataDirectory.resolve("attachments");
		this.maxBytes = maxSize.toBytes();
		this.allowedTypes = Set.copyOf(allowedTypes);
		this.clock = clock;
	}

	StoredFile store(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "is empty");
		}
		if (file.getSize() > maxBytes) {
			throw new InvalidInputException("file", "is larger than " + DataSize.ofBytes(maxBytes).toMegabytes() + " MB");
		}
		String name = safeName(file.getOriginalFilename());
		try (InputStream in = new BufferedInputStream(file.getInputStream())) {
			String type = tika.detect(in, name);
			if (!allowedTypes.contains(type)) {
				throw new InvalidInputException("file", "type " + type + " is not allowed");
			}
			String key = YearMonth.now(clock) + "/" + UUID.randomUUID();
			Path target = root.resolve(key);
			Files.createDirectories(target.getParent());
			long size = file.getSize();
			if (JPEG.equals(type)) {
				byte[] stripped = JpegMetadata.strip(file.getBytes());
				Files.write(target, stripped);
				size = stripped.length;
			}
			else {
				file.transferTo(target);
			}
			deleteOnRollback(target);
			return new StoredFile(name, type, size, key);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store attachment " + name, ex);
		}
	}

	/** Stores bytes that came with an inbound message, under the same checks as an upload. */
	StoredFile store(String fileName, byte[] content) {
		String name = safeName(fileName);
		String type = check(name, content);
		try {
			String key = YearMonth.now(clock) + "/" + UUID.randomUUID();
			Path target = root.resolve(key);
			Files.createDirectories(target.getParent());
			byte[] kept = JPEG.equals(type) ? JpegMetadata.strip(content) : content;
			Files.write(target, kept);
			deleteOnRollback(target);
			return new StoredFile(name, type, kept.length, key);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store attachment " + name, ex);
		}
	}

	/** Refuses bytes that are empty, too large or not of an allowed type; returns the type found. */
	String check(String name, byte[] content) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException("file", "is empty");
		}
		if (content.length > maxBytes) {
			throw new InvalidInputException("file", "is larger than " + DataSize.ofBytes(maxBytes).toMegabytes() + " MB");
		}
		String type = tika.detect(content, name);
		if (!allowedTypes.contains(type)) {
			throw new InvalidInputException("file", "type " + type + " is not allowed");
		}
		return type;
	}

	Resource load(String storageKey) {
		return new FileSystemResource(root.resolve(storageKey));
	}

	/** The file name without any path, control characters or quotes; never blank. */
	static String safeName(String original) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		return name.isEmpty() ? "attachment" : name;
	}

	private static void deleteOnRollback(Path file) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						file.toFile().delete();
					}
				}
			});
		}
	}

}
