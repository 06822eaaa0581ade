package org.anju.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.anju.intake.OwnerDesk.Photo;
import org.anju.platform.web.InvalidInputException;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * The photos of an owner's form: at most nine, each an image by its content alone (a name proves nothing) and no
 * larger than the complaint module's attachment limit. Every photo is checked before anything is
 * kept; the complaint module checks them once more when it stores them.
 */
@Component
class PortalPhotos {

	static final int MAX_PHOTOS = 9;

	private final Tika tika = new Tika();

	private final long maxBytes;

	PortalPhotos(@Value("${anju.attachments.max-size}") DataSize maxSize) {
		this.maxBytes = maxSize.toBytes();
	}

	List<Photo> of(List<MultipartFile> files) {
		List<MultipartFile> chosen = files == null ? List.of()
				: files.stream().filter(f -> f != null && !f.isEmpty()).toList();
		if (chosen.size() > MAX_PHOTOS) {
			throw new InvalidInputException("photos", "at most " + MAX_PHOTOS + " photos");
		}
		List<Photo> photos = new ArrayList<>();
		for (MultipartFile file : chosen) {
			if (file.getSize() > maxBytes) {
				throw new InvalidInputException("photos", "too large: " + file.getOriginalFilename());
			}
			try {
				byte[] content = file.getBytes();
				if (!tika.detect(content).startsWith("image/")) {
					throw new InvalidInputException("photos", "not an image: " + file.getOriginalFilename());
				}
				photos.add(new Photo(file.getOriginalFilename(), content));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return photos;
	}

	long maxMegabytes() {
		return DataSize.ofBytes(maxBytes).toMegabytes();
	}

}
