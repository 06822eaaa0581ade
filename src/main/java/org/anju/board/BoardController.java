package org.anju.board;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.anju.platform.web.NotFoundException;
import org.anju.survey.Surveys;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The public board: {@code /board} lists the projects, {@code /board/{projectId}} is a project's
 * board for phones and desktops ({@code ?month=2026-11}, default this month), and
 * {@code /board/{projectId}/screen} the same for the lobby screen — large type, no links, and it
 * reloads itself every few minutes.
 */
@Controller
class BoardController {

	/** How often the lobby screen reloads itself, in seconds. */
	static final int SCREEN_REFRESH_SECONDS = 300;

	private final BoardPage page;

	private final Surveys surveys;

	BoardController(BoardPage page, Surveys surveys) {
		this.page = page;
		this.surveys = surveys;
	}

	@GetMapping("/board")
	String projects(Model model) {
		model.addAttribute("projects", page.projects());
		return "board/projects";
	}

	@GetMapping("/board/{projectId}")
	String board(@PathVariable long projectId, @RequestParam(required = false) String month, Model model) {
		model.addAttribute("board", page.of(projectId, month(month)));
		model.addAttribute("recentDays", BoardPage.RECENT_DAYS);
		model.addAttribute("survey", surveys.summary(projectId));
		return "board/board";
	}

	@GetMapping("/board/{projectId}/screen")
	String screen(@PathVariable long projectId, Model model) {
		model.addAttribute("board", page.of(projectId, page.thisMonth()));
		model.addAttribute("refresh", SCREEN_REFRESH_SECONDS);
		return "board/screen";
	}

	/** A project that does not exist, or a path that is not a project's number. */
	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("problem", "board.error.notFound");
		return "board/error";
	}

	@ExceptionHandler(DateTimeParseException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badMonth(Model model) {
		model.addAttribute("problem", "board.error.month");
		return "board/error";
	}

	private YearMonth month(String month) {
		return month == null || month.isBlank() ? page.thisMonth() : YearMonth.parse(month.strip());
	}

}
