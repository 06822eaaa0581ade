package org.anju.directory;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.anju.platform.security.Actor;
import org.anju.platform.security.CurrentActor;
import org.anju.platform.security.Role;
import org.anju.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Property companies. Only an administrator creates or renames them. */
@RestController
@RequestMapping("/api/v1/companies")
@Transactional
class CompanyController {

	private final CompanyRepository companies;

	private final ProjectRepository projects;

	private final DirectorySetup setup;

	CompanyController(CompanyRepository companies, ProjectRepository projects, DirectorySetup setup) {
		this.companies = companies;
		this.projects = projects;
		this.setup = setup;
	}

	@GetMapping
	@Transactional(readOnly = true)
	List<CompanyView> list() {
		Actor actor = CurrentActor.get();
		return companies.findAll().stream().filter(c -> visible(actor, c)).map(CompanyView::of).toList();
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	CompanyView get(@PathVariable long id) {
		return CompanyView.of(find(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CompanyView create(@Valid @RequestBody NewCompany request) {
		CurrentActor.get().requireAnyRole(Role.ADMIN);
		return get(setup.createCompany(request.code(), request.name()));
	}

	@PutMapping("/{id}")
	CompanyView update(@PathVariable long id, @Valid @RequestBody CompanyUpdate request) {
		CurrentActor.get().requireAnyRole(Role.ADMIN);
		Company company = find(id);
		company.checkVersion(request.version());
		company.rename(request.name());
		return CompanyView.of(companies.saveAndFlush(company));
	}

	private Company find(long id) {
		Actor actor = CurrentActor.get();
		return companies.findById(id).filter(c -> visible(actor, c))
			.orElseThrow(() -> new NotFoundException("Company", id));
	}

	private boolean visible(Actor actor, Company company) {
		return actor.isAdmin() || projects.findByCompanyIdOrderByName(company.getId()).stream()
			.anyMatch(p -> actor.canSee(p.getId()));
	}

	record NewCompany(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
			@NotBlank @Size(max = 200) String name) {
	}

	record CompanyUpdate(@NotBlank @Size(max = 200) String name, Long version) {
	}

	record CompanyView(long id, long version, String code, String name) {

		static CompanyView of(Company c) {
			return new CompanyView(c.getId(), c.getVersion(), c.getCode(), c.getName());
		}

	}

}
