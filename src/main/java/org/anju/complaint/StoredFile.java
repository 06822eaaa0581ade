package org.anju.complaint;

/** A file written to the attachment store: its checked type and where it lies. */
record StoredFile(String fileName, String contentType, long sizeBytes, String storageKey) {
}
