package org.probatio.workload;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Stands in, in tests, for the workload figures that will listen for configuration changes: with a
 * listener, each event is kept in the event publication registry until it has been handled.
 */
@Component
public class WorkloadConfigurationEventsListener {

  private final List<WorkloadConfigurationChanged> received = new CopyOnWriteArrayList<>();

  @ApplicationModuleListener
  void on(WorkloadConfigurationChanged event) {
    received.add(event);
  }

  public List<WorkloadConfigurationChanged> received() {
    return received;
  }
}
