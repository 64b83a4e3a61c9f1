package com.researchbridge.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.UiLanguage;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.ViewTest;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

class LandingViewTest extends ViewTest {

    @Test
    @WithAnonymousUser
    void visitorsSeeTheLandingPageWithLogInAndRegistration() {
        assertThat(getCurrentView()).isInstanceOf(LandingView.class);
        assertThat(find(Button.class).withText("Register as a researcher").exists()).isTrue();
        assertThat(find(Button.class).withText("Log in").exists()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void theLandingPageSpeaksKazakh() {
        navigateInLocale(UiLanguage.KK.locale(), LandingView.class);
        assertThat(viewText()).contains("Қазақстан");
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void signedInUsersAreSentToTheirHomePage() {
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(LandingView.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("AdminDashboardView");
    }
}
