package com.researchbridge.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes the security headers that are the same for every response before anything else runs. Spring Security
 * writes its headers when the response is committed, and Vaadin's pages that fit into the response buffer were
 * finished without them (seen: {@code /} and {@code /login} carried only Vaadin's own X-Frame-Options); written
 * first, they are always there, and Spring's writers leave a header alone once it is set.
 * Not a bean: it runs inside the security filter chain only.
 */
final class SecurityHeaders extends OncePerRequestFilter {

    /**
     * What Vaadin Flow needs (its documented policy: an inline bootstrap script, functions built from what the
     * server sends, inline styles), and nothing from other origins.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    /** The site uses none of these browser features; pages (or anything injected into them) may not either. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        chain.doFilter(request, response);
    }
}
