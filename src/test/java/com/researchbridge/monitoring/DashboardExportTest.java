package com.researchbridge.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.TranslationProvider;
import com.researchbridge.base.UiLanguage;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.testsupport.DemoAccounts;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.RunAs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The dashboards' Excel and CSV files, opened again and read cell by cell. */
@IntegrationTest
class DashboardExportTest {

    @Autowired
    DashboardService service;
    @Autowired
    TranslationProvider translations;
    @Autowired
    InstitutionService institutions;
    @Autowired
    UserDetailsService users;

    private DashboardTables tablesIn(Locale locale) {
        return new DashboardTables(key -> translations.getTranslation(key, locale),
                id -> institutions.find(id).map(i -> i.displayName(locale)).orElseThrow());
    }

    private static List<List<Object>> read(Sheet sheet) {
        var rows = new ArrayList<List<Object>>();
        for (var row : sheet) {
            var cells = new ArrayList<Object>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                var cell = row.getCell(c);
                cells.add(cell == null ? null : switch (cell.getCellType()) {
                    case NUMERIC -> cell.getNumericCellValue();
                    case STRING -> cell.getStringCellValue();
                    default -> throw new AssertionError("unexpected cell type " + cell.getCellType() + " at " + cell.getAddress());
                });
            }
            rows.add(cells);
        }
        return rows;
    }

    private static int indexOf(List<ExportTable> tables, String id) {
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no table " + id);
    }

    @Test
    void theAdministratorsWorkbookHasEveryTableWithRussianHeadersAndNumbersAsNumbers() throws IOException {
        var dashboard = new AtomicReference<Dashboard>();
        RunAs.user(users, DemoAccounts.ADMIN, () -> dashboard.set(service.dashboard(MonitoringFilter.none())));
        var russian = tablesIn(UiLanguage.RU.locale());
        var tables = russian.all(dashboard.get());
        byte[] bytes = DashboardFiles.xlsx(tables);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(tables.size());
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Совместные проекты по месяцам");
            var funnel = read(workbook.getSheetAt(indexOf(tables, DashboardTables.FUNNEL)));
            assertThat(funnel.getFirst()).containsExactly("Этап", "Количество", "Доля от предыдущего этапа (%)",
                    "Медиана дней на этот шаг");
            assertThat(funnel.get(4).getFirst()).isEqualTo("Заявки на совместный проект");
            assertThat(funnel.get(4).get(1)).isEqualTo((double) dashboard.get().funnel().requests());
            // Excel allows 31 characters in a sheet name: longer titles are cut.
            assertThat(workbook.getSheetAt(indexOf(tables, DashboardTables.FLOWS)).getSheetName())
                    .isEqualTo("Сотрудничество между организациями".substring(0, 31));
            var flows = read(workbook.getSheetAt(indexOf(tables, DashboardTables.FLOWS)));
            assertThat(flows.getFirst()).containsExactly("Казахстанская организация", "Китайская организация", "Совместные проекты");
            double total = flows.stream().skip(1).mapToDouble(r -> (Double) r.get(2)).sum();
            assertThat(total).isEqualTo((double) dashboard.get().institutionFlows().stream()
                    .mapToLong(Dashboard.InstitutionFlow::projects).sum());
            assertThat(flows.stream().skip(1).map(r -> (String) r.get(0))).anyMatch(n -> n.contains("Казахский национальный"));
            // Every sheet's body has exactly the rows the page's table has.
            for (int i = 0; i < tables.size(); i++) {
                assertThat(workbook.getSheetAt(i).getPhysicalNumberOfRows()).as(tables.get(i).id())
                        .isEqualTo(tables.get(i).rows().size() + 1);
            }
        }
    }

    @Test
    void textThatWouldBeAFormulaStaysTextInBothFiles() throws IOException {
        var hostile = new ExportTable("t", "=cmd|' /C calc'!A0", List.of("@header", "n"), List.of(
                Arrays.<Object>asList("=HYPERLINK(\"http://evil.example\",\"x\")", 1L),
                Arrays.<Object>asList("+1+1", 2.5),
                Arrays.<Object>asList("-2", null),
                Arrays.<Object>asList("＝1+1", 0L),
                Arrays.<Object>asList("清华大学 / Қазақ", -3L)));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(DashboardFiles.xlsx(List.of(hostile))))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).doesNotContain("[", "]", ":", "*", "?", "/", "\\").hasSizeLessThanOrEqualTo(31);
            for (var row : sheet) {
                for (var cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
            var rows = read(sheet);
            assertThat(rows.get(0)).containsExactly("'@header", "n");
            assertThat(rows.get(1)).containsExactly("'=HYPERLINK(\"http://evil.example\",\"x\")", 1.0);
            assertThat(rows.get(2)).containsExactly("'+1+1", 2.5);
            assertThat(rows.get(3).getFirst()).isEqualTo("'-2");
            assertThat(rows.get(4).getFirst()).isEqualTo("'＝1+1");
            assertThat(rows.get(5)).containsExactly("清华大学 / Қазақ", -3.0);
        }
        String csv = new String(DashboardFiles.csv(hostile), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        var records = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records.get(0).get(0)).isEqualTo("'@header");
        assertThat(records.get(1).get(0)).startsWith("'=");
        assertThat(records.get(5).get(0)).isEqualTo("清华大学 / Қазақ");
    }

    @Test
    void sheetNamesAreValidAndUniqueEvenWhenTitlesRepeat() {
        var taken = new java.util.HashSet<String>();
        String long1 = DashboardFiles.sheetName("A very long title that Excel would refuse: [x]*?", taken);
        String long2 = DashboardFiles.sheetName("A very long title that Excel would refuse: [x]*?", taken);
        assertThat(long1).hasSizeLessThanOrEqualTo(31).doesNotContain("[", "]", "*", "?", ":");
        assertThat(long2).hasSizeLessThanOrEqualTo(31).isNotEqualToIgnoringCase(long1);
    }

    @Test
    void anOfficesWorkbookStartsWithItsOwnListsInChinese() throws IOException {
        var office = new AtomicReference<OfficeDashboard>();
        RunAs.user(users, DemoAccounts.OFFICE_TSINGHUA, () -> office.set(service.officeDashboard(MonitoringFilter.none())));
        var tables = tablesIn(UiLanguage.ZH.locale()).all(office.get());
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(DashboardFiles.xlsx(tables)))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("等待我们决定");
            assertThat(read(workbook.getSheetAt(0)).getFirst()).containsExactly("项目", "提出人", "合作者", "提交管理部门日期", "等待天数");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("不完整的档案");
            var flows = read(workbook.getSheetAt(indexOf(tables, DashboardTables.FLOWS)));
            assertThat(flows.stream().skip(1)).allSatisfy(r -> assertThat(r.get(1)).isEqualTo("清华大学"));
        }
    }
}
