package org.probatio.people;

/** A choice from a standard list, with the words shown to users. */
public interface Labelled {
  String label();

  String name();
}
