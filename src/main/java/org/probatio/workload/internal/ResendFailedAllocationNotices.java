package org.probatio.workload.internal;

import java.time.Duration;
import org.probatio.workload.PractitionerAllocated;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Hands the failed work on each {@link PractitionerAllocated} back to its listener every few minutes: an
 * email the mail server refused, or a workload figure that could not be refreshed, is tried again once it
 * has been failed for {@link #RETRY_AFTER}, from the event publication registry where it waits. Every
 * instance may run it; a publication is resubmitted only once it is marked failed.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "probatio.mail.resend-failed", havingValue = "true", matchIfMissing = true)
public class ResendFailedAllocationNotices {

  static final Duration RETRY_AFTER = Duration.ofMinutes(5);

  private final IncompleteEventPublications publications;

  ResendFailedAllocationNotices(IncompleteEventPublications publications) {
    this.publications = publications;
  }

  @Scheduled(fixedDelay = 5, initialDelay = 5, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
  void resend() {
    resend(RETRY_AFTER);
  }

  /** Resubmits the failed publications of allocations at least this old. */
  public void resend(Duration olderThan) {
    publications.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(olderThan)
        .withFilter(p -> p.getEvent() instanceof PractitionerAllocated
            && p.getStatus() == EventPublication.Status.FAILED));
  }
}
