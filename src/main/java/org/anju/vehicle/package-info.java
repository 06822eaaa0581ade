/**
 * Vehicle: residents' vehicles and parking — plates (Mainland format, new-energy plates included)
 * per household with parking space and lease expiry, the gate's plate look-up, and the monthly
 * reminder to households whose lease runs out. Public API: {@link org.anju.vehicle.Vehicles},
 * {@link org.anju.vehicle.Plates}, {@link org.anju.vehicle.LeaseReminders}.
 */
@ApplicationModule(displayName = "Vehicle")
package org.anju.vehicle;

import org.springframework.modulith.ApplicationModule;
