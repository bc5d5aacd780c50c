package org.probatio.allocation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Stands in, in tests, for the modules and partners that will listen to the handover's events: with
 * a listener, each event is kept in the event publication registry until it has been handled.
 */
@Component
public class HandoverEventsListener {

  private final List<Object> received = new CopyOnWriteArrayList<>();

  @ApplicationModuleListener
  void on(HandoverAcknowledged event) {
    received.add(event);
  }

  @ApplicationModuleListener
  void on(FirstAppointmentRecorded event) {
    received.add(event);
  }

  @ApplicationModuleListener
  void on(ReviewTaskCompleted event) {
    received.add(event);
  }

  public List<Object> received() {
    return received;
  }
}
