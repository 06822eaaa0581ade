package org.anju.platform.ops;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.anju.platform.storage.DataDirectory;
import org.anju.support.ApiTest;
import org.anju.support.Fixtures.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * {@code ops/backup} and {@code ops/restore} run as an operator would: a restore into an EMPTY
 * database and data directory gives back the complaints and byte-identical files; a non-empty target
 * is refused without {@code --force}. PostgreSQL when the suite runs on it (DB_URL), and the
 * embedded H2 on a file database of its own every time.
 */
class BackupRestoreIT extends ApiTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataDirectory data;

	@TempDir
	Path temp;

	@Test
	void postgresqlComesBackInAnEmptyDatabase() throws Exception {
		String url = System.getenv("DB_URL");
		assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "the suite runs on PostgreSQL");
		ProjectFixture p = fixtures.project();
		long id = post("/api/v1/complaints", p.agent(), Map.of("residentId", p.residentIds().get(0), "channel",
				"WECHAT", "content", "车库顶棚渗水，见照片")).expect(201).get("id").asLong();
		assertThat(mvc.perform(multipart("/api/v1/complaints/" + id + "/attachments")
			.file(new MockMultipartFile("file", "渗水.png", "image/png", png())).with(httpBasic(p.agent(), PASSWORD)))
			.andReturn().getResponse().getStatus()).isEqualTo(201);
		String number = jdbc.queryForObject("select number from complaint where id = ?", String.class, id);
		String key = jdbc.queryForObject("select storage_key from complaint_attachment where complaint_id = ?",
				String.class, id);
		long complaints = jdbc.queryForObject("select count(*) from complaint", Long.class);

		Path archive = temp.resolve("backup.tar");
		Map<String, String> source = Map.of("DB_URL", url);
		assertThat(run(source, "ops/backup", "--data-dir", data.root().toString(), "--out", archive.toString()))
			.isZero();

		String database = "anju_restore_" + System.nanoTime();
		String target = url.replaceFirst("/[^/?]+(\\?.*)?$", "/" + database + "$1");
		jdbc.execute("create database " + database);
		try {
			Path restored = temp.resolve("restored");
			Map<String, String> env = Map.of("DB_URL", target);
			assertThat(run(env, "ops/restore", "--data-dir", restored.toString(), archive.toString())).isZero();
			try (Connection c = DriverManager.getConnection(target, user(), password());
					Statement s = c.createStatement()) {
				assertThat(single(s, "select count(*) from complaint")).isEqualTo(String.valueOf(complaints));
				assertThat(single(s, "select content from complaint where number = '" + number + "'"))
					.isEqualTo("车库顶棚渗水，见照片");
				assertThat(single(s, "select storage_key from complaint_attachment where complaint_id = " + id))
					.isEqualTo(key);
			}
			assertThat(sha256(restored.resolve("attachments").resolve(key)))
				.isEqualTo(sha256(data.root().resolve("attachments").resolve(key)));
			assertThat(run(env, "ops/restore", "--data-dir", temp.resolve("other").toString(), archive.toString()))
				.as("a database with tables is refused").isEqualTo(3);
		}
		finally {
			jdbc.execute("drop database if exists " + database + " with (force)");
		}
	}

	@Test
	void theEmbeddedDatabaseComesBackInAnEmptyDataDirectory() throws Exception {
		Path original = temp.resolve("original");
		Path photo = original.resolve("attachments/2026/11/photo.png");
		Files.createDirectories(photo.getParent());
		Files.write(photo, png());
		Files.createDirectories(original.resolve("inbound"));
		Files.writeString(original.resolve("inbound/mail-1.eml"), "Subject: 漏水\r\n\r\n楼上漏水");
		Files.createDirectories(original.resolve("index"));
		Files.writeString(original.resolve("index/segments_1"), "not backed up");
		Path archive = temp.resolve("h2.tar");
		Map<String, String> env = Map.of("DB_URL", h2(original));

		try (Connection c = DriverManager.getConnection(h2(original), "sa", ""); Statement s = c.createStatement()) {
			s.execute("create table complaint (id bigint primary key, content varchar(100))");
			s.execute("insert into complaint values (1, '电梯停在三楼不动了')");
			assertThat(run(env, "ops/backup", "--data-dir", original.toString(), "--out", archive.toString()))
				.as("refused while the database is open").isEqualTo(2);
		}
		assertThat(run(env, "ops/backup", "--data-dir", original.toString(), "--out", archive.toString())).isZero();

		Path restored = temp.resolve("restored");
		Map<String, String> target = Map.of("DB_URL", h2(restored));
		assertThat(run(target, "ops/restore", "--data-dir", restored.toString(), archive.toString())).isZero();
		try (Connection c = DriverManager.getConnection(h2(restored), "sa", ""); Statement s = c.createStatement()) {
			assertThat(single(s, "select content from complaint where id = 1")).isEqualTo("电梯停在三楼不动了");
		}
		assertThat(sha256(restored.resolve("attachments/2026/11/photo.png"))).isEqualTo(sha256(photo));
		assertThat(Files.readString(restored.resolve("inbound/mail-1.eml"))).contains("楼上漏水");
		assertThat(restored.resolve("index")).doesNotExist();

		assertThat(run(target, "ops/restore", "--data-dir", restored.toString(), archive.toString()))
			.as("a data directory with a database is refused").isEqualTo(3);
		assertThat(run(target, "ops/restore", "--force", "--data-dir", restored.toString(), archive.toString()))
			.isZero();
	}

	static String h2(Path dataDir) {
		return "jdbc:h2:file:" + dataDir.resolve("db/anju") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
	}

	/** Runs a script of ops/ with the database settings given (and the rest of this environment); its exit code. */
	int run(Map<String, String> env, String... command) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(env);
		Path log = Files.createTempFile(temp, "ops", ".log");
		Process process = builder.redirectOutput(log.toFile()).start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
		System.out.println(String.join(" ", command) + ": " + Files.readString(log));
		return process.exitValue();
	}

	static String single(Statement s, String sql) throws Exception {
		try (ResultSet rs = s.executeQuery(sql)) {
			assertThat(rs.next()).as(sql).isTrue();
			return rs.getString(1);
		}
	}

	static String user() {
		return System.getenv().getOrDefault("DB_USER", "postgres");
	}

	static String password() {
		return System.getenv().getOrDefault("DB_PASSWORD", "");
	}

	static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

	static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, (int) System.nanoTime());
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
