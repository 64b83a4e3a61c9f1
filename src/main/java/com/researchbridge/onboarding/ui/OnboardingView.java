package com.researchbridge.onboarding.ui;

import com.researchbridge.base.ui.LimitedUpload;
import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.ui.LocalizedFormats;
import com.researchbridge.onboarding.ImportMode;
import com.researchbridge.onboarding.ImportResult;
import com.researchbridge.onboarding.OnboardingService;
import com.researchbridge.onboarding.RosterRejected;
import com.researchbridge.onboarding.ValidationReport;
import com.researchbridge.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletableFuture;

/**
 * A research office imports researchers from CSV: template, upload, a check of every row, the choice of
 * all-or-nothing or the valid rows, and the invitation links of the new accounts.
 */
@Route("office/onboarding")
@AccessExpectation(Who.RESEARCH_OFFICE)
@RolesAllowed(AppRoles.RESEARCH_OFFICE)
@Menu(order = 2, title = "onboarding.nav", icon = "vaadin:upload")
class OnboardingView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_MB = 5;

    private final OnboardingService onboarding;
    private final String linkBase = InvitationLinks.base();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span progressText = new Span();
    private final Paragraph fileName = new Paragraph();
    private final Upload upload;
    private final Paragraph fileError = new Paragraph();
    private final RosterReportGrid report = new RosterReportGrid();
    private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    private final Button importButton = new Button();
    private final VerticalLayout result = new VerticalLayout();
    private byte[] file;
    private ValidationReport lastReport;
    private CompletableFuture<Void> job = CompletableFuture.completedFuture(null);
    private final LimitedUpload uploadHandler = new LimitedUpload(MAX_MB * 1024 * 1024, new LimitedUpload.Receiver() {
        @Override
        public void received(String name, byte[] content) {
            getUI().ifPresent(ui -> ui.accessSynchronously(() -> {
                upload.clearFileList();
                check(content);
                fileName.setText(getTranslation("onboarding.file", name));
                fileName.setVisible(true);
            }));
        }

        @Override
        public String tooLarge(String name) {
            String message = getTranslation("onboarding.error.tooLarge", MAX_MB);
            getUI().ifPresent(ui -> ui.accessSynchronously(() -> {
                clear();
                fileError.setText(message);
                fileError.setVisible(true);
            }));
            return message;
        }
    });

    OnboardingView(OnboardingService onboarding) {
        this.onboarding = onboarding;
        addClassName("rb-page");
        byte[] template = onboarding.template();
        var templateLink = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(template), "researchbridge-researchers.csv", "text/csv", template.length)),
                getTranslation("onboarding.template"));
        templateLink.getElement().setAttribute("download", true);
        templateLink.setId("onboarding-template");

        upload = new Upload();
        // The list is emptied once a file has arrived, so that a corrected file can be chosen straight away.
        upload.setUploadHandler(uploadHandler);
        upload.setId("onboarding-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_MB * 1024 * 1024);
        upload.setI18n(UploadTexts.of(this, MAX_MB));

        progress.setWidth("24em");
        progressText.setId("onboarding-progress");
        fileName.setId("onboarding-file");
        fileError.setId("onboarding-error");
        fileError.addClassName("rb-error-text");
        mode.setId("onboarding-mode");
        mode.setLabel(getTranslation("onboarding.mode.label"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(m -> getTranslation(m.translationKey()));
        mode.setValue(ImportMode.ALL_OR_NOTHING);
        mode.addValueChangeListener(e -> updateImportButton());
        importButton.setText(getTranslation("onboarding.import"));
        importButton.setId("onboarding-import");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> startImport());
        result.setPadding(false);

        add(new H2(getTranslation("onboarding.title")), new Paragraph(getTranslation("onboarding.intro")),
                new Paragraph(getTranslation("onboarding.columns", LocalizedFormats.number(5000, getLocale()), MAX_MB)),
                templateLink, upload, fileName, progress, progressText, fileError, report, mode, importButton, result);
        clear();
    }

    /** Reads and checks an uploaded file in the background; package-private for the view test. */
    void check(byte[] data) {
        clear();
        file = data;
        showProgress("onboarding.checking", 0, 0);
        upload.setEnabled(false);
        job = BackgroundJob.start(getUI().orElseThrow(), p -> onboarding.validate(data, p),
                (done, total) -> showProgress("onboarding.checking", done, total), this::showReport, this::showFailure);
    }

    private void startImport() {
        importButton.setEnabled(false);
        mode.setReadOnly(true);
        showProgress("onboarding.importing", 0, (int) lastReport.validRows());
        upload.setEnabled(false);
        job = BackgroundJob.start(getUI().orElseThrow(), p -> onboarding.importRoster(file, mode.getValue(), p),
                (done, total) -> showProgress("onboarding.importing", done, total), this::showResult, this::showFailure);
    }

    /** Receives uploads, stopping at the size limit; package-private for the view test. */
    LimitedUpload uploadHandler() {
        return uploadHandler;
    }

    CompletableFuture<Void> job() {
        return job;
    }

    private void showReport(ValidationReport checked) {
        hideProgress();
        lastReport = checked;
        report.show(checked);
        if (!checked.fileProblems().isEmpty()) {
            fileError.setText(report.text(checked.fileProblems().getFirst()));
            fileError.setVisible(true);
        }
        mode.setVisible(checked.fileProblems().isEmpty() && checked.validRows() > 0);
        mode.setReadOnly(false);
        updateImportButton();
    }

    private void showResult(ImportResult imported) {
        hideProgress();
        file = null;
        importButton.setVisible(false);
        mode.setVisible(false);
        report.setVisible(false);
        result.add(new ImportResultPanel(imported, linkBase));
    }

    private void showFailure(RuntimeException failure) {
        hideProgress();
        if (failure instanceof RosterRejected rejected) {
            fileError.setText(report.text(rejected.problem()));
            if (rejected.report() != null) {
                showReport(rejected.report());
            }
        } else {
            fileError.setText(getTranslation("onboarding.error.unexpected"));
            org.slf4j.LoggerFactory.getLogger(OnboardingView.class).error("Onboarding job failed", failure);
        }
        fileError.setVisible(true);
    }

    private void updateImportButton() {
        boolean importable = lastReport != null && file != null && lastReport.importable(mode.getValue());
        importButton.setVisible(mode.isVisible());
        importButton.setEnabled(importable);
    }

    private void showProgress(String key, int done, int total) {
        progress.setVisible(true);
        progressText.setVisible(true);
        progress.setIndeterminate(total == 0);
        progress.setValue(total == 0 ? 0 : (double) done / total);
        progressText.setText(getTranslation(key, LocalizedFormats.number(done, getLocale()),
                LocalizedFormats.number(total, getLocale())));
    }

    private void hideProgress() {
        upload.setEnabled(true);
        progress.setVisible(false);
        progressText.setVisible(false);
    }

    private void clear() {
        file = null;
        fileName.setVisible(false);
        lastReport = null;
        hideProgress();
        fileError.setVisible(false);
        report.setVisible(false);
        mode.setVisible(false);
        importButton.setVisible(false);
        result.removeAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onboarding.nav") + " · " + getTranslation("app.name");
    }
}
