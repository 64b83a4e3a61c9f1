package com.researchbridge.matching.ui;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.ui.LocalizedFormats;
import com.researchbridge.matching.VocabularyAdminService;
import com.researchbridge.matching.VocabularyAdminService.ConceptView;
import com.researchbridge.matching.VocabularyAdminService.Status;
import com.researchbridge.researcher.ResearchField;
import com.researchbridge.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The administrator keeps the research vocabulary: finds concepts in any language, corrects labels, adds and
 * removes concepts, and downloads the vocabulary in use in the file format for review.
 */
@Route("admin/vocabulary")
@AccessExpectation(Who.ADMIN)
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 5, title = "nav.vocabulary", icon = "vaadin:book")
class VocabularyAdminView extends VerticalLayout implements HasDynamicTitle {

    private final VocabularyAdminService vocabulary;
    private final TextField search = new TextField();
    private final ComboBox<ResearchField> field = new ComboBox<>();
    private final Grid<ConceptView> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();

    VocabularyAdminView(VocabularyAdminService vocabulary) {
        this.vocabulary = vocabulary;
        addClassName("rb-page");
        setHeightFull();
        search.setId("vocabulary-search");
        search.setPlaceholder(getTranslation("vocabulary.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22em");
        search.addValueChangeListener(e -> refresh());
        field.setPlaceholder(getTranslation("vocabulary.anyField"));
        field.setItems(ResearchField.values());
        field.setItemLabelGenerator(f -> f.twoLevelLabel(this::getTranslation));
        field.setClearButtonVisible(true);
        field.setWidth("24em");
        field.addValueChangeListener(e -> refresh());
        var add = new Button(getTranslation("vocabulary.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("vocabulary-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] tsv = vocabulary.exportTsv().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(tsv), "vocabulary.tsv", "text/tab-separated-values", tsv.length);
        }), getTranslation("vocabulary.download"));
        download.setId("vocabulary-download");
        download.getElement().setAttribute("download", true);
        var tools = new HorizontalLayout(search, field, add, download);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.getStyle().set("flex-wrap", "wrap");
        configureGrid();
        summary.setId("vocabulary-summary");
        add(new H2(getTranslation("nav.vocabulary")), new Paragraph(getTranslation("vocabulary.intro")), summary, tools, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setEmptyStateText(getTranslation("grid.nothingYet"));
        grid.setId("vocabulary-grid");
        grid.addColumn(ConceptView::id).setHeader(getTranslation("vocabulary.id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.field() == null ? "—" : getTranslation(v.field().translationKey()))
                .setHeader(getTranslation("field.researchField")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ConceptView::en).setHeader(getTranslation("profile.language.en")).setResizable(true)
                .setTooltipGenerator(ConceptView::en);
        grid.addColumn(ConceptView::ru).setHeader(getTranslation("profile.language.ru")).setResizable(true)
                .setTooltipGenerator(ConceptView::ru);
        grid.addColumn(ConceptView::kk).setHeader(getTranslation("profile.language.kk")).setResizable(true)
                .setTooltipGenerator(ConceptView::kk);
        grid.addColumn(ConceptView::zh).setHeader(getTranslation("profile.language.zh")).setResizable(true)
                .setTooltipGenerator(ConceptView::zh);
        grid.addComponentColumn(v -> {
            var badge = new Span(getTranslation(v.status().translationKey()));
            badge.getElement().getThemeList().add(switch (v.status()) {
                case FILES -> "badge contrast";
                case CHANGED -> "badge";
                case ADDED -> "badge success";
                case REMOVED -> "badge error";
            });
            return badge;
        }).setHeader(getTranslation("vocabulary.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> vocabulary.find(search.getValue(), field.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> vocabulary.count(search.getValue(), field.getValue()));
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setSizeFull();
    }

    private void edit(ConceptView concept) {
        new ConceptDialog(vocabulary, concept, this::refresh).open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        var counts = vocabulary.countsByStatus();
        long total = counts.values().stream().mapToLong(Long::longValue).sum() - counts.getOrDefault(Status.REMOVED, 0L);
        summary.setText(getTranslation("vocabulary.summary", LocalizedFormats.number(total, getLocale()),
                LocalizedFormats.number(counts.getOrDefault(Status.CHANGED, 0L), getLocale()),
                LocalizedFormats.number(counts.getOrDefault(Status.ADDED, 0L), getLocale()),
                LocalizedFormats.number(counts.getOrDefault(Status.REMOVED, 0L), getLocale())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.vocabulary") + " · " + getTranslation("app.name");
    }
}
