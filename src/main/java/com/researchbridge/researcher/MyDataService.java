package com.researchbridge.researcher;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.researcher.publication.PublicationService;
import com.researchbridge.researcher.topic.TopicService;
import com.researchbridge.security.AccountService;
import com.researchbridge.security.CurrentUser;
import java.util.LinkedHashMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A researcher's own data: all of it as one JSON download, and deleting the account. */
@Service
@Transactional(readOnly = true)
public class MyDataService {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final CurrentUser currentUser;
    private final ResearcherProfileService profiles;
    private final PublicationService publications;
    private final TopicService topics;
    private final AccountService accounts;
    private final java.util.List<com.researchbridge.base.PersonalData> otherData;

    MyDataService(CurrentUser currentUser, ResearcherProfileService profiles, PublicationService publications,
                  TopicService topics, AccountService accounts, java.util.List<com.researchbridge.base.PersonalData> otherData) {
        this.otherData = otherData;
        this.currentUser = currentUser;
        this.profiles = profiles;
        this.publications = publications;
        this.topics = topics;
        this.accounts = accounts;
    }

    /** Everything the site stores about the signed-in researcher, as UTF-8 JSON. */
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public byte[] exportMyData() {
        var me = currentUser.require();
        var data = new LinkedHashMap<String, Object>();
        var account = new LinkedHashMap<String, Object>();
        account.put("email", me.email());
        account.put("fullName", me.fullName());
        account.put("country", me.country());
        account.put("uiLanguage", me.uiLanguage() == null ? null : me.uiLanguage().code());
        account.put("registered", me.createdAt().toString());
        data.put("account", account);
        data.put("profile", profiles.myProfile().orElse(null));
        data.put("publications", publications.mine());
        data.put("topics", topics.mine());
        otherData.forEach(d -> data.put(d.section(), d.ofCurrentUser()));
        return JSON.writeValueAsBytes(data);
    }

    /** Deletes the signed-in researcher's account and all their data; the e-mail must be typed to confirm. */
    @Transactional
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public void deleteMyAccount(String confirmationEmail) {
        var me = currentUser.require().id();
        accounts.deleteMyAccount(confirmationEmail);
        profiles.announceRemoved(me);
    }
}
