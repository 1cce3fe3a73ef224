package id.alur.identity;

import java.util.Optional;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At start, before requests are served: the production guard (prod profile only), then the engine groups,
 * then the demo staff when they are switched on.
 */
@Component
class IdentityBootstrap implements SmartInitializingSingleton {

  private final Optional<ProductionGuard> productionGuard;
  private final EngineGroups engineGroups;
  private final DemoStaff demoStaff;
  private final boolean demoStaffEnabled;

  IdentityBootstrap(Optional<ProductionGuard> productionGuard, EngineGroups engineGroups, DemoStaff demoStaff,
      @Value("${alur.demo-staff.enabled}") boolean demoStaffEnabled) {
    this.productionGuard = productionGuard;
    this.engineGroups = engineGroups;
    this.demoStaff = demoStaff;
    this.demoStaffEnabled = demoStaffEnabled;
  }

  @Override
  public void afterSingletonsInstantiated() {
    productionGuard.ifPresent(ProductionGuard::check);
    engineGroups.synchronize();
    if (demoStaffEnabled) {
      demoStaff.create();
    }
  }
}
