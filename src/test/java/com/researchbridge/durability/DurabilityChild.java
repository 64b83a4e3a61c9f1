package com.researchbridge.durability;

import com.researchbridge.ResearchBridgeApplication;
import com.researchbridge.base.AccountId;
import com.researchbridge.onboarding.ImportMode;
import com.researchbridge.onboarding.OnboardingService;
import com.researchbridge.onboarding.Progress;
import com.researchbridge.project.ProjectForm;
import com.researchbridge.project.ProjectService;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.security.ActingAs;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ProfileEdits;
import com.researchbridge.testsupport.ProjectPeople;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The application in a JVM of its own, for {@link KillAfterSaveTest}: starts on the H2 file database in the
 * given folder (demo data on the first start), makes one save through the real services as the right user,
 * prints {@code ACK ...} once the service call has returned, and then waits to be killed.
 * Arguments: data folder, {@code profile | project | import | start}, a marker text.
 */
public final class DurabilityChild {

    static final String READY = "READY";
    static final String ACK = "ACK";

    private DurabilityChild() {
    }

    public static void main(String[] args) throws Exception {
        String dataDir = args[0];
        String action = args[1];
        String marker = args[2];
        var app = new SpringApplicationBuilder(ResearchBridgeApplication.class).profiles("demo")
                .run("--researchbridge.data-dir=" + dataDir, "--server.port=0", "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN", "--logging.level.com.researchbridge=WARN",
                        "--vaadin.devmode.devTools.enabled=false");
        var users = app.getBean(UserDetailsService.class);
        var jdbc = app.getBean(JdbcTemplate.class);
        System.out.println(READY);
        System.out.flush();
        String detail = switch (action) {
            case "profile" -> ActingAs.call(users, DemoAccounts.RESEARCHER_KZ, () -> {
                ProfileEdits.edit(app.getBean(ResearcherProfileService.class), ProfileEdits.summary(marker, "en"));
                return DemoAccounts.RESEARCHER_KZ;
            });
            case "project" -> {
                String kz = ProjectPeople.freeResearcherOf(jdbc, "KZ-SATBAYEV");
                String cn = ProjectPeople.freeResearcherOf(jdbc, "CN-NWPU");
                long partner = ProjectPeople.accountOf(jdbc, cn);
                long id = ActingAs.call(users, kz, () -> app.getBean(ProjectService.class)
                        .propose(new AccountId(partner), new ProjectForm(marker, "Saved just before the power went out.")));
                yield String.valueOf(id);
            }
            case "import" -> {
                String email = marker.toLowerCase().replaceAll("[^a-z0-9]", "") + "@kaznu.example";
                byte[] csv = ("email,full_name\n" + email + "," + marker + "\n").getBytes(StandardCharsets.UTF_8);
                ActingAs.call(users, DemoAccounts.OFFICE_KAZNU, () -> app.getBean(OnboardingService.class)
                        .importRoster(csv, ImportMode.ALL_OR_NOTHING, Progress.NONE));
                yield email;
            }
            case "start" -> "started";
            default -> throw new IllegalArgumentException(action);
        };
        System.out.println(ACK + " " + action + " " + detail);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
