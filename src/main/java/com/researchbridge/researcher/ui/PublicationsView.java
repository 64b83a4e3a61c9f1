package com.researchbridge.researcher.ui;

import com.researchbridge.base.ui.LimitedUpload;
import com.researchbridge.base.ui.LocalizedFormats;
import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.researcher.publication.ImportPreview;
import com.researchbridge.researcher.publication.ImportRejected;
import com.researchbridge.researcher.publication.PublicationData;
import com.researchbridge.researcher.publication.PublicationService;
import com.researchbridge.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The researcher's publications and their import: upload a BibTeX, RIS or ORCID file, see every entry with
 * its status (new, duplicate, broken and why), choose, import. Nothing is stored before the choice.
 */
@Route("researcher/publications")
@AccessExpectation(Who.RESEARCHER)
@RolesAllowed(AppRoles.RESEARCHER)
@Menu(order = 3, title = "nav.publications", icon = "vaadin:book")
class PublicationsView extends VerticalLayout implements HasDynamicTitle {

    private final PublicationService publications;
    private final Grid<PublicationData> existing = new Grid<>();
    private final H3 mineHeading = new H3();
    private final VerticalLayout previewArea = new VerticalLayout();
    private final LimitedUpload uploadHandler = new LimitedUpload(PublicationService.MAX_FILE_BYTES, new LimitedUpload.Receiver() {
        @Override
        public void received(String fileName, byte[] content) {
            getUI().ifPresent(ui -> ui.accessSynchronously(() -> showPreview(fileName, content)));
        }

        @Override
        public String tooLarge(String fileName) {
            String message = getTranslation("publications.error.tooLarge", PublicationService.MAX_FILE_BYTES / (1024 * 1024));
            getUI().ifPresent(ui -> ui.accessSynchronously(() -> {
                previewArea.removeAll();
                previewArea.add(error(message));
            }));
            return message;
        }
    });

    PublicationsView(PublicationService publications) {
        this.publications = publications;
        addClassName("rb-page");
        var upload = new Upload(uploadHandler);
        upload.setId("publications-upload");
        upload.setAcceptedFileTypes(".bib", ".bibtex", ".ris", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PublicationService.MAX_FILE_BYTES);
        upload.setI18n(uploadTexts());
        previewArea.setPadding(false);
        existing.setEmptyStateText(getTranslation("publications.nothingYet"));
        existing.setId("publications");
        existing.addColumn(PublicationData::title).setHeader(getTranslation("publications.title")).setFlexGrow(4);
        existing.addColumn(PublicationData::year).setHeader(getTranslation("publications.year")).setAutoWidth(true);
        existing.addColumn(PublicationData::venue).setHeader(getTranslation("publications.venue")).setFlexGrow(2);
        existing.addColumn(PublicationData::doi).setHeader(getTranslation("publications.doi")).setAutoWidth(true);
        // Lazy and paged in the database: a researcher may have thousands of publications (issue 9).
        existing.setItems(query -> publications.mine(query.getPage(), query.getPageSize()).stream(),
                query -> (int) publications.countMine());
        mineHeading.setId("publications-mine");
        var byHand = new ManualPublicationForm(publications, this::refresh);
        add(new H2(getTranslation("nav.publications")), new Paragraph(getTranslation("publications.intro")), upload,
                previewArea, byHand, mineHeading, existing);
        refresh();
    }

    /** Receives uploads, stopping at the size limit; package-private for the view test. */
    LimitedUpload uploadHandler() {
        return uploadHandler;
    }

    /** Shows what the file would add; called when an upload has arrived. */
    void showPreview(String fileName, byte[] data) {
        previewArea.removeAll();
        ImportPreview preview;
        try {
            preview = publications.preview(fileName, data);
        } catch (ImportRejected rejected) {
            previewArea.add(error(getTranslation(rejected.messageKey(), PublicationService.MAX_FILE_BYTES / (1024 * 1024))));
            return;
        }
        var grid = new Grid<ImportPreview.Row>();
        grid.setId("publications-preview");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(ImportPreview.Row::number).setHeader("#").setAutoWidth(true);
        grid.addColumn(r -> getTranslation("publications.status." + r.status().name())).setHeader(getTranslation("publications.status")).setAutoWidth(true);
        grid.addColumn(r -> r.publication() == null ? getTranslation(r.problemKey()) : r.publication().title())
                .setHeader(getTranslation("publications.title")).setFlexGrow(4);
        grid.addColumn(r -> r.publication() == null ? null : r.publication().year()).setHeader(getTranslation("publications.year")).setAutoWidth(true);
        grid.setItems(preview.rows());
        grid.setAllRowsVisible(true);
        preview.rows().stream().filter(r -> r.status() == ImportPreview.Status.NEW).forEach(grid::select);
        var importButton = new Button(getTranslation("publications.import"), e -> {
            var chosen = grid.getSelectedItems().stream().filter(r -> r.publication() != null
                    && r.status() != ImportPreview.Status.BROKEN).map(ImportPreview.Row::publication).toList();
            int stored = publications.importChosen(preview.format(), chosen);
            Notification.show(getTranslation("publications.imported", stored)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            previewArea.removeAll();
            refresh();
        });
        importButton.setId("publications-import");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        previewArea.add(new Paragraph(getTranslation("publications.preview", preview.count(ImportPreview.Status.NEW),
                preview.count(ImportPreview.Status.DUPLICATE), preview.count(ImportPreview.Status.BROKEN))), grid, importButton);
    }

    private void refresh() {
        existing.getDataProvider().refreshAll();
        mineHeading.setText(getTranslation("publications.mineCount", LocalizedFormats.number(publications.countMine(), getLocale())));
    }

    private static Paragraph error(String text) {
        var p = new Paragraph(text);
        p.addClassName("rb-error-text");
        return p;
    }

    private UploadI18N uploadTexts() {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("publications.upload.button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("publications.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("publications.error.tooLarge", 2))
                .setIncorrectFileType(getTranslation("publications.error.format")).setTooManyFiles(getTranslation("publications.error.format")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("…").setProcessing("…").setHeld("…").setStalled("…"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("publications.error.upload"))
                        .setUnexpectedServerError(getTranslation("publications.error.upload")).setForbidden(getTranslation("publications.error.upload"))));
        i18n.setUnits(new UploadI18N.Units(java.util.List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        i18n.setFile(new UploadI18N.File().setRetry(getTranslation("publications.upload.retry"))
                .setStart(getTranslation("publications.upload.button")).setRemove(getTranslation("publications.upload.remove")));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.publications") + " · " + getTranslation("app.name");
    }
}
