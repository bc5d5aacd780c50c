package org.probatio.workforce;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Stands in, in tests, for the workload figures, which will listen to {@link StaffChanged} and
 * {@link ReductionsChanged}: with a listener, each event is kept in the event publication registry
 * until it has been handled.
 */
@Component
public class WorkforceEventsListener {

  private final List<Object> received = new CopyOnWriteArrayList<>();

  @ApplicationModuleListener
  void on(StaffChanged event) {
    received.add(event);
  }

  @ApplicationModuleListener
  void on(ReductionsChanged event) {
    received.add(event);
  }

  public List<Object> received() {
    return received;
  }
}
