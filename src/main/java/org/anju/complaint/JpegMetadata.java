package org.anju.complaint;

import java.io.ByteArrayOutputStream;

/**
 * Removes the metadata segments of a JPEG before it is stored: EXIF and XMP (APP1, which carry
 * the GPS position, camera and time a photo was taken), Photoshop/IPTC (APP13) and comments.
 * The picture itself is copied byte for byte (no re-encoding, no quality loss); JFIF (APP0),
 * the colour profile (APP2) and Adobe's colour transform (APP14) stay. A photo no longer knows
 * its EXIF orientation afterwards, which is the price of not leaking where an owner lives.
 */
final class JpegMetadata {

	private JpegMetadata() {
	}

	/** The JPEG without its metadata segments; anything that does not parse as JPEG is returned unchanged. */
	static byte[] strip(byte[] jpeg) {
		if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
			return jpeg;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
		out.write(0xFF);
		out.write(0xD8);
		int i = 2;
		while (i + 4 <= jpeg.length) {
			if ((jpeg[i] & 0xFF) != 0xFF) {
				return jpeg;
			}
			int marker = jpeg[i + 1] & 0xFF;
			if (marker == 0xFF) {
				i++;
				continue;
			}
			if (marker == 0xDA) {
				// start of scan: the compressed picture follows up to the end of the file
				out.write(jpeg, i, jpeg.length - i);
				return out.toByteArray();
			}
			if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
				out.write(jpeg, i, 2);
				i += 2;
				continue;
			}
			int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
			if (length < 2 || i + 2 + length > jpeg.length) {
				return jpeg;
			}
			if (!metadata(marker)) {
				out.write(jpeg, i, 2 + length);
			}
			i += 2 + length;
		}
		return jpeg;
	}

	private static boolean metadata(int marker) {
		return marker == 0xE1 || marker == 0xED || marker == 0xFE || marker >= 0xE3 && marker <= 0xEC
				|| marker == 0xEF;
	}

}
