package org.anju.notification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.anju.AnjuApplication;
import org.anju.notification.Message.RecipientType;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throughput of the message dispatcher: queues {@code count} messages (half SMS to the logging
 * sink, half to the in-app inbox, which writes a row) and times {@link Postman#deliver()} until the
 * outbox is empty. Each message is its own transaction: load, recheck, send, mark.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.anju.notification.DispatcherBench</pre>
 */
public final class DispatcherBench {

	private DispatcherBench() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
		Path data = Files.createTempDirectory("anju-notify");
		ConfigurableApplicationContext app = SpringApplication.run(AnjuApplication.class, "--server.port=0",
				"--anju.data-dir=" + data, "--anju.demo-data=false", "--anju.notification.scheduler.enabled=false",
				"--anju.sla.scheduler.enabled=false", "--logging.level.root=warn",
				"--anju.notification.quiet-hours.from=00:00", "--anju.notification.quiet-hours.until=00:00");
		try {
			Outbox outbox = app.getBean(Outbox.class);
			Postman postman = app.getBean(Postman.class);
			TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
			tx.executeWithoutResult(status -> {
				for (int i = 0; i < count; i++) {
					ChannelKind channel = i % 2 == 0 ? ChannelKind.SMS : ChannelKind.INBOX;
					outbox.queue("bench:" + i, null, new Recipient(RecipientType.STAFF, (long) i, "员工" + i, null,
							Map.of(channel, "1380000" + String.format("%04d", i % 10_000))), "通知", "正文", true);
				}
			});
			long t0 = System.nanoTime();
			int delivered = 0;
			for (int round = postman.deliver(); round > 0; round = postman.deliver()) {
				delivered += round;
			}
			double seconds = (System.nanoTime() - t0) / 1e9;
			System.out.printf("delivered %,d messages in %.1f s: %.0f messages/s%n", delivered, seconds, delivered / seconds);
		}
		finally {
			app.close();
		}
	}

}
