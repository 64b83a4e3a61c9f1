package com.researchbridge.security.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.Country;
import com.researchbridge.researcher.ProfileVisibility;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ProfileEdits;
import com.researchbridge.testsupport.ProjectPeople;
import com.researchbridge.testsupport.RunAs;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ResolvableType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every {@code @Route} of the application, opened by each of the six kinds of user (one browserless session per
 * user, reused for all routes), against the {@link AccessExpectation} declared on the view. Routes with an id are
 * opened with sample ids: one's own profile or project, another researcher's visible one, a colleague of the
 * same country, a hidden profile ({@code NOBODY}), one shown only to offices, a project of other institutions,
 * an office's account and an id that does not exist.
 *
 * <p>Outcomes: <em>shown</em> (the route's own view, saying nothing like "not available"), <em>refused</em>
 * (access denied, not found, sent to log in, or the page says the object is not available), <em>sent
 * elsewhere</em> (e.g. a signed-in user sent from the registration page to their home) and <em>error</em>. A route
 * declared for a user must be shown; otherwise it must be refused or sent elsewhere — an error is never right.
 */
class RouteMatrixTest extends ViewTest {

    private static final Set<String> REFUSALS = Set.of("AccessDeniedView", "NotFoundView", "LoginView",
            "RouteNotFoundError", "RouteAccessDeniedError");

    /** A hidden researcher with a demo topic, and a Chinese one shown only to the matcher and offices. */
    private static final String HIDDEN = "saltanat.kasymova@kaznu.example";
    private static final String OFFICES_ONLY = "jun.lu@nju.example";
    /** A visible researcher with a demo topic. */
    private static final String TOPIC_AUTHOR = "arman.usenov@igws.example";
    private static final long NO_SUCH_ID = 999_999_999L;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ResearcherProfileService profiles;

    @Test
    void everyRouteDeclaresWhoMayOpenIt() {
        var routes = Declarations.routes();
        assertThat(routes).as("routes found by scanning " + Declarations.BASE_PACKAGE).hasSizeGreaterThan(20);
        assertThat(routes.stream().filter(r -> Declarations.of(r) == null).map(Class::getName))
                .as("routes without @AccessExpectation").isEmpty();
        var registered = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getNavigationTarget).collect(Collectors.toSet());
        assertThat(routes).as("the scan finds every route Vaadin has registered").containsAll(registered);
    }

    @Test
    void everyRouteOpensForExactlyTheUsersItsDeclarationNames() {
        check(route -> true);
    }

    private void check(Predicate<Class<?>> which) {
        var hidden = visibilityOf(HIDDEN);
        var officesOnly = visibilityOf(OFFICES_ONLY);
        RunAs.user(users, HIDDEN, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(ProfileVisibility.NOBODY)));
        RunAs.user(users, OFFICES_ONLY, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(ProfileVisibility.MATCHER_AND_OFFICES)));
        try {
            run(Declarations.routes().stream().filter(which).toList());
        } finally {
            RunAs.user(users, HIDDEN, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(hidden)));
            RunAs.user(users, OFFICES_ONLY, () -> ProfileEdits.edit(profiles, ProfileEdits.visibility(officesOnly)));
        }
    }

    private void run(List<Class<?>> routes) {
        var cases = new ArrayList<Case>();
        for (var route : routes) {
            for (var sample : samples(route)) {
                cases.add(new Case(route, sample));
            }
        }
        var mismatches = new ArrayList<String>();
        var outcomes = new String[cases.size()][MatrixUser.values().length];
        for (var user : MatrixUser.values()) {
            signIn(user);
            for (int i = 0; i < cases.size(); i++) {
                var c = cases.get(i);
                boolean expected = user.isAnyOf(Declarations.of(c.route()).value()) && c.sample().mayOpen().test(user);
                String outcome = open(c.location(), c.route());
                outcomes[i][user.ordinal()] = outcome;
                boolean ok = expected ? outcome.equals("shown")
                        : outcome.startsWith("refused") || outcome.startsWith("sent to");
                if (!ok) {
                    String sample = c.sample().label().isEmpty() ? "" : " (" + c.sample().label() + ")";
                    mismatches.add("/%s%s as %s: declared %s, but %s".formatted(c.location(), sample, user,
                            expected ? "shown" : "not shown", outcome));
                }
            }
        }
        print(routes.size(), cases, outcomes, mismatches.size());
        assertThat(mismatches).as("routes whose access differs from their @AccessExpectation").isEmpty();
    }

    private void print(int routes, List<Case> cases, String[][] outcomes, int mismatches) {
        System.out.printf("Route matrix: %d routes, %d route/sample cases x %d kinds of user = %d navigations, %d mismatches%n",
                routes, cases.size(), MatrixUser.values().length, cases.size() * MatrixUser.values().length, mismatches);
        var header = new StringBuilder("%-30s %-34s".formatted("route", "sample"));
        for (var user : MatrixUser.values()) {
            header.append(" %-6s".formatted(user.column()));
        }
        System.out.println(header);
        for (int i = 0; i < cases.size(); i++) {
            String location = cases.get(i).location().isEmpty() ? "/" : cases.get(i).location();
            var line = new StringBuilder("%-30s %-34s".formatted(location, cases.get(i).sample().label()));
            for (var outcome : outcomes[i]) {
                line.append(" %-6s".formatted(outcome.equals("shown") ? "OPEN" : outcome.startsWith("error") ? "ERROR" : "-"));
            }
            System.out.println(line);
        }
    }

    /** Navigates as the current user and says what they got. */
    private String open(String location, Class<?> route) {
        try {
            navigate(location, Component.class);
        } catch (RuntimeException | AssertionError e) {
            return "error: " + e;
        }
        var view = getCurrentView();
        String name = view.getClass().getSimpleName();
        if (route.isInstance(view)) {
            return saysNotAvailable(view.getElement()) ? "refused: the page says it is not available" : "shown";
        }
        if (REFUSALS.contains(name)) {
            return "refused: " + name;
        }
        if (name.contains("Error")) {
            return "error: " + name;
        }
        return "sent to " + name;
    }

    /** Pages that refuse an object in place mark the message with an id ending in {@code -not-visible}. */
    private static boolean saysNotAvailable(Element element) {
        String id = element.getAttribute("id");
        return (id != null && id.endsWith("-not-visible")) || element.getChildren().anyMatch(RouteMatrixTest::saysNotAvailable);
    }

    /** One browserless session per kind of user, reused for all routes. */
    private void signIn(MatrixUser user) {
        cleanVaadinEnvironment();
        user.signIn(users);
        initVaadinEnvironment();
    }

    // --- samples ---------------------------------------------------------------------------------------------

    record Sample(String label, String parameter, Predicate<MatrixUser> mayOpen) {
    }

    record Case(Class<?> route, Sample sample) {
        String location() {
            String path = Declarations.path(route);
            return sample.parameter() == null ? path : path + "/" + sample.parameter();
        }
    }

    /** A researcher's account (or an office's, or none) with the profile visibility the database holds now. */
    record Person(String label, long account, String email, Country country, ProfileVisibility visibility) {

        boolean visibleTo(MatrixUser user) {
            if (visibility == null || user.email == null) {
                return false;
            }
            return user.email.equals(email) || switch (visibility) {
                case SIGNED_IN -> true;
                case MATCHER_AND_OFFICES -> user.isAnyOf(Who.RESEARCH_OFFICE, Who.ADMIN);
                case NOBODY -> false;
            };
        }

        boolean proposableBy(MatrixUser user) {
            return user.who == Who.RESEARCHER && visibleTo(user) && !user.email.equals(email)
                    && country != null && country != user.country;
        }
    }

    private List<Sample> samples(Class<?> route) {
        var declared = Declarations.of(route);
        Class<?> parameter = HasUrlParameter.class.isAssignableFrom(route)
                ? ResolvableType.forClass(route).as(HasUrlParameter.class).getGeneric(0).resolve() : null;
        return switch (declared.objects()) {
            case ANY -> List.of(parameter == null ? new Sample("", null, u -> true)
                    : new Sample("a made-up value", parameter == String.class ? "not-a-real-token" : "1", u -> true));
            case VISIBLE_PROFILE -> people().stream().map(p -> new Sample(p.label(), String.valueOf(p.account()), p::visibleTo)).toList();
            case PROPOSABLE_PARTNER -> people().stream().map(p -> new Sample(p.label(), String.valueOf(p.account()), p::proposableBy)).toList();
            case PROJECT_PARTY -> projects();
            case TOPIC_OF_VISIBLE_AUTHOR -> topics();
        };
    }

    private List<Person> people() {
        return List.of(
                person("r-KZ himself", MatrixUser.RESEARCHER_KZ.email),
                person("r-CN himself", MatrixUser.RESEARCHER_CN.email),
                person("KZ researcher (KazNU)", DemoAccounts.RESEARCHER_KZ),
                person("CN researcher", DemoAccounts.RESEARCHER_CN),
                person("hidden KZ researcher (KazNU)", HIDDEN),
                person("CN, offices-only", OFFICES_ONLY),
                person("an office's account", DemoAccounts.OFFICE_NU),
                new Person("no such account", NO_SUCH_ID, null, null, null));
    }

    private Person person(String label, String email) {
        long account = ProjectPeople.accountOf(jdbc, email);
        String country = jdbc.queryForObject("select country from user_account where id = ?", String.class, account);
        var visibility = jdbc.queryForList("select visibility from researcher_profile where account_id = ?", String.class, account)
                .stream().findFirst().map(ProfileVisibility::valueOf).orElse(null);
        return new Person(label, account, email, country == null ? null : Country.valueOf(country), visibility);
    }

    private ProfileVisibility visibilityOf(String email) {
        return person(email, email).visibility();
    }

    private List<Sample> projects() {
        return List.of(
                project("r-KZ's and r-CN's project", MatrixUser.RESEARCHER_CN.email),
                project("another KazNU researcher's project", "xiaohui.chen@pku.example"),
                project("project of NU and XJU", "erbol.erzhanov@nu.example"),
                new Sample("no such project", String.valueOf(NO_SUCH_ID), u -> false));
    }

    private Sample project(String label, String initiator) {
        var row = jdbc.queryForMap("""
                select j.id, i.email as initiator, p.email as partner, ii.code as initiator_institution, pi.code as partner_institution
                from joint_project j
                join user_account i on i.id = j.initiator_account_id
                join user_account p on p.id = j.partner_account_id
                join institution ii on ii.id = j.initiator_institution_id
                join institution pi on pi.id = j.partner_institution_id
                where i.email = ? order by j.id fetch first 1 rows only""", initiator);
        var people = Set.of(row.get("initiator").toString(), row.get("partner").toString());
        var institutions = Set.of(row.get("initiator_institution").toString(), row.get("partner_institution").toString());
        return new Sample(label, row.get("id").toString(), u -> switch (u.who) {
            case ADMIN -> true;
            case RESEARCHER -> people.contains(u.email);
            case RESEARCH_OFFICE -> institutions.contains(u.institutionCode);
            default -> false;
        });
    }

    private List<Sample> topics() {
        return List.of(topic("topic of a visible author", TOPIC_AUTHOR), topic("topic of the hidden researcher", HIDDEN),
                new Sample("no such topic", String.valueOf(NO_SUCH_ID), u -> false));
    }

    private Sample topic(String label, String author) {
        long id = jdbc.queryForObject("""
                select min(t.id) from collaboration_topic t join user_account a on a.id = t.account_id where a.email = ?""",
                Long.class, author);
        var person = person(label, author);
        return new Sample(label, String.valueOf(id), person::visibleTo);
    }
}
