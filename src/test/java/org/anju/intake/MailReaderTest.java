package org.anju.intake;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The tricky parts of reading mail: charsets, MIME structure, quoting, and mail written by machines. */
class MailReaderTest {

	static final Charset GBK = Charset.forName("GBK");

	/** 镕 and 喆 are GBK characters that GB2312 lacks; Chinese clients still declare such text GB2312. */
	static final String GBK_ONLY = "朱镕基小区喆园";

	final MailReader reader = new MailReader("安居物业 <desk@anju.test>");

	static byte[] mail(String headersAndBody) {
		return headersAndBody.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	static String b64(String text, Charset charset) {
		return Base64.getEncoder().encodeToString(text.getBytes(charset));
	}

	@Test
	void textDeclaredGb2312IsReadAsGbkInTheBodyTheSubjectAndTheSendersName() {
		MailLetter letter = reader.read(mail("""
				From: =?GB2312?B?%s?= <Wang@Example.com>
				To: desk@anju.test
				Subject: =?gb2312?B?%s?=
				Message-ID: <gbk-1@example.com>
				MIME-Version: 1.0
				Content-Type: text/plain; charset="gb2312"
				Content-Transfer-Encoding: base64

				%s
				""".formatted(b64("王镕", GBK), b64(GBK_ONLY + "漏水", GBK), b64(GBK_ONLY + "的水管漏水了", GBK))));
		assertThat(letter.unreadable()).isNull();
		assertThat(letter.subject()).isEqualTo(GBK_ONLY + "漏水");
		assertThat(letter.text()).isEqualTo(GBK_ONLY + "的水管漏水了");
		assertThat(letter.name()).isEqualTo("王镕");
		assertThat(letter.address()).isEqualTo("wang@example.com");
		assertThat(letter.messageId()).isEqualTo("<gbk-1@example.com>");
		assertThat(letter.automatic()).isNull();
	}

	@Test
	void undeclaredOrWronglyDeclaredEightBitTextIsReadAsUtf8IfValidElseAsGb18030() {
		byte[] gbkHeaders = concat(mail("From: a@example.com\nSubject: "), "电梯坏了".getBytes(GBK),
				mail("\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"),
				"电梯又坏了，三天没人修".getBytes(GBK));
		MailLetter gbk = reader.read(gbkHeaders);
		assertThat(gbk.subject()).isEqualTo("电梯坏了");
		assertThat(gbk.text()).isEqualTo("电梯又坏了，三天没人修");

		MailLetter utf8 = reader.read(mail("From: a@example.com\nSubject: 门禁坏了\n\n门禁卡刷不开\n"));
		assertThat(utf8.subject()).isEqualTo("门禁坏了");
		assertThat(utf8.text()).isEqualTo("门禁卡刷不开");

		assertThat(MailReader.decode("收费".getBytes(GBK), "x-unknown-charset")).isEqualTo("收费");
		assertThat(MailReader.decode("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), "iso-8859-1")).isEqualTo("caf\u00e9");
	}

	@Test
	void prefersPlainTextAndFallsBackToTheTextOfHtml() {
		MailLetter both = reader.read(mail("""
				From: a@example.com
				Content-Type: multipart/alternative; boundary="b1"

				--b1
				Content-Type: text/plain; charset=utf-8

				纯文本正文
				--b1
				Content-Type: text/html; charset=utf-8

				<p>HTML 正文</p>
				--b1--
				"""));
		assertThat(both.text()).isEqualTo("纯文本正文");

		MailLetter html = reader.read(mail("""
				From: a@example.com
				Content-Type: text/html; charset=utf-8

				<html><head><title>t</title><style>p {color: red}</style></head><body>
				<p>车库&nbsp;B2&amp;B3 的灯不亮</p><div>已经&lt;三天&gt;了<br>请处理</div><script>alert(1)</script>
				</body></html>
				"""));
		assertThat(html.text()).isEqualTo("车库 B2&B3 的灯不亮\n已经<三天>了\n请处理");
	}

	@Test
	void collectsAttachmentsAndInlinePicturesWithTheirEncodedNames() {
		MailLetter letter = reader.read(mail("""
				From: a@example.com
				Subject: photos
				Content-Type: multipart/mixed; boundary="outer"

				--outer
				Content-Type: text/plain; charset=utf-8

				见附件
				--outer
				Content-Type: image/png
				Content-Disposition: attachment; filename="=?GBK?B?%s?="
				Content-Transfer-Encoding: base64

				iVBORw0KGgo=
				--outer
				Content-Type: application/octet-stream
				Content-Disposition: attachment; filename*=UTF-8''%%E5%%8F%%91%%E7%%A5%%A8.exe
				Content-Transfer-Encoding: base64

				TVqQAAMAAAAEAAAA
				--outer
				Content-Type: image/jpeg
				Content-ID: <pic1>
				Content-Transfer-Encoding: base64

				/9j/4AAQ
				--outer--
				""".formatted(b64("漏水照片.png", GBK))));
		assertThat(letter.unreadable()).isNull();
		assertThat(letter.text()).isEqualTo("见附件");
		assertThat(letter.files()).extracting(MailLetter.Attached::name).containsExactly("漏水照片.png", "发票.exe", null);
		assertThat(letter.files().get(1).content()).startsWith((byte) 'M', (byte) 'Z');
	}

	@Test
	void aBodyThatCannotBeParsedIsReportedWithTheEnvelopeKept() {
		MailLetter letter = reader.read(mail("""
				From: Broken <broken@example.com>
				Subject: broken
				Message-ID: <broken-1@example.com>
				Content-Type: multipart/mixed; boundary="never-there"

				no boundary anywhere
				"""));
		assertThat(letter.unreadable()).contains("Missing start boundary");
		assertThat(letter.address()).isEqualTo("broken@example.com");
		assertThat(letter.messageId()).isEqualTo("<broken-1@example.com>");

		assertThat(reader.read(mail("From: a@example.com\nContent-Transfer-Encoding: x-rot13\n\ntext\n")).unreadable())
			.contains("x-rot13");
	}

	@Test
	void theNewPartOfAReplyLeavesOutWhatItQuotes() {
		assertThat(MailReader.newPart("""
				谢谢，今天已经修好了。
				> 您好，您的投诉已受理
				> 编号 TS20261123-0001
				""")).isEqualTo("谢谢，今天已经修好了。");
		assertThat(MailReader.newPart("""
				还是漏水。

				------------------\u00a0原始邮件\u00a0------------------
				发件人: "安居物业" <desk@anju.test>;
				发送时间: 2026年11月23日(星期一) 上午10:00
				主题: 投诉已受理 TS20261123-0001
				""")).isEqualTo("还是漏水。");
		assertThat(MailReader.newPart("""
				Still leaking.

				-----Original Message-----
				From: desk@anju.test
				""")).isEqualTo("Still leaking.");
		assertThat(MailReader.newPart("""
				Still leaking.

				On Mon, Nov 23, 2026 at 10:00 AM Anju <desk@anju.test>
				wrote:
				Your complaint was received.
				""")).isEqualTo("Still leaking.");
		assertThat(MailReader.newPart("""
				楼上还在滴水
				安居物业 <desk@anju.test> 于2026年11月23日周一 10:00写道：
				您好，您的投诉已受理
				""")).isEqualTo("楼上还在滴水");
		assertThat(MailReader.newPart("""
				我已经拍了照片
				________________________________
				发件人: 安居物业 <desk@anju.test>
				发送时间: 2026年11月23日 10:00
				""")).isEqualTo("我已经拍了照片");
		assertThat(MailReader.newPart("""
				物业通知上写道：本周停水。
				From: the notice board
				我家一直没水。
				""")).isEqualTo("物业通知上写道：本周停水。\nFrom: the notice board\n我家一直没水。");
	}

	@Test
	void recognisesAutoRepliesBouncesAndLoops() {
		String plain = "From: Wang <wang@example.com>\nSubject: 楼道灯坏了\n%s\n\n楼道灯坏了\n";
		assertThat(reader.read(mail(plain.formatted("X-Mailer: Foxmail"))).automatic()).isNull();
		assertThat(reader.read(mail(plain.formatted("Auto-Submitted: no"))).automatic()).isNull();
		assertThat(reader.read(mail(plain.formatted("Auto-Submitted: auto-replied"))).automatic())
			.isEqualTo("auto-reply: Auto-Submitted: auto-replied");
		assertThat(reader.read(mail(plain.formatted("X-Autoreply: yes"))).automatic()).isEqualTo("auto-reply: X-Autoreply");
		assertThat(reader.read(mail(plain.formatted("X-Autorespond: 1"))).automatic()).isEqualTo("auto-reply: X-Autorespond");
		assertThat(reader.read(mail(plain.formatted("X-Auto-Response-Suppress: All"))).automatic()).isNotNull();
		assertThat(reader.read(mail(plain.formatted("Precedence: bulk"))).automatic()).isEqualTo("auto-reply: Precedence: bulk");
		assertThat(reader.read(mail(plain.formatted("Precedence: first-class"))).automatic()).isNull();
		assertThat(reader.read(mail(plain.formatted("Return-Path: <>"))).automatic()).isEqualTo("bounce: empty Return-Path");
		assertThat(reader.read(mail(plain.formatted("X-Anju-Complaint: TS20261123-0001"))).automatic())
			.startsWith("mail loop");

		for (String subject : new String[] { "自动回复: 投诉已受理", "自动答复：投诉已受理", "Auto-Reply: received",
				"Automatic reply: 投诉已受理", "Out of Office: back Monday" }) {
			assertThat(reader.read(mail("From: w@example.com\nSubject: " + subject + "\n\nx\n")).automatic())
				.as(subject).startsWith("auto-reply: subject");
		}
		assertThat(reader.read(mail("From: w@example.com\nSubject: 你们的自动回复没用\n\nx\n")).automatic()).isNull();

		assertThat(reader.read(mail("From: MAILER-DAEMON@mx.example.com\nSubject: Undelivered\n\nx\n")).automatic())
			.startsWith("bounce: from");
		assertThat(reader.read(mail("From: postmaster@example.com\n\nx\n")).automatic()).startsWith("bounce: from");
		assertThat(reader.read(mail("""
				From: mail@example.com
				Content-Type: multipart/report; report-type=delivery-status; boundary="r"

				--r
				Content-Type: text/plain

				Delivery failed
				--r--
				""")).automatic()).isEqualTo("bounce: multipart/report; report-type=delivery-status");
		assertThat(reader.read(mail("From: DESK@anju.test\nSubject: 投诉已受理\n\nx\n")).automatic())
			.isEqualTo("mail loop: from our own address desk@anju.test");
	}

	@Test
	void complaintNumbersComeFromTheThreadHeadersFirstThenTheSubject() {
		MailLetter letter = reader.read(mail("""
				From: w@example.com
				Subject: Re: 投诉已受理 TS20261123-0002
				In-Reply-To: <TS20261123-0001.ack_12@anju>
				References: <TS20261120-0007.ack_3@anju>
				 <TS20261123-0001.ack_12@anju>

				还是不行
				"""));
		assertThat(letter.complaintNumbers()).containsExactly("TS20261123-0001", "TS20261120-0007", "TS20261123-0002");
		assertThat(reader.read(mail("From: w@example.com\nSubject: hi\n\nx\n")).complaintNumbers()).isEmpty();
	}

}
