package org.anju.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.anju.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** The first start of the embedded default: demo company, project, roster, staff and complaints. */
@TestPropertySource(properties = { "anju.demo-data=auto", "anju.admin-password=",
		"spring.datasource.url=jdbc:h2:mem:demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
class DemoDataIT extends ApiTest {

	@Autowired
	DemoData demoData;

	JsonNode as(String user, String password, String path) throws Exception {
		var response = mvc.perform(MockMvcRequestBuilders.get(path).with(httpBasic(user, password))).andReturn().getResponse();
		assertThat(response.getStatus()).as("%s as %s", path, user).isEqualTo(200);
		return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void createsADemoProjectWithAFewHundredHouseholdsAndStaffOfEveryRole() throws Exception {
		JsonNode projects = as("admin", "anju-admin", "/api/v1/projects");
		assertThat(projects.size()).isEqualTo(1);
		assertThat(projects.get(0).get("name").asString()).isEqualTo("安居花园");
		long projectId = projects.get(0).get("id").asLong();

		JsonNode buildings = as("manager", DemoData.PASSWORD, "/api/v1/projects/" + projectId + "/buildings");
		assertThat(buildings.size()).isEqualTo(DemoRoster.BUILDINGS);
		JsonNode units = as("agent", DemoData.PASSWORD, "/api/v1/buildings/" + buildings.get(0).get("id").asLong() + "/units");
		JsonNode households = as("agent", DemoData.PASSWORD, "/api/v1/units/" + units.get(0).get("id").asLong() + "/households");
		assertThat(households.size() * units.size() * buildings.size()).isBetween(200, 600);

		JsonNode staff = as("manager", DemoData.PASSWORD, "/api/v1/staff?projectId=" + projectId);
		List<String> roles = new ArrayList<>();
		staff.findValues("roles").forEach(r -> r.forEach(role -> roles.add(role.asString())));
		assertThat(roles).contains("AGENT", "STAFF", "SUPERVISOR", "MANAGER", "REVIEWER");
		for (String login : new String[] { "agent", "engineer", "supervisor", "manager", "reviewer" }) {
			assertThat(as(login, DemoData.PASSWORD, "/api/v1/staff/me").get("username").asString()).isEqualTo(login);
		}
	}

	@Test
	void createsComplaintsInVariousStates() throws Exception {
		JsonNode complaints = as("manager", DemoData.PASSWORD, "/api/v1/complaints?size=50").get("content");
		assertThat(complaints.size()).isGreaterThanOrEqualTo(8);
		assertThat(complaints.findValuesAsString("status")).contains("ASSIGNED", "IN_PROGRESS", "ON_HOLD", "RESOLVED",
				"CLOSED", "REOPENED", "CANCELLED");
		assertThat(complaints.findValuesAsString("topic")).contains("ELEVATOR_ENTRAPMENT", "WATER_LEAK", "NOISE",
				"PROPERTY_FEE", "PARKING_OCCUPIED", "STAFF_ATTITUDE", "LIGHTING");
	}

	@Test
	void runsOnlyOnAnEmptyDatabase() throws Exception {
		demoData.run(null);
		assertThat(as("admin", "anju-admin", "/api/v1/companies").size()).isEqualTo(1);
	}

}
