package org.probatio.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Lines of a stream as byte ranges of one reused buffer, so JSON is parsed from UTF-8 bytes with no
 * String per line. The buffer grows only for a line longer than it.
 */
final class JsonLines {

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

  private final InputStream in;
  private byte[] buffer = new byte[1 << 16];
  private int filled;
  private int start;
  private int lineStart;
  private int lineEnd;
  private long number;
  private boolean ended;

  JsonLines(InputStream in) {
    this.in = in;
  }

  /** Moves to the next line that is not blank; false at the end of the stream. */
  boolean next() throws IOException {
    while (true) {
      int newline = indexOfNewline();
      if (newline < 0) {
        if (ended) {
          if (start == filled) {
            return false;
          }
          newline = filled;
        } else {
          fill();
          continue;
        }
      }
      number++;
      lineStart = start;
      lineEnd = newline;
      start = Math.min(newline + 1, filled);
      if (!blank()) {
        return true;
      }
    }
  }

  byte[] buffer() {
    return buffer;
  }

  int offset() {
    return lineStart;
  }

  int length() {
    return lineEnd - lineStart;
  }

  /** The line's number in the stream, counting blank lines too. */
  long number() {
    return number;
  }

  /** Looks at eight bytes at a time: this scan runs on the one thread that feeds the scorers. */
  private int indexOfNewline() {
    int i = start;
    for (; i + Long.BYTES <= filled; i += Long.BYTES) {
      long word = (long) LONGS.get(buffer, i) ^ NEWLINES;
      long found = (word - 0x0101010101010101L) & ~word & 0x8080808080808080L;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < filled; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void fill() throws IOException {
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, filled - start);
      filled -= start;
      start = 0;
    }
    if (filled == buffer.length) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
    int read = in.read(buffer, filled, buffer.length - filled);
    if (read < 0) {
      ended = true;
    } else {
      filled += read;
    }
  }

  private boolean blank() {
    for (int i = lineStart; i < lineEnd; i++) {
      byte b = buffer[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
