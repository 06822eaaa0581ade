package org.anju.platform;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this installation is a demo: {@code anju.demo-data} is {@code true}, {@code false} or
 * {@code auto} (the default), which means "yes on the embedded H2 database, never on PostgreSQL".
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(@Value("${anju.demo-data:auto}") String setting, DataSource dataSource) throws SQLException {
		if ("auto".equalsIgnoreCase(setting)) {
			try (Connection connection = dataSource.getConnection()) {
				this.enabled = "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
			}
		}
		else {
			this.enabled = Boolean.parseBoolean(setting);
		}
	}

	public boolean enabled() {
		return enabled;
	}

}
