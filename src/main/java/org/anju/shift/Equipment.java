package org.anju.shift;

import jakarta.persistence.Embeddable;

/** A key or piece of equipment handed over: what, how many, in what state (对讲机 ×3, 完好). */
@Embeddable
public record Equipment(String item, int quantity, String state) {
}
