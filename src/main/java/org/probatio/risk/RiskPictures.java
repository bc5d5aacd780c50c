package org.probatio.risk;

import java.util.function.Consumer;
import org.probatio.risk.internal.RiskPictureRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a person's current risk picture, or everyone's for batch work such as recomputing every tier:
 * a handful of queries in CRN order, never one per person.
 */
@Service
public class RiskPictures {

  private final RiskPictureRepository pictures;

  RiskPictures(RiskPictureRepository pictures) {
    this.pictures = pictures;
  }

  /** The person's picture; with every part null or empty when nothing is on record. */
  @Transactional(readOnly = true)
  public RiskPicture of(String crn) {
    return pictures.of(crn);
  }

  /** Every person with any risk record, in CRN order; the reads share one snapshot. */
  @Transactional(readOnly = true)
  public void forEach(Consumer<RiskPicture> action) {
    pictures.forEach(action);
  }
}
