package org.anju.vehicle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.anju.audit.AuditTrail;
import org.anju.directory.Directory;
import org.anju.directory.HouseholdRef;
import org.anju.directory.ResidentRef;
import org.anju.platform.security.Actor;
import org.anju.platform.security.Role;
import org.anju.platform.web.ConflictException;
import org.anju.platform.web.InvalidInputException;
import org.anju.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households' vehicles: staff of the project read them, the service desk (AGENT, SUPERVISOR,
 * MANAGER) keeps them; a plate is unique among the project's active vehicles (409). The gate's
 * look-up tells a guard where a plate belongs and whether its lease runs — no names, no phones —
 * and is audited.
 */
@Service
@Transactional
public class Vehicles {

	private final VehicleRepository vehicles;

	private final Directory directory;

	private final AuditTrail audit;

	private final Clock clock;

	Vehicles(VehicleRepository vehicles, Directory directory, AuditTrail audit, Clock clock) {
		this.vehicles = vehicles;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** The household's vehicles, active ones first. */
	@Transactional(readOnly = true)
	public List<VehicleRef> ofHousehold(long householdId, Actor actor) {
		household(householdId, actor);
		LocalDate today = LocalDate.now(clock);
		return vehicles.findByHouseholdIdOrderByActiveDescIdAsc(householdId).stream().map(v -> ref(v, today)).toList();
	}

	public VehicleRef add(long householdId, VehicleForm form, Actor actor) {
		HouseholdRef household = household(householdId, actor);
		actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
		Vehicle vehicle = new Vehicle(household.projectId(), householdId, clock.instant());
		fill(vehicle, form);
		return ref(vehicles.saveAndFlush(vehicle), LocalDate.now(clock));
	}

	public VehicleRef update(long householdId, long vehicleId, VehicleForm form, Actor actor) {
		Vehicle vehicle = vehicle(householdId, vehicleId, actor);
		vehicle.checkVersion(form.version());
		if (!vehicle.isActive()) {
			throw new ConflictException("Vehicle " + vehicleId + " was removed; add it again instead.");
		}
		fill(vehicle, form);
		return ref(vehicles.saveAndFlush(vehicle), LocalDate.now(clock));
	}

	/** The vehicle is gone: it stays on record, inactive. */
	public VehicleRef deactivate(long householdId, long vehicleId, Actor actor) {
		Vehicle vehicle = vehicle(householdId, vehicleId, actor);
		vehicle.deactivate();
		return ref(vehicles.saveAndFlush(vehicle), LocalDate.now(clock));
	}

	/**
	 * The gate's look-up: where the plate belongs in the project (its active vehicle, else the latest
	 * one on record), for any staff member of the project (security guards are STAFF); 404 for an
	 * unknown plate or another project. Each answer is audited.
	 */
	public GatePass lookup(long projectId, String plate, Actor actor) {
		if (!actor.canSee(projectId) || directory.project(projectId).isEmpty()) {
			throw new NotFoundException("Project", projectId);
		}
		String normalised = Plates.normalise(plate);
		Vehicle vehicle = vehicles.findByProjectIdAndPlateOrderByActiveDescIdDesc(projectId, normalised).stream()
			.findFirst().orElseThrow(() -> new NotFoundException("Plate", normalised));
		String label = directory.household(vehicle.getHouseholdId()).map(HouseholdRef::label).orElse("");
		audit.viewed(actor, "HOUSEHOLD", vehicle.getHouseholdId(), projectId, "gate-plate-lookup");
		LocalDate today = LocalDate.now(clock);
		return new GatePass(vehicle.getPlate(), label, vehicle.getParkingSpace(), vehicle.getLeaseExpires(),
				expired(vehicle, today), vehicle.isActive());
	}

	private void fill(Vehicle vehicle, VehicleForm form) {
		String plate = Plates.require(form.plate());
		if (form.residentId() != null && directory.resident(form.residentId())
			.map(ResidentRef::household).map(HouseholdRef::id).filter(h -> h == vehicle.getHouseholdId()).isEmpty()) {
			throw new InvalidInputException("residentId", "该住户不属于本房屋");
		}
		String brand = text(form.brand(), "brand", 40);
		String colour = text(form.colour(), "colour", 20);
		String space = text(form.parkingSpace(), "parkingSpace", 30);
		long id = vehicle.isNew() ? -1 : vehicle.getId();
		if (vehicles.existsByProjectIdAndPlateAndActiveTrueAndIdNot(vehicle.getProjectId(), plate, id)) {
			throw new ConflictException("车牌 " + plate + " 已登记在本项目的另一辆在用车辆上");
		}
		vehicle.update(plate, brand, colour, form.residentId(), space, form.leaseExpires());
	}

	private static String text(String value, String field, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.strip().length() > max) {
			throw new InvalidInputException(field, "不能超过" + max + "个字符");
		}
		return value.strip();
	}

	private Vehicle vehicle(long householdId, long vehicleId, Actor actor) {
		household(householdId, actor);
		actor.requireAnyRole(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
		return vehicles.findById(vehicleId).filter(v -> v.getHouseholdId() == householdId)
			.orElseThrow(() -> new NotFoundException("Vehicle", vehicleId));
	}

	private HouseholdRef household(long householdId, Actor actor) {
		return directory.household(householdId).filter(h -> actor.canSee(h.projectId()))
			.orElseThrow(() -> new NotFoundException("Household", householdId));
	}

	private static boolean expired(Vehicle v, LocalDate today) {
		return v.getLeaseExpires() != null && v.getLeaseExpires().isBefore(today);
	}

	private VehicleRef ref(Vehicle v, LocalDate today) {
		String resident = v.getResidentId() == null ? null
				: directory.resident(v.getResidentId()).map(ResidentRef::name).orElse(null);
		return new VehicleRef(v.getId(), v.getVersion(), v.getHouseholdId(), v.getResidentId(), resident, v.getPlate(),
				v.getBrand(), v.getColour(), v.getParkingSpace(), v.getLeaseExpires(), expired(v, today), v.isActive());
	}

	/** What staff enter for a vehicle; {@code version} guards an edit against a stale copy. */
	public record VehicleForm(String plate, String brand, String colour, Long residentId, String parkingSpace,
			LocalDate leaseExpires, Long version) {
	}

	/** A vehicle as staff see it. */
	public record VehicleRef(long id, long version, long householdId, Long residentId, String residentName,
			String plate, String brand, String colour, String parkingSpace, LocalDate leaseExpires,
			boolean leaseExpired, boolean active) {
	}

	/** What the gate learns about a plate: no names, no phones. */
	public record GatePass(String plate, String household, String parkingSpace, LocalDate leaseExpires,
			boolean leaseExpired, boolean active) {
	}

}
