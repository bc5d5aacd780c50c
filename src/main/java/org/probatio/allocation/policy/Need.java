package org.probatio.allocation.policy;

/** The criminogenic needs of an assessment, each with its weight on the change axis. */
public enum Need {
  ACCOMMODATION("Accommodation", 1),
  EDUCATION_TRAINING_AND_EMPLOYABILITY("Education, training and employability", 1),
  RELATIONSHIPS("Relationships", 1),
  LIFESTYLE_AND_ASSOCIATES("Lifestyle and associates", 1),
  DRUG_MISUSE("Drug misuse", 1),
  ALCOHOL_MISUSE("Alcohol misuse", 1),
  THINKING_AND_BEHAVIOUR("Thinking and behaviour", 2),
  ATTITUDES("Attitudes", 2),
  FINANCIAL_MANAGEMENT_AND_INCOME("Financial management and income", 0),
  EMOTIONAL_WELL_BEING("Emotional well-being", 0);

  private final String label;
  private final int weight;

  Need(String label, int weight) {
    this.label = label;
    this.weight = weight;
  }

  public String label() {
    return label;
  }

  /** Change points are the weight times the severity. */
  public int weight() {
    return weight;
  }
}
