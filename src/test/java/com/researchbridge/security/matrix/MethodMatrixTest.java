package com.researchbridge.security.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccountId;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.ProjectPeople;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every public method of every service with method security, called as each of the six kinds of user, against
 * the {@link AccessExpectation} declared on it. A call counts as refused when method security throws
 * ({@code AccessDeniedException}, including {@code AuthorizationDeniedException}, or an authentication error),
 * as passed otherwise. Arguments are dummies ({@code null}, zero, false) except where a rule reads them: an
 * {@code AccountId} names a researcher whose profile every signed-in user may see, and a parameter called
 * {@code email} is the caller's own address, so that such rules pass for the kinds of user the declaration names.
 */
@IntegrationTest
class MethodMatrixTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyPublicMethodOfASecuredServiceDeclaresWhoMayCallIt() {
        var services = Declarations.securedServices(context);
        assertThat(services).as("secured services found by scanning the beans").hasSizeGreaterThan(15);
        var undeclared = services.stream().flatMap(s -> s.publicMethods().stream())
                .filter(m -> Declarations.of(m) == null).map(Declarations::name).toList();
        assertThat(undeclared).as("public service methods without @AccessExpectation").isEmpty();
    }

    @Test
    void everySecuredMethodRefusesExactlyTheUsersItsDeclarationLeavesOut() {
        var services = Declarations.securedServices(context);
        var methods = services.stream().flatMap(s -> s.publicMethods().stream().map(m -> new Object[]{s, m})).toList();
        var mismatches = new ArrayList<String>();
        int calls = 0;
        for (var user : MatrixUser.values()) {
            actAs(user);
            try {
                for (var pair : methods) {
                    var service = (Declarations.SecuredService) pair[0];
                    var method = (Method) pair[1];
                    var declared = Declarations.of(method);
                    if (declared == null) {
                        continue; // reported by the completeness test
                    }
                    boolean expected = user.isAnyOf(declared.value());
                    String outcome = outcome(service.bean(), method, user);
                    calls++;
                    boolean passed = outcome.equals("passed");
                    if (passed != expected) {
                        mismatches.add("%s as %s: declared %s, %s".formatted(Declarations.name(method), user,
                                expected ? "passes" : "refused", outcome));
                    }
                }
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        int declaredMethods = (int) methods.stream().filter(p -> Declarations.of((Method) p[1]) != null).count();
        System.out.printf("Method matrix: %d public methods of %d secured services x %d kinds of user = %d calls, %d mismatches%n",
                declaredMethods, services.size(), MatrixUser.values().length, calls, mismatches.size());
        assertThat(mismatches).as("service methods whose security differs from their @AccessExpectation").isEmpty();
    }

    private String outcome(Object bean, Method method, MatrixUser user) {
        try {
            SecurityCheckOnly.call(bean, method, arguments(method, user));
            return "passed";
        } catch (AccessDeniedException | AuthenticationException refused) {
            return "refused";
        } catch (Throwable other) {
            // A rule that reads an argument may fail on a dummy; that is still method security's answer.
            return "passed (then " + other.getClass().getSimpleName() + ")";
        }
    }

    private Object[] arguments(Method method, MatrixUser user) {
        return Arrays.stream(method.getParameters()).map(p -> dummy(p, user)).toArray();
    }

    private Object dummy(Parameter parameter, MatrixUser user) {
        Class<?> type = parameter.getType();
        if (type == AccountId.class) {
            return new AccountId(ProjectPeople.accountOf(jdbc, MatrixUser.RESEARCHER_CN.email));
        }
        if (type == String.class && parameter.getName().equals("email")) {
            return user.email;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type.isPrimitive()) {
            throw new IllegalStateException("no dummy for " + type + " in " + parameter.getDeclaringExecutable());
        }
        return null;
    }

    private void actAs(MatrixUser user) {
        user.signIn(users);
    }
}
