package com.researchbridge.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Anyone may post to the log-in form, so its requests are held to what a person types before anything reads
 * them: the servlet container would otherwise parse (and the log-in would handle) names of megabytes. A body
 * larger than {@link #MAX_BODY} bytes, or of unknown length, is refused outright; a name longer than an e-mail
 * address can be is answered as a wrong log-in without looking anything up, since no account has it.
 * Not a bean: it runs inside the security filter chain only, first of all.
 */
final class LoginFormLimits extends OncePerRequestFilter {

    /** A 254-character address, a long passphrase and the CSRF token, URL-encoded, fit many times over. */
    static final long MAX_BODY = 8 * 1024;

    private final RequestMatcher loginPost;
    private final String loginPath;

    LoginFormLimits(String loginPath) {
        this.loginPath = loginPath;
        this.loginPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginPath);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!loginPost.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        long length = request.getContentLengthLong();
        if (length < 0) {
            response.setStatus(HttpStatus.LENGTH_REQUIRED.value());
            return;
        }
        if (length > MAX_BODY) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        var name = request.getParameter("username");
        if (name != null && name.strip().length() > LoginAttempts.MAX_NAME_LENGTH) {
            response.sendRedirect(request.getContextPath() + loginPath + "?error");
            return;
        }
        chain.doFilter(request, response);
    }
}
