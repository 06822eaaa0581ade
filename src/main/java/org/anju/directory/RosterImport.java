package org.anju.directory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.anju.directory.BuildingController.NameRequest;
import org.anju.directory.HouseholdController.HouseholdRequest;
import org.anju.platform.tables.TableFile;
import org.anju.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a project's households and residents from a {@link TableFile}. Every row is checked
 * first and nothing is saved unless all are valid; then buildings, units and households are
 * matched by name and reused or created, and residents already on record are skipped, all in one
 * transaction.
 */
@Service
@Transactional
class RosterImport {

	/** The most rows one roster file may have; a larger compound is imported building by building. */
	static final int MAX_ROWS = 20_000;

	private static final Map<String, Relation> RELATIONS = words(Relation.class,
			Map.of("业主", Relation.OWNER, "租户", Relation.TENANT, "家属", Relation.FAMILY, "家庭成员", Relation.FAMILY));

	private static final Map<String, ContactChannel> CHANNELS = words(ContactChannel.class,
			Map.of("电话", ContactChannel.PHONE, "短信", ContactChannel.SMS, "微信", ContactChannel.WECHAT, "邮件",
					ContactChannel.EMAIL));

	/** The household.area_sqm column is numeric(10, 2). */
	private static final BigDecimal AREA_LIMIT = new BigDecimal("100000000");

	private final ProjectRepository projects;

	private final BuildingRepository buildings;

	private final UnitRepository units;

	private final HouseholdRepository households;

	private final ResidentRepository residents;

	private final Validator validator;

	RosterImport(ProjectRepository projects, BuildingRepository buildings, UnitRepository units,
			HouseholdRepository households, ResidentRepository residents, Validator validator) {
		this.projects = projects;
		this.buildings = buildings;
		this.units = units;
		this.households = households;
		this.residents = residents;
		this.validator = validator;
	}

	/** Imports the file into the project, or throws {@link InvalidInputException} listing every bad cell. */
	ImportSummary run(long projectId, TableFile file) {
		List<Entry> entries = new Check(file.header()).entries(file.rows());
		Project project = projects.getReferenceById(projectId);

		Map<String, Building> buildingsByName = new HashMap<>();
		buildings.findByProjectIdOrderByName(projectId).forEach(b -> buildingsByName.put(b.getName(), b));
		Map<Key, Unit> unitsByName = new HashMap<>();
		units.findByBuildingProjectId(projectId)
			.forEach(u -> unitsByName.put(new Key(u.getBuilding().getId(), u.getName()), u));
		Map<Key, Household> householdsByRoom = new HashMap<>();
		households.findByUnitBuildingProjectId(projectId)
			.forEach(h -> householdsByRoom.put(new Key(h.getUnit().getId(), h.getRoom()), h));
		Set<ResidentKey> known = residents.findByHouseholdUnitBuildingProjectId(projectId).stream()
			.map(r -> new ResidentKey(r.getHousehold().getId(), r.getName(), r.getMobile()))
			.collect(Collectors.toCollection(HashSet::new));
		int buildingsBefore = buildingsByName.size();
		int unitsBefore = unitsByName.size();
		int householdsBefore = householdsByRoom.size();
		int residentsCreated = 0;
		int residentsSkipped = 0;

		for (Entry entry : entries) {
			Address address = entry.address();
			Building building = buildingsByName.computeIfAbsent(address.building(),
					name -> buildings.save(new Building(project, name)));
			Unit unit = unitsByName.computeIfAbsent(new Key(building.getId(), address.unit()),
					key -> units.save(new Unit(building, key.name())));
			Household household = householdsByRoom.computeIfAbsent(new Key(unit.getId(), address.room()),
					key -> households.save(new Household(unit, key.name(), entry.floor(), entry.area())));
			household.update(household.getRoom(), entry.floor() != null ? entry.floor() : household.getFloor(),
					entry.area() != null ? entry.area() : household.getAreaSqm());
			ResidentDetails resident = entry.resident();
			if (resident == null) {
				continue;
			}
			if (known.add(new ResidentKey(household.getId(), resident.name(), resident.mobile()))) {
				residents.save(new Resident(household, resident));
				residentsCreated++;
			}
			else {
				residentsSkipped++;
			}
		}
		residents.flush();
		return new ImportSummary(entries.size(), buildingsByName.size() - buildingsBefore,
				unitsByName.size() - unitsBefore, householdsByRoom.size() - householdsBefore, residentsCreated,
				residentsSkipped);
	}

	private static <E extends Enum<E>> Map<String, E> words(Class<E> type, Map<String, E> chinese) {
		Map<String, E> words = new HashMap<>(chinese);
		Arrays.stream(type.getEnumConstants()).forEach(e -> words.put(e.name().toLowerCase(Locale.ROOT), e));
		return Map.copyOf(words);
	}

	/** A household by the names the file gives it. */
	private record Address(String building, String unit, String room) {
	}

	/** One row of the file: the household, its floor and area if given, and the resident if the row names one. */
	private record Entry(int row, Address address, Integer floor, BigDecimal area, ResidentDetails resident) {
	}

	/** A unit by building id and name, or a household by unit id and room. */
	private record Key(long parentId, String name) {
	}

	/** A resident already saved, by what makes two records the same person. */
	private record ResidentKey(long householdId, String name, String mobile) {
	}

	/** A resident of the file, by what makes two rows the same person. */
	private record Person(Address address, String name, String mobile) {
	}

	/** Checks the header, then every row, and fails with all errors found, or returns the rows as entries. */
	private final class Check {

		private final List<String> header;

		private final Map<RosterColumn, Integer> columns = new EnumMap<>(RosterColumn.class);

		private final List<ImportError> errors = new ArrayList<>();

		/** The first row giving a floor, an area, or a resident, to catch rows that contradict it. */
		private final Map<Address, Entry> floors = new HashMap<>();

		private final Map<Address, Entry> areas = new HashMap<>();

		private final Map<Person, Entry> people = new HashMap<>();

		private TableFile.Row row;

		Check(List<String> header) {
			this.header = header;
			for (int i = 0; i < header.size(); i++) {
				int index = i;
				RosterColumn.byHeader(header.get(i)).ifPresent(column -> {
					Integer first = columns.putIfAbsent(column, index);
					if (first != null) {
						errors.add(new ImportError(1, header.get(index), "column " + header.get(index)
								+ " repeats column " + header.get(first)));
					}
				});
			}
			Arrays.stream(RosterColumn.values()).filter(c -> c.isRequired() && !columns.containsKey(c))
				.forEach(c -> errors.add(new ImportError(1, c.label(), "required column " + c.label() + " is missing")));
			if (!errors.isEmpty()) {
				throw new InvalidInputException("The header row is invalid: "
						+ errors.stream().map(ImportError::reason).collect(Collectors.joining("; ")), errors);
			}
		}

		List<Entry> entries(List<TableFile.Row> rows) {
			List<Entry> entries = new ArrayList<>();
			for (TableFile.Row next : rows) {
				row = next;
				int errorsBefore = errors.size();
				Entry entry = entry();
				if (errors.size() == errorsBefore) {
					checkAgainstEarlierRows(entry);
				}
				entries.add(entry);
			}
			if (!errors.isEmpty()) {
				long badRows = errors.stream().mapToInt(ImportError::row).distinct().count();
				throw new InvalidInputException(badRows == 1 ? "1 row is invalid; nothing was imported"
						: badRows + " rows are invalid; nothing was imported", errors);
			}
			return entries;
		}

		private Entry entry() {
			Address address = new Address(required(RosterColumn.BUILDING, NameRequest.class, "name"),
					required(RosterColumn.UNIT, NameRequest.class, "name"),
					required(RosterColumn.ROOM, HouseholdRequest.class, "room"));
			return new Entry(row.number(), address, floor(), area(), resident());
		}

		private ResidentDetails resident() {
			String name = text(RosterColumn.NAME);
			if (name.isEmpty()) {
				if (Stream.of(RosterColumn.RELATION, RosterColumn.MOBILE, RosterColumn.EMAIL, RosterColumn.WECHAT_OPEN_ID,
						RosterColumn.PREFERRED_CHANNEL).anyMatch(c -> !text(c).isEmpty())) {
					reject(RosterColumn.NAME, "is required when the row gives a relation, contact or channel");
				}
				return null;
			}
			validate(RosterColumn.NAME, ResidentDetails.class, "name", name);
			Relation relation = text(RosterColumn.RELATION).isEmpty()
					? reject(RosterColumn.RELATION, "is required for a resident")
					: choice(RosterColumn.RELATION, RELATIONS, "业主, 租户, 家属, 家庭成员, OWNER, TENANT or FAMILY");
			ContactChannel channel = text(RosterColumn.PREFERRED_CHANNEL).isEmpty() ? ContactChannel.PHONE
					: choice(RosterColumn.PREFERRED_CHANNEL, CHANNELS,
							"电话, 短信, 微信, 邮件, APP, PHONE, SMS, WECHAT or EMAIL");
			return new ResidentDetails(name, relation, optional(RosterColumn.MOBILE, "mobile"),
					optional(RosterColumn.EMAIL, "email"), optional(RosterColumn.WECHAT_OPEN_ID, "wechatOpenId"),
					channel, null, null);
		}

		private Integer floor() {
			String value = text(RosterColumn.FLOOR);
			if (value.isEmpty()) {
				return null;
			}
			try {
				return Integer.valueOf(value);
			}
			catch (NumberFormatException ex) {
				return reject(RosterColumn.FLOOR, "must be a whole number");
			}
		}

		private BigDecimal area() {
			String value = text(RosterColumn.AREA);
			if (value.isEmpty()) {
				return null;
			}
			try {
				BigDecimal area = new BigDecimal(value);
				if (area.signum() >= 0 && area.compareTo(AREA_LIMIT) < 0 && area.stripTrailingZeros().scale() <= 2) {
					return area;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			return reject(RosterColumn.AREA, "must be square metres from 0 to 99999999.99 with at most 2 decimals");
		}

		private void checkAgainstEarlierRows(Entry entry) {
			if (entry.floor() != null) {
				Entry first = floors.putIfAbsent(entry.address(), entry);
				if (first != null && !first.floor().equals(entry.floor())) {
					reject(RosterColumn.FLOOR, "differs from row " + first.row() + " for the same room");
				}
			}
			if (entry.area() != null) {
				Entry first = areas.putIfAbsent(entry.address(), entry);
				if (first != null && first.area().compareTo(entry.area()) != 0) {
					reject(RosterColumn.AREA, "differs from row " + first.row() + " for the same room");
				}
			}
			if (entry.resident() != null) {
				Entry first = people.putIfAbsent(
						new Person(entry.address(), entry.resident().name(), entry.resident().mobile()), entry);
				if (first != null) {
					reject(RosterColumn.NAME, "repeats the resident of row " + first.row());
				}
			}
		}

		private String text(RosterColumn column) {
			Integer index = columns.get(column);
			return index == null ? "" : row.cell(index);
		}

		private String required(RosterColumn column, Class<?> type, String property) {
			String value = text(column);
			if (value.isEmpty()) {
				reject(column, "is required");
			}
			else {
				validate(column, type, property, value);
			}
			return value;
		}

		private String optional(RosterColumn column, String property) {
			String value = text(column);
			if (value.isEmpty()) {
				return null;
			}
			validate(column, ResidentDetails.class, property, value);
			return value;
		}

		/** Applies the constraints the REST API puts on the same property. */
		private void validate(RosterColumn column, Class<?> type, String property, String value) {
			for (ConstraintViolation<?> violation : validator.validateValue(type, property, value)) {
				reject(column, violation.getMessage());
			}
		}

		private <E> E choice(RosterColumn column, Map<String, E> words, String allowed) {
			E choice = words.get(text(column).toLowerCase(Locale.ROOT));
			return choice != null ? choice : reject(column, "must be one of " + allowed);
		}

		/** Records the error; returns null so that callers can use it in place of the value. */
		private <T> T reject(RosterColumn column, String reason) {
			Integer index = columns.get(column);
			errors.add(new ImportError(row.number(), index == null ? column.label() : header.get(index), reason));
			return null;
		}

	}

}
