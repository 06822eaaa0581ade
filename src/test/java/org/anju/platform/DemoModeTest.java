package org.anju.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class DemoModeTest {

	static DataSource database(String product) throws Exception {
		DataSource dataSource = mock(DataSource.class);
		Connection connection = mock(Connection.class);
		DatabaseMetaData metaData = mock(DatabaseMetaData.class);
		when(dataSource.getConnection()).thenReturn(connection);
		when(connection.getMetaData()).thenReturn(metaData);
		when(metaData.getDatabaseProductName()).thenReturn(product);
		return dataSource;
	}

	@Test
	void autoMeansDemoOnTheEmbeddedDatabaseOnly() throws Exception {
		assertThat(new DemoMode("auto", database("H2")).enabled()).isTrue();
		assertThat(new DemoMode("auto", database("PostgreSQL")).enabled()).isFalse();
	}

	@Test
	void anExplicitSettingWins() throws Exception {
		assertThat(new DemoMode("true", database("PostgreSQL")).enabled()).isTrue();
		assertThat(new DemoMode("false", database("H2")).enabled()).isFalse();
	}

}
