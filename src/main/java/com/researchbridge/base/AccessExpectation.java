package com.researchbridge.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who we mean to let through, declared next to every route (on the view class) and every public method of a
 * secured service. It is deliberately separate from {@code @RolesAllowed} and {@code @PreAuthorize}: the
 * standing authorization matrix test ({@code security/matrix}) opens every route and calls every such method
 * as every kind of user and compares the outcome with this declaration, so loosening one of those annotations
 * makes the test fail instead of passing unnoticed. A route or a public service method without a declaration
 * fails that test too. The annotation has no effect at run time.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AccessExpectation {

    /**
     * Who may open the route, or get past the method's security check (whatever the method then does with its
     * arguments). Empty means nobody; {@link Who#SYSTEM} alone means only the application's own background work.
     */
    Who[] value();

    /** For a route with an id in its address: which of the objects it names those of {@link #value()} may open. */
    Whose objects() default Whose.ANY;

    /** Kinds of user, as the site knows them. */
    enum Who {
        /** A visitor who is not signed in. */
        ANONYMOUS,
        RESEARCHER,
        RESEARCH_OFFICE,
        ADMIN,
        /** No account: the application's own background work (index builds, demo data). */
        SYSTEM
    }

    /** Which objects named in a route's address a user may open, relative to that user. */
    enum Whose {
        /** Any value (a token checked by the page itself, or no parameter at all). */
        ANY,
        /**
         * A researcher's profile whose visibility allows the viewer: their own, a {@code SIGNED_IN} one, a
         * {@code MATCHER_AND_OFFICES} one for offices and administrators; nobody else's hidden one.
         */
        VISIBLE_PROFILE,
        /**
         * A researcher one may propose a joint project to: of the other country, whose profile the viewer may
         * see; never oneself, a same-country colleague or a hidden profile.
         */
        PROPOSABLE_PARTNER,
        /**
         * A joint project the viewer takes part in: one of its two researchers, the research office of either
         * researcher's institution, or an administrator.
         */
        PROJECT_PARTY,
        /** A collaboration topic whose author's profile the viewer may see (a hidden researcher's topics are hidden). */
        TOPIC_OF_VISIBLE_AUTHOR
    }
}
