package org.anju.platform.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

	@Test
	void phoneNumbersAreMasked() {
		assertThat(Masking.mask("如有问题请致电13912345678或0755-26881234", null))
			.doesNotContain("13912345678", "12345678", "26881234").contains("请致电", "或");
		assertThat(Masking.mask("电话 139 1234 5678", null)).doesNotContainPattern("\\d{4}");
		assertThat(Masking.mask("电话+86-13912345678", null)).doesNotContainPattern("\\d{3}");
	}

	@Test
	void unitsAndRoomsAreMaskedButTheBuildingStays() {
		String masked = Masking.mask("已为3栋2单元1201更换水管，另查看了5栋302室和3-2-1101", null);
		assertThat(masked).startsWith("已为3栋*单元****更换水管").contains("5栋***室").doesNotContain("1201", "302", "1101");
		assertThat(Masking.mask("已更换3栋电梯主板，并增加每周巡检", null)).isEqualTo("已更换3栋电梯主板，并增加每周巡检");
		assertThat(Masking.mask("12号楼1502", null)).isEqualTo("12号楼****");
		assertThat(Masking.mask("11月22号完成", null)).isEqualTo("11月22号完成");
	}

	@Test
	void namesAndFormsOfAddressAreMasked() {
		assertThat(Masking.mask("已联系王先生和李女士，张伟表示满意", "张伟")).isEqualTo("已联系*先生和*女士，**表示满意");
		assertThat(Masking.mask("已安排维修师傅上门", "王")).isEqualTo("已安排维修师傅上门");
	}

}
