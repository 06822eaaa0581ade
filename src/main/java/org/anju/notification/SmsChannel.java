package org.anju.notification;

import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import tools.jackson.databind.JsonNode;

/**
 * SMS through an HTTP gateway ({@code anju.notification.sms.url}): a JSON POST of
 * {@code phone, text, outId} (the idempotency key, so the gateway can drop a repeat), answered by
 * {@code {"code": "OK"}} or an error code and message. Without a URL — the embedded default —
 * messages are written to the log.
 */
@Component
class SmsChannel implements Channel {

	private static final Logger log = LoggerFactory.getLogger(SmsChannel.class);

	private final RestClient http;

	private final String url;

	SmsChannel(@Value("${anju.notification.sms.url:}") String url, @Value("${anju.notification.sms.token:}") String token,
			@Value("${anju.notification.sms.timeout:PT5S}") Duration timeout) {
		this.url = url;
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(timeout);
		requests.setReadTimeout(timeout);
		this.http = RestClient.builder().requestFactory(requests).defaultHeader("Authorization", "Bearer " + token)
			.build();
	}

	@Override
	public ChannelKind kind() {
		return ChannelKind.SMS;
	}

	@Override
	public void send(Message message) throws DeliveryException {
		if (url.isBlank()) {
			log.info("SMS to {}: {}", message.getAddress(), message.getBody());
			return;
		}
		try {
			JsonNode answer = http.post().uri(url)
				.body(Map.of("phone", message.getAddress(), "text", message.getBody(), "outId", message.getIdempotencyKey()))
				.retrieve()
				.body(JsonNode.class);
			if (answer == null || !"OK".equals(answer.path("code").asString(""))) {
				throw new DeliveryException("SMS gateway: " + (answer == null ? "empty answer"
						: answer.path("code").asString("") + " " + answer.path("message").asString("")));
			}
		}
		catch (RestClientResponseException ex) {
			throw new DeliveryException("SMS gateway HTTP " + ex.getStatusCode().value() + ": "
					+ ex.getResponseBodyAsString(), ex);
		}
		catch (RestClientException ex) {
			throw new DeliveryException("SMS gateway unreachable: " + ex.getMessage(), ex);
		}
	}

}
