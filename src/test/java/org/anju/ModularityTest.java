package org.anju;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the module boundaries of the house plan: no cycles, no reaching into another module's internals. */
class ModularityTest {

	static final ApplicationModules modules = ApplicationModules.of(AnjuApplication.class);

	@Test
	void verifiesModuleBoundaries() {
		modules.verify();
	}

	@Test
	void hasTheModulesOfTheHousePlan() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
			.contains("platform", "directory", "organisation", "complaint", "triage");
	}

}
