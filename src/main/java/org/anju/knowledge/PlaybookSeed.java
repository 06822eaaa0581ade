package org.anju.knowledge;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Seeds the shipped playbook at start-up, before the demo data (order 10) registers complaints. */
@Component
@Order(5)
class PlaybookSeed implements ApplicationRunner {

	private final Playbook playbook;

	PlaybookSeed(Playbook playbook) {
		this.playbook = playbook;
	}

	@Override
	public void run(ApplicationArguments args) {
		playbook.seed();
	}

}
