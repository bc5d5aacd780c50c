package org.probatio.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * RFC 9457 problem details for every API error. A body that cannot be read names the field that
 * is wrong; anything unexpected is logged and answered without internals.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
  private static final Pattern ETAG = Pattern.compile("(?:W/)?\"(\\d+)\"");

  /** A 400 problem listing each bad field as {@code {"field", "message"}}. */
  public static ProblemDetail invalid(List<Map<String, String>> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "The request has " + errors.size() + (errors.size() == 1 ? " problem" : " problems") + ": see errors");
    problem.setTitle("Invalid request");
    problem.setProperty("errors", errors);
    return problem;
  }

  /** A problem with its status, title and detail. */
  public static ResponseEntity<ProblemDetail> status(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return respond(problem);
  }

  /** The response carrying a problem, with the problem's own status. */
  public static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  /** The version an If-Match header names, such as {@code "3"} or {@code W/"3"}; null when there is none. */
  public static @Nullable Integer ifMatchVersion(@Nullable String header) {
    Matcher version = header == null ? null : ETAG.matcher(header.strip());
    return version != null && version.matches() ? Integer.valueOf(version.group(1)) : null;
  }

  /** 428: a change needs If-Match, so nobody's change is overwritten unseen. */
  public static ResponseEntity<ProblemDetail> ifMatchRequired(String detail) {
    return status(HttpStatus.PRECONDITION_REQUIRED, "If-Match required", detail);
  }

  /** 412: the record changed since the caller read it; {@code currentVersion} is what If-Match should now name. */
  public static ResponseEntity<ProblemDetail> changedSinceRead(String detail, int currentVersion) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, detail);
    problem.setTitle("Changed since you read it");
    problem.setProperty("currentVersion", currentVersion);
    return respond(problem);
  }

  public static Map<String, String> fieldError(String field, String message) {
    return Map.of("field", field, "message", message);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Throwable cause = ex.getCause();
    if (cause instanceof DatabindException bind && !bind.getPath().isEmpty()) {
      String field = path(bind);
      return ResponseEntity.badRequest().body(invalid(List.of(fieldError(field, "'" + field + "' has the wrong type or an unknown value"))));
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not valid JSON");
    problem.setTitle("Invalid request");
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
    return invalid(List.of(fieldError(ex.getName(), "'" + ex.getName() + "' has the wrong type")));
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  ProblemDetail missingHeader(MissingRequestHeaderException ex) {
    return invalid(List.of(fieldError(ex.getHeaderName(), "The " + ex.getHeaderName() + " header is required")));
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception ex, WebRequest request) {
    log.error("Unexpected error answering {}", request.getDescription(false), ex);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong on our side. Nothing was saved. Try again, and tell the service desk if it keeps happening.");
    problem.setInstance(URI.create(request.getDescription(false).replace("uri=", "")));
    return problem;
  }

  private static String path(DatabindException ex) {
    List<String> parts = new ArrayList<>();
    for (var reference : ex.getPath()) {
      if (reference.getPropertyName() != null) {
        parts.add((parts.isEmpty() ? "" : ".") + reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        parts.add("[" + reference.getIndex() + "]");
      }
    }
    return String.join("", parts);
  }
}
