package org.anju.process;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for the process tests, started with Debian's own binaries the way
 * {@code .ci/start-postgres} does (as user postgres when the tests run as root), but with fsync ON:
 * what PostgreSQL acknowledged must survive a crash of the application. Listens on a free loopback
 * port; the data directory lives under /tmp and is removed by {@link #close()}.
 */
final class PostgresCluster implements AutoCloseable {

	static final String DATABASE = "anju";

	private final Path bin;

	private final Path data;

	private final int port;

	private PostgresCluster(Path bin, Path data, int port) {
		this.bin = bin;
		this.data = data;
		this.port = port;
	}

	/** The newest installed PostgreSQL's bin directory with initdb and pg_ctl, if any. */
	static Optional<Path> binaries() {
		try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
			return versions.map(v -> v.resolve("bin"))
				.filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
				.max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** Creates, starts and creates the database {@value #DATABASE} in a new cluster. */
	static PostgresCluster start() throws Exception {
		Path bin = binaries().orElseThrow();
		Path data = Files.createTempDirectory("anju-process-pg");
		if (root()) {
			run("chown", "postgres", data.toString());
		}
		PostgresCluster cluster = new PostgresCluster(bin, data, freePort());
		cluster.asPostgres("'" + bin.resolve("initdb") + "' -D '" + data + "' -U postgres -A trust -E UTF8 --locale=C.UTF-8");
		cluster.startServer();
		try (Connection c = DriverManager.getConnection(cluster.url("postgres"), "postgres", "");
				Statement s = c.createStatement()) {
			s.execute("create database " + DATABASE);
		}
		return cluster;
	}

	/** Starts the stopped server again on the same port and data. */
	void startServer() throws Exception {
		asPostgres("'" + bin.resolve("pg_ctl") + "' -D '" + data + "' -l '" + data.resolve("server.log") + "' -w -t 60 -o \"-p "
				+ port + " -k /tmp -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200\" start");
	}

	/** A fast shutdown: open connections are cut, the server stops after a checkpoint. */
	void stopServer() throws Exception {
		asPostgres("'" + bin.resolve("pg_ctl") + "' -D '" + data + "' -m fast -w stop");
	}

	String jdbcUrl() {
		return url(DATABASE);
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), "postgres", "");
	}

	private String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	@Override
	public void close() throws Exception {
		try {
			stopServer();
		}
		catch (Exception alreadyStopped) {
			// nothing to stop
		}
		run("rm", "-rf", data.toString());
	}

	private void asPostgres(String command) throws Exception {
		if (root()) {
			run("su", "postgres", "-s", "/bin/bash", "-c", command);
		}
		else {
			run("bash", "-c", command);
		}
	}

	private static boolean root() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static void run(String... command) throws Exception {
		Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
