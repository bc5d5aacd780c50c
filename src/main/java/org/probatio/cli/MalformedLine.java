package org.probatio.cli;

/** A line that is not a request, with the reason in words naming the field. */
final class MalformedLine extends RuntimeException {

  MalformedLine(String message) {
    super(message, null, false, false);
  }
}
