package org.probatio.calendar.web;

/** The two kinds of one-off change, as the form offers them. */
public enum ChangeKind {
  ADD("Add a bank holiday"),
  REMOVE("Remove a bank holiday: it will not be held, or it has moved");

  private final String label;

  ChangeKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
