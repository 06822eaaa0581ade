/**
 * Feedback: what owners say about the handling of their complaints — the rating of a resolved
 * complaint (stars, solved or not, a comment), which closes it when accepted or reopens it when
 * not solved, and the satisfaction measures built on the ratings.
 */
@ApplicationModule(displayName = "Feedback")
package org.anju.feedback;

import org.springframework.modulith.ApplicationModule;
