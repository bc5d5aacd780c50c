package org.probatio.cli;

import tools.jackson.core.JsonGenerator;

/**
 * What a batch command does with each line of JSON it reads: turn it into an answer, and write the
 * answer as one line. Both are called on worker threads, so an implementation keeps no mutable state.
 *
 * @param <T> the answer to one line
 */
interface LineAnswers<T> {

  /** @throws MalformedLine for a line that is not a request; Jackson's exception for one that is not JSON */
  T answer(byte[] utf8, int offset, int length);

  /** Writes the answer as one JSON line, ending with a newline. */
  void write(JsonGenerator json, T answer);
}
