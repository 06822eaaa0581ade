package org.anju.platform.web;

/** One invalid input: the field (a JSON property, or a column of an imported file) and why. */
public record FieldError(String field, String message) {
}
