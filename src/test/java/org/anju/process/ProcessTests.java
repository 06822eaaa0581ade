package org.anju.process;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;

/** When the process tests can run: PostgreSQL's binaries installed, the jar built, not switched off. */
final class ProcessTests {

	private ProcessTests() {
	}

	/** Skips the test unless PostgreSQL's binaries and the jar exist and {@code -Dprocess.tests=false} is not given. */
	static void assumeAvailable() {
		assumeTrue(!"false".equals(System.getProperty("process.tests")), "process tests switched off (-Dprocess.tests=false)");
		assumeTrue(PostgresCluster.binaries().isPresent(), "PostgreSQL binaries missing under /usr/lib/postgresql");
		assumeTrue(Files.isRegularFile(AppNode.JAR), "the jar is not built: " + AppNode.JAR);
	}

}
