package org.anju.notification;

import org.springframework.context.ApplicationContext;

/** Lets tests of other packages send the mass notices that are due, as the scheduler would. */
public final class NoticeSending {

	private NoticeSending() {
	}

	public static int sendDue(ApplicationContext context) {
		return context.getBean(Notices.class).sendDue();
	}

}
