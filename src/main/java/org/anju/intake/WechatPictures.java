package org.anju.intake;

import java.net.URI;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Fetches the picture of a WeChat image message from its {@code PicUrl} (WeChat's image server,
 * no access token needed — the token belongs to the notification module, and a second holder
 * would invalidate it). Short timeouts, because WeChat wants the answer within five seconds.
 */
@Component
class WechatPictures {

	private final RestClient http;

	WechatPictures(@Value("${anju.intake.wechat.picture-timeout:PT3S}") Duration timeout) {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(timeout);
		requests.setReadTimeout(timeout);
		this.http = RestClient.builder().requestFactory(requests).build();
	}

	Picture fetch(String url) {
		URI uri = URI.create(url);
		if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
			throw new IllegalArgumentException("not an http(s) address: " + url);
		}
		ResponseEntity<byte[]> answer = http.get().uri(uri).retrieve().toEntity(byte[].class);
		if (answer.getBody() == null || answer.getBody().length == 0) {
			throw new IllegalStateException("empty picture at " + url);
		}
		MediaType type = answer.getHeaders().getContentType();
		return new Picture(type == null ? "jpg" : switch (type.getSubtype()) {
			case "png" -> "png";
			case "gif" -> "gif";
			case "webp" -> "webp";
			default -> "jpg";
		}, answer.getBody());
	}

	/** The bytes, and the file extension the server's content type suggests. */
	record Picture(String extension, byte[] bytes) {
	}

}
