package org.anju.process;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx as a round-robin reverse proxy on loopback in front of the nodes: a generated
 * nginx.conf in a temporary directory (pid file, logs and temp paths there too), run in the
 * foreground by the test, never as a system service.
 */
final class Nginx implements AutoCloseable {

	static final Path BINARY = Path.of("/usr/sbin/nginx");

	private final Path dir;

	private final int port;

	private final Process process;

	private Nginx(Path dir, int port, Process process) {
		this.dir = dir;
		this.port = port;
		this.process = process;
	}

	static boolean installed() {
		return Files.isExecutable(BINARY);
	}

	static Nginx inFrontOf(List<AppNode> nodes) throws Exception {
		Path dir = Files.createTempDirectory("anju-process-nginx");
		Files.createDirectories(dir.resolve("logs"));
		int port = PostgresCluster.freePort();
		String upstreams = nodes.stream().map(n -> "    server 127.0.0.1:" + n.port() + ";")
			.collect(Collectors.joining("\n"));
		String conf = """
				%4$s
				worker_processes 1;
				pid %1$s/nginx.pid;
				error_log %1$s/logs/error.log warn;
				events { worker_connections 256; }
				http {
				  access_log %1$s/logs/access.log;
				  client_body_temp_path %1$s/client_body;
				  proxy_temp_path %1$s/proxy;
				  fastcgi_temp_path %1$s/fastcgi;
				  uwsgi_temp_path %1$s/uwsgi;
				  scgi_temp_path %1$s/scgi;
				  upstream anju {
				%2$s
				  }
				  server {
				    listen 127.0.0.1:%3$d;
				    location / {
				      proxy_pass http://anju;
				      proxy_set_header Host $http_host;
				      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
				      proxy_set_header X-Forwarded-Proto $scheme;
				    }
				  }
				}
				""".formatted(dir, upstreams, port,
				"root".equals(System.getProperty("user.name")) ? "user root;" : "");
		Files.writeString(dir.resolve("nginx.conf"), conf);
		Process process = new ProcessBuilder(BINARY.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
				"-e", dir.resolve("logs/error.log").toString(), "-g", "daemon off;")
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("logs/nginx.out").toFile())
			.start();
		Nginx nginx = new Nginx(dir, port, process);
		nginx.awaitListening();
		return nginx;
	}

	private void awaitListening() throws Exception {
		Instant until = Instant.now().plusSeconds(10);
		while (Instant.now().isBefore(until)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("nginx exited: " + Files.readString(dir.resolve("logs/nginx.out")));
			}
			try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
				return;
			}
			catch (java.io.IOException notYet) {
				Thread.sleep(100);
			}
		}
		throw new IllegalStateException("nginx not listening on " + port);
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	@Override
	public void close() throws Exception {
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

}
