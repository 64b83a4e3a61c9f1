package com.researchbridge.researcher.ui;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.researcher.MyDataService;
import com.researchbridge.researcher.NameTransliteration;
import com.researchbridge.researcher.ProfileCompleteness;
import com.researchbridge.researcher.ProfileForm;
import com.researchbridge.researcher.ProfileRejected;
import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.ProfileTextSupport;
import com.researchbridge.researcher.ProfileVisibility;
import com.researchbridge.researcher.ResearchField;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.security.AppRoles;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The researcher edits their own profile: what they work on, in their language, and who may see it. */
@Route("researcher/profile")
@AccessExpectation(Who.RESEARCHER)
@RolesAllowed(AppRoles.RESEARCHER)
@Menu(order = 2, title = "nav.profile", icon = "vaadin:user-card")
class ProfileEditorView extends VerticalLayout implements HasDynamicTitle {

    private final ResearcherProfileService profiles;
    private final ProfileTextSupport textSupport;
    private final TextField fullNameLatin = new TextField();
    private final PositionField position = new PositionField();
    private final ComboBox<ResearchField> field = new ComboBox<>();
    private final MultiSelectComboBox<ResearchField> otherFields = new MultiSelectComboBox<>();
    private final SummaryVersionsField summaries;
    private final SpokenLanguagesField spokenLanguages = new SpokenLanguagesField();
    private final KeywordField keywords;
    private final TextField orcid = new TextField();
    private final TextField homepage = new TextField();
    private final RadioButtonGroup<ProfileVisibility> visibility = new RadioButtonGroup<>();
    private final Checkbox open = new Checkbox();
    private final Checkbox consent = new Checkbox();
    private final ProgressBar completeness = new ProgressBar(0, 100);
    private final Paragraph missing = new Paragraph();
    private final OtherSidePreview otherSide;

    ProfileEditorView(ResearcherProfileService profiles, ProfileTextSupport textSupport, MyDataService myData,
                      AuthenticationContext authentication, com.researchbridge.base.KeyTopicReader keyTopics) {
        this.profiles = profiles;
        this.otherSide = new OtherSidePreview(keyTopics);
        otherSide.setId("profile-other-side");
        this.textSupport = textSupport;
        this.summaries = new SummaryVersionsField(textSupport);
        this.keywords = new KeywordField(textSupport, summaries::mainLanguage);
        addClassName("rb-page");
        var profile = profiles.myProfile().orElseThrow();
        configure(profile);
        read(profile);
        var save = new Button(getTranslation("action.save"), e -> save());
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(fullNameLatin, position, field, otherFields, summaries, keywords, spokenLanguages,
                orcid, homepage, visibility, open, consent);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("46em", 2));
        form.setColspan(summaries, 2);
        form.setColspan(keywords, 2);
        form.setColspan(spokenLanguages, 2);
        form.setColspan(visibility, 2);
        add(new H2(getTranslation("profile.title", profile.fullName())), completeness, missing, otherSide, form, save,
                new MyDataSection(myData, authentication));
        showCompleteness(profile);
    }

    private void configure(ProfileSummary profile) {
        fullNameLatin.setLabel(getTranslation("profile.fullNameLatin"));
        fullNameLatin.setHelperText(getTranslation("profile.fullNameLatin.help"));
        fullNameLatin.setPlaceholder(NameTransliteration.toLatin(profile.fullName()));
        position.setLabel(getTranslation("profile.position"));
        field.setLabel(getTranslation("profile.mainField"));
        field.setItems(ResearchField.values());
        field.setItemLabelGenerator(this::fieldLabel);
        field.setHelperText(getTranslation("profile.mainField.help"));
        otherFields.setLabel(getTranslation("profile.otherFields"));
        otherFields.setItems(ResearchField.values());
        otherFields.setItemLabelGenerator(this::fieldLabel);
        otherFields.setHelperText(getTranslation("profile.otherFields.help"));
        summaries.setLabel(getTranslation("profile.summary"));
        summaries.setHelperText(getTranslation("profile.summaryLanguage.help"));
        spokenLanguages.setId("spoken-languages");
        spokenLanguages.setLabel(getTranslation("profile.spokenLanguages"));
        spokenLanguages.setHelperText(getTranslation("profile.spokenLanguages.help"));
        keywords.setLabel(getTranslation("field.keywords"));
        keywords.setHelperText(getTranslation("profile.keywords.help"));
        orcid.setLabel(getTranslation("profile.orcid"));
        orcid.setPlaceholder("0000-0002-1825-0097");
        homepage.setLabel(getTranslation("profile.homepage"));
        homepage.setPlaceholder(getTranslation("profile.homepage.placeholder"));
        visibility.setLabel(getTranslation("profile.visibility"));
        visibility.setItems(ProfileVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation(v.translationKey()));
        open.setLabel(getTranslation("profile.open"));
        consent.setLabel(getTranslation("profile.consent"));
        completeness.setWidth("20em");
    }

    private void read(ProfileSummary p) {
        fullNameLatin.setValue(orEmpty(p.fullNameLatin()));
        position.setValue(orEmpty(p.positionTitle()));
        field.setValue(p.field());
        otherFields.setValue(new java.util.LinkedHashSet<>(p.fields().stream().skip(1).toList()));
        summaries.setValue(p.summaries());
        spokenLanguages.setValue(p.spokenLanguages());
        keywords.setValue(p.keywords());
        orcid.setValue(orEmpty(p.orcid()));
        homepage.setValue(orEmpty(p.homepage()));
        visibility.setValue(p.visibility());
        open.setValue(p.openToCollaboration());
        consent.setValue(p.matchingConsent());
    }

    private void save() {
        List.<HasValidation>of(fullNameLatin, position, field, otherFields, summaries, spokenLanguages, keywords, orcid,
                homepage, visibility).forEach(f -> f.setInvalid(false));
        var form = new ProfileForm(fullNameLatin.getValue(), position.getValue(), chosenFields(), summaries.getValue(),
                spokenLanguages.getValue(), keywords.getValueAsList(), orcid.getValue(), homepage.getValue(),
                visibility.getValue(), open.getValue(), consent.getValue());
        try {
            var saved = profiles.updateMyProfile(form);
            read(saved);
            showCompleteness(saved);
            Notification.show(getTranslation("profile.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ProfileRejected rejected) {
            Map<ProfileRejected.Field, HasValidation> fields = Map.of(ProfileRejected.Field.FULL_NAME_LATIN, fullNameLatin,
                    ProfileRejected.Field.POSITION, position, ProfileRejected.Field.FIELDS, otherFields,
                    ProfileRejected.Field.SUMMARIES, summaries, ProfileRejected.Field.SPOKEN_LANGUAGES, spokenLanguages,
                    ProfileRejected.Field.KEYWORDS, keywords, ProfileRejected.Field.ORCID, orcid,
                    ProfileRejected.Field.HOMEPAGE, homepage, ProfileRejected.Field.VISIBILITY, visibility);
            rejected.problems().forEach(p -> {
                fields.get(p.field()).setErrorMessage(getTranslation(p.messageKey()));
                fields.get(p.field()).setInvalid(true);
            });
            Notification.show(getTranslation("profile.notSaved")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void showCompleteness(ProfileSummary profile) {
        otherSide.show(profile.country(), ReadableTexts.of(profile, List.of()), profile.summaryIn("en").isPresent());
        var c = ProfileCompleteness.of(profile);
        completeness.setValue(c.percent());
        missing.setText(c.missing().isEmpty() ? getTranslation("profile.complete", c.percent())
                : getTranslation("profile.incomplete", c.percent(),
                        com.researchbridge.base.ui.LocalizedFormats.list(c.missing().stream().map(this::getTranslation).toList(), getLocale())));
    }

    /** The main field first, then the others (without repeating the main one). */
    private List<ResearchField> chosenFields() {
        var result = new java.util.ArrayList<ResearchField>();
        if (field.getValue() != null) {
            result.add(field.getValue());
        }
        otherFields.getValue().stream().filter(f -> !result.contains(f))
                .sorted(java.util.Comparator.comparing(Enum::ordinal)).forEach(result::add);
        return result;
    }

    /** Both levels of the classification, so either can be typed to find a field. */
    private String fieldLabel(ResearchField f) {
        return f.twoLevelLabel(this::getTranslation);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.profile") + " · " + getTranslation("app.name");
    }
}
