package org.anju.console;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.anju.notification.UncertainMessage;
import org.anju.notification.UncertainMessages;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 待核实通知: messages whose send a crash cut off, so nobody knows whether the owner got them.
 * They are never resent by themselves; an agent checks with the owner (or the provider's
 * console) and resends one here, or leaves it.
 */
@Controller
@RequestMapping("/deliveries/uncertain")
class UncertainPageController {

	private final UncertainMessages uncertain;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MessageSource messages;

	private final Clock clock;

	UncertainPageController(UncertainMessages uncertain, MessageSource messages, Clock clock) {
		this.uncertain = uncertain;
		this.messages = messages;
		this.clock = clock;
	}

	/** A message as the page shows it: sent at, in the company's time zone. */
	record Row(UncertainMessage message, String claimedAt) {
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rows", uncertain.list(null, CurrentActor.get()).stream()
			.map(m -> new Row(m, m.claimedAt() == null ? "" : TIME.format(m.claimedAt().atZone(clock.getZone()))))
			.toList());
		return "console/deliveries/uncertain";
	}

	@PostMapping("/{id}/resend")
	String resend(@PathVariable long id, RedirectAttributes flash) {
		try {
			uncertain.resend(id, CurrentActor.get());
			flash.addFlashAttribute("done", text("deliveries.resent", id));
		}
		catch (ConflictException | NotFoundException gone) {
			flash.addFlashAttribute("failure", text("deliveries.gone", id));
		}
		return "redirect:/deliveries/uncertain";
	}

	private String text(String key, long id) {
		return messages.getMessage(key, new Object[] { id }, LocaleContextHolder.getLocale());
	}

}
