package org.anju.bench;

import java.util.Arrays;
import java.util.List;

import org.anju.triage.classifier.Classifier;
import org.anju.triage.classifier.Corpus;
import org.anju.triage.classifier.LabelledText;
import org.anju.triage.classifier.Prediction;

/**
 * Classification throughput and latency on one thread (run it pinned to one core, see
 * BENCHMARKS.md): every corpus text is classified in turn, first to warm up, then measured one
 * call at a time.
 *
 * <pre>taskset -c 0 mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.anju.bench.ClassifierBench</pre>
 */
public final class ClassifierBench {

	private ClassifierBench() {
	}

	public static void main(String[] args) {
		int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
		int measured = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
		List<String> texts = Corpus.shipped().stream().map(LabelledText::text).toList();
		long start = System.nanoTime();
		Classifier classifier = Classifier.train(Corpus.shipped());
		System.out.printf("trained on %d texts in %.1f s%n", classifier.trainedOn(), (System.nanoTime() - start) / 1e9);

		int sink = 0;
		for (int i = 0; i < warmup; i++) {
			sink += classifier.classify(texts.get(i % texts.size())).topic().length();
		}
		long[] latencies = new long[measured];
		long began = System.nanoTime();
		for (int i = 0; i < measured; i++) {
			long t0 = System.nanoTime();
			Prediction p = classifier.classify(texts.get(i % texts.size()));
			latencies[i] = System.nanoTime() - t0;
			sink += p.topic().length();
		}
		double seconds = (System.nanoTime() - began) / 1e9;
		Arrays.sort(latencies);
		double meanChars = texts.stream().mapToInt(String::length).average().orElse(0);
		System.out.printf("classified %d texts (mean %.0f characters) in %.2f s on one thread%n", measured, meanChars,
				seconds);
		System.out.printf("throughput %.0f classifications/s%n", measured / seconds);
		System.out.printf("latency p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms%n", percentile(latencies, 50),
				percentile(latencies, 95), percentile(latencies, 99), latencies[measured - 1] / 1e6);
		System.out.println("(checksum " + sink + ")");
	}

	private static double percentile(long[] sorted, double p) {
		return sorted[(int) Math.ceil(p / 100 * sorted.length) - 1] / 1e6;
	}

}
