package org.probatio.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins and locks the account for a while after too many. */
@Component
class SignInOutcomes extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

  private final UserRepository users;
  private final Clock clock;
  private final int attemptLimit;
  private final Duration lockFor;

  SignInOutcomes(UserRepository users, Clock clock,
      @Value("${probatio.security.lockout.attempts:5}") int attemptLimit,
      @Value("${probatio.security.lockout.duration:15m}") Duration lockFor) {
    this.users = users;
    this.clock = clock;
    this.attemptLimit = attemptLimit;
    this.lockFor = lockFor;
    setDefaultTargetUrl("/");
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) throws IOException, jakarta.servlet.ServletException {
    users.recordSuccess(authentication.getName());
    super.onAuthenticationSuccess(request, response, authentication);
  }

  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException exception) throws IOException {
    String username = request.getParameter("username");
    if (exception instanceof LockedException) {
      response.sendRedirect(request.getContextPath() + "/sign-in?locked");
      return;
    }
    if (username != null && !username.isBlank()) {
      users.recordFailure(username.strip(), attemptLimit, clock.instant().plus(lockFor));
    }
    response.sendRedirect(request.getContextPath() + "/sign-in?error");
  }
}
