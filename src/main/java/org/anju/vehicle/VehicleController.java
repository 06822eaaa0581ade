package org.anju.vehicle;

import java.util.List;

import org.anju.platform.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A household's vehicles, and the gate's look-up of a plate. */
@RestController
@RequestMapping("/api/v1")
class VehicleController {

	private final Vehicles vehicles;

	VehicleController(Vehicles vehicles) {
		this.vehicles = vehicles;
	}

	@GetMapping("/households/{id}/vehicles")
	List<Vehicles.VehicleRef> list(@PathVariable long id) {
		return vehicles.ofHousehold(id, CurrentActor.get());
	}

	@PostMapping("/households/{id}/vehicles")
	@ResponseStatus(HttpStatus.CREATED)
	Vehicles.VehicleRef add(@PathVariable long id, @RequestBody Vehicles.VehicleForm form) {
		return vehicles.add(id, form, CurrentActor.get());
	}

	@PutMapping("/households/{id}/vehicles/{vehicleId}")
	Vehicles.VehicleRef update(@PathVariable long id, @PathVariable long vehicleId,
			@RequestBody Vehicles.VehicleForm form) {
		return vehicles.update(id, vehicleId, form, CurrentActor.get());
	}

	/** Removes the vehicle: it stays on record, inactive. */
	@DeleteMapping("/households/{id}/vehicles/{vehicleId}")
	Vehicles.VehicleRef remove(@PathVariable long id, @PathVariable long vehicleId) {
		return vehicles.deactivate(id, vehicleId, CurrentActor.get());
	}

	@GetMapping("/projects/{projectId}/plates/{plate}")
	Vehicles.GatePass lookup(@PathVariable long projectId, @PathVariable String plate) {
		return vehicles.lookup(projectId, plate, CurrentActor.get());
	}

}
