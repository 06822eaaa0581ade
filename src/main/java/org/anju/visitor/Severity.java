package org.anju.visitor;

/** How serious an unusual event at a post is. */
public enum Severity {

	INFO, WARNING, SERIOUS

}
