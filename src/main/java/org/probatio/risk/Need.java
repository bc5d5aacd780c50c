package org.probatio.risk;

/** The criminogenic needs an assessment rates, by the names the tiering rules use. */
public enum Need {
  ACCOMMODATION("Accommodation"),
  EDUCATION_TRAINING_AND_EMPLOYABILITY("Education, training and employability"),
  FINANCIAL_MANAGEMENT_AND_INCOME("Financial management and income"),
  RELATIONSHIPS("Relationships"),
  LIFESTYLE_AND_ASSOCIATES("Lifestyle and associates"),
  DRUG_MISUSE("Drug misuse"),
  ALCOHOL_MISUSE("Alcohol misuse"),
  EMOTIONAL_WELL_BEING("Emotional well-being"),
  THINKING_AND_BEHAVIOUR("Thinking and behaviour"),
  ATTITUDES("Attitudes");

  private final String label;

  Need(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
