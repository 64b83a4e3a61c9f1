package com.researchbridge.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Apache ECharts chart ({@code frontend/rb-chart.js}) fed by the server: the option is built here, with every
 * text already in the reader's language, and sent as JSON. The page puts the same figures in a table under the
 * chart, so nothing is only in the picture.
 */
@Tag("rb-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./rb-chart.js")
class EChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    EChart(String id, Object option, Locale locale) {
        setId(id);
        getElement().setAttribute("lang", locale.getLanguage());
        getElement().setAttribute("role", "img");
        setOption(option);
    }

    void setOption(Object option) {
        getElement().setProperty("option", JSON.writeValueAsString(option));
    }

    String optionJson() {
        return getElement().getProperty("option");
    }
}
