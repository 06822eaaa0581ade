package org.anju.sla;

import org.springframework.context.ApplicationContext;

/** Lets tests of other modules run the deadline scan now, as the scheduler would. */
public final class DeadlineScans {

	private DeadlineScans() {
	}

	public static void runNow(ApplicationContext context) {
		context.getBean(DeadlineScanner.class).scan();
	}

}
