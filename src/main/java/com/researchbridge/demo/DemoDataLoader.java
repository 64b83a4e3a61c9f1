package com.researchbridge.demo;

import com.researchbridge.base.Country;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.institution.InstitutionSummary;
import com.researchbridge.base.AccountId;
import com.researchbridge.researcher.ResearchField;
import com.researchbridge.researcher.topic.TopicForm;
import com.researchbridge.researcher.topic.TopicKind;
import com.researchbridge.researcher.topic.TopicService;
import com.researchbridge.researcher.SummaryVersion;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.security.AccountProvisioning;
import com.researchbridge.security.SystemAuthentication;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo accounts once into an empty database; a restart keeps whatever users changed since.
 * All demo accounts share one password, hashed once (bcrypt is deliberately slow).
 */
@Component
@Profile("demo")
@Order(1)
class DemoDataLoader implements ApplicationRunner {

    static final String DEMO_PASSWORD = "Bridge-Demo-2026";
    static final String ADMIN_EMAIL = "admin@researchbridge.example";
    static final List<String> OFFICE_INSTITUTIONS = List.of("KZ-KAZNU", "KZ-NU", "KZ-ENU", "KZ-SATBAYEV",
            "CN-TSINGHUA", "CN-PKU", "CN-XJU", "CN-LZU", "CN-NWPU");
    private static final String RESEARCHERS = "demo/researchers.jsonl";
    private static final String TOPICS = "demo/topics.jsonl";
    private static final String PROJECTS = "demo/projects.jsonl";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final AccountProvisioning provisioning;
    private final InstitutionService institutions;
    private final ResearcherProfileService profiles;
    private final TransactionTemplate transaction;
    private final TopicService topics;
    private final Clock clock;
    private final DemoProjects projects;

    DemoDataLoader(AccountProvisioning provisioning, InstitutionService institutions,
                   ResearcherProfileService profiles, TransactionTemplate transaction, TopicService topics, Clock clock,
                   DemoProjects projects) {
        this.projects = projects;
        this.topics = topics;
        this.clock = clock;
        this.provisioning = provisioning;
        this.institutions = institutions;
        this.profiles = profiles;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (provisioning.exists(ADMIN_EMAIL)) {
            log.info("Demo data already present; leaving the database as it is");
            return;
        }
        var researchers = readLines(RESEARCHERS, DemoResearcher.class);
        var demoTopics = readLines(TOPICS, DemoTopic.class);
        var demoProjects = readLines(PROJECTS, DemoProject.class);
        SystemAuthentication.call(() -> transaction.execute(status -> {
            String hash = provisioning.hash(DEMO_PASSWORD);
            provisioning.createAdmin(ADMIN_EMAIL, hash, "Aliya Demo-Admin");
            OFFICE_INSTITUTIONS.forEach(code -> createOffice(code, hash));
            var accounts = new java.util.HashMap<String, AccountId>();
            researchers.forEach(r -> accounts.put(r.email(), createResearcher(r, hash)));
            demoTopics.forEach(t -> postTopic(t, accounts));
            var institutionOf = new java.util.HashMap<String, String>();
            researchers.forEach(r -> institutionOf.put(r.email(), r.institution()));
            projects.create(demoProjects, accounts, institutionOf);
            return researchers.size();
        }));
        log.info("Loaded demo data: {} researchers, {} collaboration topics, {} joint projects, {} research offices, "
                + "1 administrator (password {})", researchers.size(), demoTopics.size(), demoProjects.size(),
                OFFICE_INSTITUTIONS.size(), DEMO_PASSWORD);
    }

    private void createOffice(String code, String hash) {
        var institution = institution(code);
        String email = "office@" + code.substring(3).toLowerCase(java.util.Locale.ROOT) + ".example";
        String name = institution.nameNative() + (institution.country() == Country.KZ ? " · Ғылым бөлімі" : " · 科研处");
        provisioning.createOffice(email, hash, name, institution.country(), institution.id());
    }

    private void postTopic(DemoTopic t, java.util.Map<String, AccountId> accounts) {
        var author = accounts.get(t.author());
        if (author == null) {
            throw new IllegalStateException("Demo topic \"" + t.title() + "\" names unknown author " + t.author());
        }
        var field = ResearchField.fromCode(t.field()).orElseThrow(() -> new IllegalStateException(t.title() + ": unknown field " + t.field()));
        topics.postFor(author, new TopicForm(t.title(), t.description(), t.lang(), TopicKind.valueOf(t.kind()), field,
                t.keywords(), LocalDate.now(clock).plusDays(t.closesInDays())));
    }

    private AccountId createResearcher(DemoResearcher r, String hash) {
        var institution = institution(r.institution());
        var country = Country.valueOf(r.country());
        if (institution.country() != country) {
            throw new IllegalStateException(r.email() + ": institution " + r.institution() + " is not in " + country);
        }
        var account = provisioning.createResearcher(r.email(), hash, r.fullName(), country, institution.id(),
                UiLanguage.fromCode(r.lang()).orElse(null));
        var field = ResearchField.fromCode(r.field())
                .orElseThrow(() -> new IllegalStateException(r.email() + ": unknown field " + r.field()));
        var summaries = new java.util.ArrayList<SummaryVersion>();
        summaries.add(new SummaryVersion(r.lang(), r.summary()));
        if (r.summaryEn() != null && !"en".equals(r.lang())) {
            summaries.add(new SummaryVersion("en", r.summaryEn()));
        }
        profiles.describe(account, r.position(), java.util.List.of(field), summaries, DemoLanguages.of(r), r.keywords());
        return account;
    }

    private InstitutionSummary institution(String code) {
        return institutions.findByCode(code)
                .orElseThrow(() -> new IllegalStateException("Demo data names unknown institution " + code));
    }

    static List<DemoResearcher> readResearchers() {
        return readLines(RESEARCHERS, DemoResearcher.class);
    }

    /** One record per line of a JSON Lines file on the class path. */
    private static <T> List<T> readLines(String resource, Class<T> type) {
        var mapper = JsonMapper.builder().build();
        var result = new ArrayList<T>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    result.add(mapper.readValue(line, type));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return result;
    }
}
