package org.probatio.people;

/** Religion or belief (2021 census list). */
public enum Religion implements Labelled {
  NO_RELIGION("No religion"),
  CHRISTIAN("Christian"),
  BUDDHIST("Buddhist"),
  HINDU("Hindu"),
  JEWISH("Jewish"),
  MUSLIM("Muslim"),
  SIKH("Sikh"),
  OTHER("Any other religion"),
  NOT_STATED("Prefers not to say");

  private final String label;

  Religion(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
