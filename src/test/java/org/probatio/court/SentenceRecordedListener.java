package org.probatio.court;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Stands in, in tests, for the allocation module, which listens to {@link SentenceRecorded}: with a
 * listener, each event is kept in the event publication registry until it has been handled.
 */
@Component
public class SentenceRecordedListener {

  private final List<SentenceRecorded> received = new CopyOnWriteArrayList<>();

  @ApplicationModuleListener
  void on(SentenceRecorded event) {
    received.add(event);
  }

  public List<SentenceRecorded> received() {
    return received;
  }
}
