package org.anju.directory;

/** Why one cell of an imported file is refused: its spreadsheet row (header = 1), its column header, the reason. */
public record ImportError(int row, String column, String reason) {
}
