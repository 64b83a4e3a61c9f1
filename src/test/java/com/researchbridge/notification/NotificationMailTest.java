package com.researchbridge.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.researchbridge.base.AccountId;
import com.researchbridge.project.ProjectAction;
import com.researchbridge.project.ProjectForm;
import com.researchbridge.project.ProjectService;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ProjectPeople;
import com.researchbridge.testsupport.RunAs;
import com.researchbridge.testsupport.TestThreadState;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The e-mail the workflow sends, received over real SMTP by GreenMail: who gets which message, in which
 * language, with the reason and the link.
 */
@SpringBootTest
@ExtendWith(TestThreadState.class)
@ActiveProfiles({"test", "demo"})
class NotificationMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("researchbridge.public-url", () -> "https://researchbridge.example");
    }

    @Autowired
    ProjectService projects;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    /**
     * Starts from an empty mailbox once the mail server has been quiet for a moment: the demo data, loaded when
     * the application starts, takes its projects through the workflow and so sends notices of its own.
     */
    @BeforeEach
    void emptyMailbox() throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        do {
            SMTP.purgeEmailFromAllMailboxes();
        } while (SMTP.waitForIncomingEmail(2_000, 1) && System.currentTimeMillis() < deadline);
    }

    private List<MimeMessage> await(int count) {
        assertThat(SMTP.waitForIncomingEmail(15_000, count)).as("%d messages arrived", count).isTrue();
        return Arrays.asList(SMTP.getReceivedMessages());
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage messageTo(List<MimeMessage> messages, String email) {
        return messages.stream().filter(m -> to(m).equals(email)).findFirst()
                .orElseThrow(() -> new AssertionError("no message to " + email));
    }

    private static String subject(MimeMessage m) throws Exception {
        return m.getSubject();
    }

    @Test
    void theWorkflowWritesToThePeopleEachStepConcernsInTheirOwnLanguage() throws Exception {
        String kz = DemoAccounts.RESEARCHER_KZ; // remembers Kazakh
        String cn = ProjectPeople.freeResearcherOf(jdbc, "CN-TSINGHUA");
        jdbc.update("update user_account set ui_language = 'zh' where email = ?", cn); // the partner chose Chinese
        var id = new AtomicLong();
        RunAs.user(users, kz, () -> id.set(projects.propose(new AccountId(ProjectPeople.accountOf(jdbc, cn)),
                new ProjectForm("Hardy inequalities / 哈代不等式", "A joint seminar and two papers."))));

        var proposal = messageTo(await(1), cn);
        assertThat(subject(proposal)).isEqualTo("ResearchBridge · Hardy inequalities / 哈代不等式");
        assertThat(proposal.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(GreenMailUtil.getBody(proposal)).isNotBlank();
        String text = (String) proposal.getContent();
        assertThat(text).startsWith(jdbc.queryForObject("select full_name from user_account where email = ?", String.class, cn) + "，您好")
                .contains("向您提议合作项目", "https://researchbridge.example/project/" + id.get());
        assertThat(proposal.getFrom()[0].toString()).contains("no-reply@researchbridge.example");

        SMTP.purgeEmailFromAllMailboxes();
        RunAs.user(users, cn, () -> projects.take(id.get(), ProjectAction.ACCEPT, null));
        RunAs.user(users, cn, () -> projects.take(id.get(), ProjectAction.SUBMIT, null));
        // accept → the proposer; submit → the proposer and both offices
        var afterSubmit = await(4);
        assertThat(afterSubmit).extracting(NotificationMailTest::to)
                .containsExactlyInAnyOrder(kz, kz, DemoAccounts.OFFICE_KAZNU, DemoAccounts.OFFICE_TSINGHUA);
        assertThat((String) messageTo(afterSubmit, DemoAccounts.OFFICE_KAZNU).getContent())
                .as("an office without a chosen language is written to in its country's usual language")
                .contains("на одобрение в оба научных отдела");
        assertThat((String) messageTo(afterSubmit, DemoAccounts.OFFICE_TSINGHUA).getContent()).contains("提交双方科研处审批");
        assertThat(afterSubmit.stream().filter(m -> to(m).equals(kz)).map(m -> {
            try {
                return (String) m.getContent();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).anyMatch(t -> t.contains("ұсынысыңызды қабылдады"));

        SMTP.purgeEmailFromAllMailboxes();
        RunAs.user(users, DemoAccounts.OFFICE_TSINGHUA, () -> projects.take(id.get(), ProjectAction.REJECT, "经费不足 / no budget this year"));
        // reject → both researchers and the other office, not the office that rejected
        var afterReject = await(3);
        assertThat(afterReject).extracting(NotificationMailTest::to).containsExactlyInAnyOrder(kz, cn, DemoAccounts.OFFICE_KAZNU);
        assertThat((String) messageTo(afterReject, kz).getContent()).contains("经费不足 / no budget this year", "қабылданбады");
    }

    @Autowired
    com.researchbridge.security.InvitationService invitations;
    @Autowired
    com.researchbridge.security.InvitationAcceptance acceptance;

    @Test
    void anInvitedResearcherGetsTheLinkByMailInTheirLanguageAndItWorks() throws Exception {
        RunAs.user(users, DemoAccounts.OFFICE_KAZNU, () -> invitations.invite(new com.researchbridge.security.Invitee(
                "dana.invited@kaznu.kz", "Дана Шақырылған", com.researchbridge.base.UiLanguage.KK)));
        var mail = messageTo(await(1), "dana.invited@kaznu.kz");
        String text = (String) mail.getContent();
        assertThat(mail.getSubject()).contains("сізді шақырады");
        assertThat(text).startsWith("Сәлеметсіз бе, Дана Шақырылған!").contains("құпиясөз орнатыңыз");
        var link = java.util.regex.Pattern.compile("https://researchbridge\\.example/invitation/(\\S+)").matcher(text);
        assertThat(link.find()).isTrue();
        com.researchbridge.testsupport.Anonymous.run(() -> {
            assertThat(acceptance.check(link.group(1)).email()).isEqualTo("dana.invited@kaznu.kz");
            acceptance.accept(link.group(1), "Steppe-tulips-2026!");
        });
        assertThat(jdbc.queryForObject("select enabled from user_account where email = 'dana.invited@kaznu.kz'", Boolean.class))
                .isTrue();
    }

    @Autowired
    com.researchbridge.security.AccountService accountService;
    @Autowired
    com.researchbridge.institution.InstitutionService institutions;

    @Test
    void registeringWithAKnownAddressTellsItsOwnerAndANewAddressIsWelcomed() throws Exception {
        String owner = DemoAccounts.RESEARCHER_CN;
        var amss = institutions.findByCode("CN-TSINGHUA").orElseThrow().id();
        com.researchbridge.testsupport.Anonymous.run(() -> {
            accountService.register(new com.researchbridge.security.NewResearcher("Mallory", owner,
                    "Great-wall-sunrise-2026", com.researchbridge.base.Country.CN, amss));
            accountService.register(new com.researchbridge.security.NewResearcher("陈新", "chen.xin.new@tsinghua.edu.cn",
                    "Great-wall-sunrise-2026", com.researchbridge.base.Country.CN, amss));
        });
        var messages = await(2);

        var warning = messageTo(messages, owner);
        assertThat(warning.getSubject()).isEqualTo("ResearchBridge · 有人尝试用您的邮箱注册");
        String text = (String) warning.getContent();
        assertThat(text).startsWith(jdbc.queryForObject("select full_name from user_account where email = ?", String.class, owner))
                .contains("如果是您本人，请直接登录", "https://researchbridge.example/login",
                        "https://researchbridge.example/forgot-password", "如果不是您本人").doesNotContain("Mallory");
        var welcome = messageTo(messages, "chen.xin.new@tsinghua.edu.cn");
        assertThat(welcome.getSubject()).isEqualTo("ResearchBridge · 欢迎");
        assertThat((String) welcome.getContent()).startsWith("陈新，您好").contains("https://researchbridge.example/login");
    }

    @Autowired
    com.researchbridge.security.PasswordResetService resets;
    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    @Test
    void aForgottenPasswordLinkArrivesByMailAndSetsTheNewPassword() throws Exception {
        String email = DemoAccounts.OFFICE_TSINGHUA;
        com.researchbridge.testsupport.Anonymous.run(() -> resets.requestLink(email));
        var mail = messageTo(await(1), email);
        String text = (String) mail.getContent();
        assertThat(mail.getSubject()).isEqualTo("ResearchBridge · 设置新密码");
        var link = java.util.regex.Pattern.compile("https://researchbridge\\.example/password-reset/(\\S+)").matcher(text);
        assertThat(link.find()).isTrue();
        com.researchbridge.testsupport.Anonymous.run(() -> resets.setPassword(link.group(1), "Yellow-river-bridge-2026"));
        String hash = jdbc.queryForObject("select password_hash from user_account where email = ?", String.class, email);
        assertThat(encoder.matches("Yellow-river-bridge-2026", hash)).isTrue();
    }

    @Autowired
    com.researchbridge.researcher.topic.TopicService topics;

    @Test
    void theAuthorOfATopicHearsOnceOfEachInterestedResearcher() throws Exception {
        var id = new AtomicLong();
        RunAs.user(users, DemoAccounts.RESEARCHER_KZ, () -> id.set(topics.post(new com.researchbridge.researcher.topic.TopicForm(
                "Харди теңсіздіктері бойынша жазғы мектеп", "Қытайлық әріптестермен бірге жазғы мектеп өткізгіміз келеді.", "kk",
                com.researchbridge.researcher.topic.TopicKind.JOINT_RESEARCH, com.researchbridge.researcher.ResearchField.MATHEMATICS,
                List.of("Харди теңсіздіктері"), java.time.LocalDate.now().plusMonths(2)))));
        RunAs.user(users, DemoAccounts.RESEARCHER_CN, () -> {
            topics.expressInterest(id.get());
            topics.expressInterest(id.get());
        });
        var mail = messageTo(await(1), DemoAccounts.RESEARCHER_KZ);
        String text = (String) mail.getContent();
        assertThat(text).contains("қызығушылық танытты", "https://researchbridge.example/topic/" + id.get(),
                "https://researchbridge.example/researchers/" + ProjectPeople.accountOf(jdbc, DemoAccounts.RESEARCHER_CN));
        assertThat(SMTP.waitForIncomingEmail(3_000, 2)).as("saying it twice mails once").isFalse();
    }
}
