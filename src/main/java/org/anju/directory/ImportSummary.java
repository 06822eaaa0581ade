package org.anju.directory;

/** What a roster import did; {@code rows} counts the non-blank data rows. */
public record ImportSummary(int rows, int buildingsCreated, int unitsCreated, int householdsCreated,
		int residentsCreated, int residentsSkipped) {
}
