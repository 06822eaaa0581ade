package org.anju.triage.classifier;

import java.util.List;

import org.anju.triage.Flag;
import org.anju.triage.Urgency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Behaviour of the shipped classifier on texts written for these tests (not from any evaluation file). */
class ClassifierTest {

	static Classifier classifier;

	@BeforeAll
	static void train() {
		classifier = Classifier.train(Corpus.shipped());
	}

	@Test
	void traditionalAndSimplifiedScriptsGetTheSameTopic() {
		Prediction simplified = classifier.classify("我家楼上的水管爆了，水一直往下流，楼道里全是水");
		Prediction traditional = classifier.classify("我家樓上的水管爆了，水一直往下流，樓道裡全是水");
		assertThat(traditional.topic()).isEqualTo(simplified.topic()).isEqualTo("WATER_LEAK");
		assertThat(traditional.confidence()).isCloseTo(simplified.confidence(), within(0.02));
	}

	@Test
	void someoneTrappedNowIsAnEmergencyAndOverIsUrgent() {
		Prediction now = classifier.classify("救命，我被困在电梯里了，5栋1单元，卡在12楼");
		assertThat(now.topic()).isEqualTo("ELEVATOR_ENTRAPMENT");
		assertThat(now.urgency()).isEqualTo(Urgency.EMERGENCY);
		Prediction over = classifier.classify("昨晚我妈被困在电梯里半个小时，已经出来了，你们必须给个说法");
		assertThat(over.urgency()).isNotEqualTo(Urgency.EMERGENCY);
	}

	@Test
	void smokeOrGasIsAnEmergencyWhateverTheTopic() {
		assertThat(classifier.classify("楼道里有很浓的烟味，不知道哪里着火了").urgency()).isEqualTo(Urgency.EMERGENCY);
		assertThat(classifier.classify("厨房附近闻到煤气味，很担心").urgency()).isEqualTo(Urgency.EMERGENCY);
	}

	@Test
	void flagsRiskyWording() {
		Prediction p = classifier.classify("你们这垃圾物业！！！再不处理我就打12345，还要找媒体曝光，找律师起诉你们赔偿损失，我们业主群好多业主联名投诉");
		assertThat(p.flags()).contains(Flag.HIGH_EMOTION, Flag.THREATENS_12345, Flag.THREATENS_MEDIA,
				Flag.THREATENS_LAWYER, Flag.COMPENSATION, Flag.GROUP_COMPLAINT);
		assertThat(classifier.classify("请问物业费可以按季度交吗？").flags()).isEmpty();
	}

	@Test
	void textWithoutChineseFallsBackToOtherWithLowConfidence() {
		for (String text : List.of("The lift is broken again", "😡😡😡", "12345")) {
			Prediction p = classifier.classify(text);
			assertThat(p.topic()).as(text).isEqualTo(Classifier.FALLBACK_TOPIC);
			assertThat(p.confidence()).as(text).isLessThan(0.1);
		}
	}

	@Test
	void veryLongTextIsJudgedByItsBeginning() {
		String letter = "尊敬的物业：我家门口的楼道灯坏了一个月，晚上一片漆黑。" + "情况说明。".repeat(4000);
		assertThat(letter.length()).isGreaterThan(20_000);
		Prediction p = classifier.classify(letter);
		assertThat(p.topic()).isEqualTo("LIGHTING");
	}

	@Test
	void alternativesAreRankedProbabilities() {
		Prediction p = classifier.classify("地库的车牌识别又识别不了，道闸不抬杆，后面排了一长串车");
		assertThat(p.alternatives()).hasSize(3);
		assertThat(p.alternatives().get(0).topic()).isEqualTo(p.topic());
		assertThat(p.alternatives().get(0).probability()).isGreaterThanOrEqualTo(p.alternatives().get(1).probability());
		assertThat(p.confidence()).isBetween(0.0, 1.0);
	}

}
