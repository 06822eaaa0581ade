package org.anju.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secrets come only from the environment: in {@code src/main/resources/application*.yml} every
 * password, secret, token or key is an {@code ${ENV:}} placeholder with an empty default, or one
 * of the demo defaults listed here.
 */
class SecretsInConfigurationTest {

	/** Keys whose name looks secret but whose value is not (durations, switches). */
	static final Pattern SECRET_KEY = Pattern.compile("^\\s*([\\w-]*(password|secret|token|key)[\\w-]*)\\s*:\\s*(.+?)\\s*$",
			Pattern.CASE_INSENSITIVE);

	static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+):([^}]*)}");

	/**
	 * Demo defaults allowed and why: {@code DB_PASSWORD:anju} is the password of the local
	 * PostgreSQL that the {@code postgres} profile's docker-compose/CI database is created with; it
	 * opens nothing outside a developer's machine and production sets DB_PASSWORD.
	 */
	static final Map<String, String> DEMO_DEFAULTS = Map.of("DB_PASSWORD", "anju");

	@Test
	void everySecretIsAnEnvironmentPlaceholder() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
			for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.ya?ml")).toList()) {
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					String line = lines.get(i);
					Matcher entry = SECRET_KEY.matcher(line);
					if (line.strip().startsWith("#") || !entry.matches() || entry.group(1).endsWith("-validity")
							|| entry.group(3).isEmpty()) {
						continue;
					}
					Matcher placeholder = PLACEHOLDER.matcher(entry.group(3));
					boolean fromEnvironment = placeholder.matches() && (placeholder.group(2).isEmpty()
							|| placeholder.group(2).equals(DEMO_DEFAULTS.get(placeholder.group(1))));
					if (!fromEnvironment) {
						problems.add(file.getFileName() + ":" + (i + 1) + " " + line.strip());
					}
				}
			}
		}
		assertThat(problems).as("secrets written into the configuration").isEmpty();
	}

}
