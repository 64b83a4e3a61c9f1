package com.researchbridge.onboarding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.UiLanguage;
import com.researchbridge.security.InvitationService;
import com.researchbridge.security.Invitee;
import com.researchbridge.security.IssuedInvitation;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.RunAs;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

class InvitationViewTest extends ViewTest {

    @Autowired
    InvitationService invitations;
    @Autowired
    UserDetailsService users;

    private IssuedInvitation invite() {
        var issued = new AtomicReference<IssuedInvitation>();
        String email = "accept." + UUID.randomUUID().toString().substring(0, 8) + "@kaznu.example.org";
        RunAs.user(users, DemoAccounts.OFFICE_KAZNU, () -> issued.set(invitations.invite(new Invitee(email, "Мәди Жұмабаев", UiLanguage.KK))));
        return issued.get();
    }

    @Test
    @WithAnonymousUser
    void theInvitedResearcherChoosesAPasswordAfterAWeakOne() {
        var issued = invite();
        navigateInLocale(UiLanguage.KK.locale(), InvitationView.class, issued.token());
        assertThat(find(Paragraph.class).id("invitation-message").getText()).startsWith("Мәди Жұмабаев, ұйымыңыздың");

        test(find(PasswordField.class).id("invitation-password")).setValue("qwerty123");
        test(find(Button.class).id("invitation-button")).click();
        assertThat(find(PasswordField.class).id("invitation-password").isInvalid()).isTrue();

        test(find(PasswordField.class).id("invitation-password")).setValue("Steppe-Orchard-Lantern-42");
        test(find(Button.class).id("invitation-button")).click();
        assertThat(find(Paragraph.class).id("invitation-message").getText()).startsWith("Есептік жазбаңыз белсенді");
        assertThat(users.loadUserByUsername(issued.email()).isEnabled()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void anUnknownLinkGetsAClearMessageInChinese() {
        navigateInLocale(UiLanguage.ZH.locale(), InvitationView.class, "not-a-real-token");
        assertThat(find(Paragraph.class).id("invitation-message").getText()).isEqualTo("此邀请链接无效。请向科研管理部门索取新链接。");
        assertThat(find(PasswordField.class).withId("invitation-password").exists()).isFalse();
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    void aSignedInUserIsAskedToLogOutFirst() {
        var issued = invite();
        navigate(InvitationView.class, issued.token());
        assertThat(find(Paragraph.class).id("invitation-message").getText()).isEqualTo("您已登录。请先退出，再接受邀请。");
    }
}
