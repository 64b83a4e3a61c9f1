package com.researchbridge.researcher.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.UiLanguage;
import com.researchbridge.researcher.publication.PublicationData;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.EndlessUpload;
import com.researchbridge.testsupport.ViewTest;
import com.researchbridge.researcher.publication.PublicationService;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

class PublicationsViewTest extends ViewTest {

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_CN)
    @SuppressWarnings("unchecked")
    void anUploadedFileIsPreviewedAndOnlyTheChosenEntriesAreImported() throws Exception {
        var view = navigateInLocale(UiLanguage.ZH.locale(), PublicationsView.class);
        view.showPreview("refs.bib", Files.readAllBytes(Path.of("src/test/resources/publications/mixed.bib")));
        assertThat(find(Paragraph.class).withTextContaining("新条目 1").exists()).isTrue();
        Grid<?> preview = find(Grid.class).id("publications-preview");
        assertThat(preview.getSelectedItems()).hasSize(1);
        test(find(Button.class).id("publications-import")).click();
        Grid<PublicationData> mine = find(Grid.class).id("publications");
        assertThat(test(mine).size()).isEqualTo(1);
        assertThat(test(mine).getRow(0).title()).startsWith("Stripe rust resistance");
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void aFileInTheWrongEncodingIsRefusedInTheUsersLanguage() throws Exception {
        var view = navigateInLocale(UiLanguage.KK.locale(), PublicationsView.class);
        view.showPreview("old.ris", Files.readAllBytes(Path.of("src/test/resources/publications/latin1.ris")));
        assertThat(find(Paragraph.class).withTextContaining("UTF-8").exists()).isTrue();
        assertThat(find(Grid.class).withId("publications-preview").exists()).isFalse();
    }

    @Test
    @WithUserDetails(DemoAccounts.RESEARCHER_KZ)
    void anEndlessUploadIsCutOffAtTheLimitAndRefusedInTheUsersLanguage() throws Exception {
        // Issue 9.3: the in-memory handler read a 300 MB upload to the end before the size check.
        var view = navigateInLocale(UiLanguage.KK.locale(), PublicationsView.class);
        int before = test(find(Grid.class).id("publications")).size();
        var stream = new EndlessUpload(PublicationService.MAX_FILE_BYTES + 64 * 1024, "@article{k, title = {T}}\n");
        var event = org.mockito.Mockito.mock(UploadEvent.class);
        org.mockito.Mockito.when(event.getFileName()).thenReturn("huge.bib");
        org.mockito.Mockito.when(event.getFileSize()).thenReturn(-1L);
        org.mockito.Mockito.when(event.getInputStream()).thenReturn(stream);
        view.uploadHandler().handleUploadRequest(event);
        assertThat(stream.bytesRead()).isLessThanOrEqualTo(PublicationService.MAX_FILE_BYTES + 8 * 1024);
        String kazakh = view.getTranslation(UiLanguage.KK.locale(), "publications.error.tooLarge", 2);
        assertThat(kazakh).isNotEqualTo(view.getTranslation(java.util.Locale.ENGLISH, "publications.error.tooLarge", 2));
        assertThat(find(Paragraph.class).withText(kazakh).exists()).isTrue();
        assertThat(find(Grid.class).withId("publications-preview").exists()).isFalse();
        assertThat(test(find(Grid.class).id("publications")).size()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(DemoAccounts.OFFICE_TSINGHUA)
    void aResearchOfficeIsRefused() {
        assertRefused("researcher/publications");
    }
}
