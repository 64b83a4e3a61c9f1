package com.researchbridge.security;

import com.researchbridge.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.DisableEncodeUrlFilter;

/**
 * Views declare who may open them ({@code @AnonymousAllowed}, {@code @RolesAllowed}); services carry
 * {@code @PreAuthorize}. Everything else needs a signed-in user.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    static final String LOGIN = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles.css", "/images/**", "/favicon.ico",
                "/favicon.svg").permitAll());
        // The load balancer's health checks come without a session: the two probes only (up or not, no details).
        http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/actuator/health/readiness",
                "/actuator/health/liveness").permitAll());
        // Vaadin exempts the log-in form from CSRF protection, which let any site sign a browser in to an account
        // of the attacker's choosing. Its log-in form sends the token from the page's meta tags, so only Vaadin's
        // own internal requests (which carry their own token) stay exempt.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // A log-in page kept open until the session ended has a stale token: show the page again, with a word why.
        http.exceptionHandling(exceptions -> exceptions.defaultAccessDeniedHandlerFor(
                (request, response, denied) -> response.sendRedirect(request.getContextPath() + LOGIN + "?expired"),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN)));
        // Content-Security-Policy, Referrer-Policy, Permissions-Policy, nosniff and frame options: SecurityHeaders.
        http.addFilterBefore(new SecurityHeaders(), DisableEncodeUrlFilter.class);
        http.addFilterBefore(new LoginFormLimits(LOGIN), DisableEncodeUrlFilter.class);
        http.headers(headers -> headers.frameOptions(frames -> frames.sameOrigin()));
        return http.with(VaadinSecurityConfigurer.vaadin(), configurer -> configurer
                        .loginView(LoginView.class)
                        .enableCsrfConfiguration(false))
                .build();
    }

    /** Delegating encoder: bcrypt today, and old hashes keep working when the default changes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
