// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/chart/risktext.h"
#include "app/data/answersstore.h"
#include "app/data/contentlibrary.h"
#include "app/data/papersize.h"
#include "app/data/personalnotesstore.h"
#include "app/data/questionnairelibrary.h"
#include "app/data/shippeddata.h"
#include "app/print/documentprinter.h"
#include "app/print/printpreview.h"
#include "app/print/sectionprinter.h"
#include "app/summary/summarypage.h"
#include "app/summary/summaryreport.h"
#include "core/summary/personalnotes.h"
#include "tests/app/qtprinters.h"
#include "tests/support/poppler.h"
#include "tests/support/testservices.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace b12::app;
using b12::testing::havePoppler;
using b12::testing::pdfInfo;
using b12::testing::pdfText;
using b12::testing::poppler;

namespace {

QString dataFile(const QString& name) {
    return QStringLiteral(B12_TEST_DATA_DIR "/answers/") + name;
}

class SummaryTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_library.load()) << m_library.errorMessage().toStdString();
        ASSERT_TRUE(m_dir.isValid());
        auto texts = ShippedData().summaryTexts();
        ASSERT_TRUE(texts.ok()) << texts.error().toString();
        m_texts = texts.value();
    }

    b12::core::Answers answersFrom(const QString& name) {
        QFile file(dataFile(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        const QByteArray bytes = file.readAll();
        auto parsed = b12::core::parseAnswers(std::string_view(bytes.constData(), bytes.size()),
                                              m_library.questionnaire(), name.toStdString());
        EXPECT_TRUE(parsed.ok()) << parsed.error().toString();
        return parsed ? parsed.value() : b12::core::Answers{};
    }

    SummaryRequest request(const QString& answersFile,
                           const QString& language = QStringLiteral("en")) {
        SummaryRequest r;
        r.questionnaire = &m_library.questionnaire();
        r.answers = answersFrom(answersFile);
        r.language = language;
        r.locale = QLocale(language == QLatin1String("de") ? QStringLiteral("de_DE")
                                                           : QStringLiteral("en_GB"));
        r.createdAt = QDateTime(QDate(2025, 5, 12), QTime(14, 30));
        return r;
    }

    // Writes the PDF of `r` and returns its path.
    QString exportPdf(const SummaryRequest& r, QPageSize::PageSizeId paper,
                      const QString& name = QStringLiteral("summary.pdf")) {
        const QString path = m_dir.filePath(name);
        QString error;
        EXPECT_TRUE(SummaryReport(r, m_texts, nullptr).writePdf(path, paper, &error))
            << error.toStdString();
        return path;
    }

    QuestionnaireLibrary m_library;
    QTemporaryDir m_dir;
    b12::core::SummaryTexts m_texts;
};

} // namespace

TEST_F(SummaryTest, PdfHoldsTheAnswersTheLevelTheQuestionsAndTheDate) {
    if (!havePoppler()) {
        GTEST_SKIP() << "pdftotext and pdfinfo (poppler-utils) are needed";
    }
    const QString text =
        pdfText(exportPdf(request(QStringLiteral("good-routine.json")), QPageSize::A4));
    for (const char* expected :
         {"Vitamin B12: notes for my doctor's appointment", "Made on 12 May 2025, 14:30",
          "See a GP: book an appointment", "Burning feeling in the feet or legs",
          "How long the leg symptoms have lasted: 3 to 12 months", "Average leg pain: 6 out of 10",
          "Medicines I take that can lower B12: Taking metformin",
          "Could my symptoms be due to low vitamin B12?", "Methylmalonic acid (MMA)",
          "Homocysteine", "Full blood count", "Page 1 of", "NICE guideline NG239"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n"
                                                                << text.toStdString();
    }
}

TEST_F(SummaryTest, PdfHasTheChosenPaperSize) {
    if (!havePoppler()) {
        GTEST_SKIP() << "pdfinfo (poppler-utils) is needed";
    }
    const auto r = request(QStringLiteral("good-routine.json"));
    EXPECT_TRUE(
        pdfInfo(exportPdf(r, QPageSize::A4, QStringLiteral("a4.pdf")), QStringLiteral("Page size"))
            .startsWith(QStringLiteral("595 x 842 pts")));
    EXPECT_TRUE(pdfInfo(exportPdf(r, QPageSize::Letter, QStringLiteral("letter.pdf")),
                        QStringLiteral("Page size"))
                    .startsWith(QStringLiteral("612 x 792 pts")));
}

TEST_F(SummaryTest, FullyAnsweredQuestionnaireFitsOnTwoPagesInEveryLanguageAndPaper) {
    if (!havePoppler()) {
        GTEST_SKIP() << "pdfinfo (poppler-utils) is needed";
    }
    for (const QString& answers :
         {QStringLiteral("good-full.json"), QStringLiteral("good-full-all-yes.json")}) {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
            for (const QPageSize::PageSizeId paper : kPaperSizes) {
                SummaryRequest r = request(answers, language);
                r.personal.name = "Ada Example";
                r.personal.yearOfBirth = "1950";
                r.personal.notes = "Pain started in March and is worse when walking.";
                const SummaryReport report(r, m_texts, nullptr);
                const QString path = exportPdf(r, paper, QStringLiteral("full.pdf"));
                const int pages = pdfInfo(path, QStringLiteral("Pages")).toInt();
                EXPECT_GE(pages, 1);
                EXPECT_LE(pages, 2) << answers.toStdString() << ' ' << language.toStdString() << ' '
                                    << paperId(paper).toStdString();
                EXPECT_EQ(report.pageCount(paper), pages) << "the page's count of pages";
            }
        }
    }
}

TEST_F(SummaryTest, NoteWithMarkupPrintsLiterally) {
    if (!havePoppler()) {
        GTEST_SKIP() << "pdftotext (poppler-utils) is needed";
    }
    SummaryRequest r = request(QStringLiteral("good-emergency.json"));
    r.personal.notes = "<b>x</b><img src=http://a>";
    r.personal.name = "<i>Ada</i>";
    r.personal.medicines = "Metformin & <script>alert(1)</script>";
    const QString text = pdfText(exportPdf(r, QPageSize::A4));
    EXPECT_TRUE(text.contains(QStringLiteral("<b>x</b><img src=http://a>"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("<i>Ada</i>")));
    EXPECT_TRUE(text.contains(QStringLiteral("Metformin & <script>alert(1)</script>")));
}

// A review date as the content writes it, in British English's long format (built here
// without the app's helpers, so that a wrong format fails).
QString britishDate(const std::string& isoDate) {
    const QDate date = QDate::fromString(QString::fromStdString(isoDate), Qt::ISODate);
    EXPECT_TRUE(date.isValid()) << isoDate;
    return QLocale(QStringLiteral("en_GB")).toString(date, QStringLiteral("d MMMM yyyy"));
}

TEST_F(SummaryTest, TheChartLegendNamesEverySeriesInFull) {
    if (!havePoppler()) {
        GTEST_SKIP() << "pdftotext (poppler-utils) is needed";
    }
    const auto table = ShippedData().riskTable();
    ASSERT_TRUE(table.ok()) << table.error().toString();
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
        SummaryRequest r = request(QStringLiteral("good-full.json"), language);
        r.parts.chart = true;
        const QString path = m_dir.filePath(QStringLiteral("chart-%1.pdf").arg(language));
        QString error;
        ASSERT_TRUE(SummaryReport(r, m_texts, &table.value()).writePdf(path, QPageSize::A4, &error))
            << error.toStdString();
        const QString text = pdfText(path);
        if (language == QLatin1String("en")) { // the chart's own review date
            EXPECT_TRUE(text.contains(QStringLiteral("; chart ") +
                                      britishDate(table.value().reviewed) + QLatin1Char('.')))
                << text.toStdString();
        }
        const RiskText words(table.value(), language);
        for (const b12::core::RiskSeries& series : table.value().series) {
            EXPECT_TRUE(text.contains(words.seriesName(series)))
                << language.toStdString() << ": " << words.seriesName(series).toStdString();
        }
        // The caption is true of every source (Clarke is 3 studies, Allen a review), and the
        // bars carry their values, a wide age range once ("over 50: 4.4%", not 4.4 four times).
        const QString flat =
            QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        const bool english = language == QStringLiteral("en");
        EXPECT_TRUE(flat.contains(english ? QStringLiteral("Each row is one source (a survey, a "
                                                           "group of studies or a review)")
                                          : QStringLiteral("Jede Zeile ist eine Quelle")))
            << flat.toStdString();
        EXPECT_FALSE(flat.contains(english ? QStringLiteral("Each colour is one survey")
                                           : QStringLiteral("Jede Farbe steht")));
        const b12::core::RiskSeries& evatt = table.value().series.at(0);
        ASSERT_EQ(evatt.id, "evatt-2009");
        const QString over50 = words.barLabel(evatt.values.at(1));
        EXPECT_TRUE(over50.startsWith(english ? QStringLiteral("over 50: 4")
                                              : QStringLiteral("über 50: 4")));
        EXPECT_EQ(flat.count(over50), 1) << over50.toStdString() << " in " << flat.toStdString();
        EXPECT_TRUE(flat.contains(QStringLiteral("≥10"))) << flat.toStdString();
    }
}

TEST_F(SummaryTest, PrintedTextIsNotTiny) {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        GTEST_SKIP() << "pdftotext (poppler-utils) is needed";
    }
    // The height of each word's box is about 1.2 times its point size; a document laid out
    // for the screen and drawn on a 300 dpi PDF would come out at a quarter of that.
    const QString path = exportPdf(request(QStringLiteral("good-full.json")), QPageSize::A4);
    const QString boxes =
        poppler(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    const QRegularExpression word(
        QStringLiteral("<word xMin=\"[0-9.]+\" yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" "
                       "yMax=\"([0-9.]+)\">"));
    std::vector<double> heights;
    for (auto it = word.globalMatch(boxes); it.hasNext();) {
        const auto match = it.next();
        heights.push_back(match.captured(2).toDouble() - match.captured(1).toDouble());
    }
    ASSERT_GT(heights.size(), 200U);
    std::sort(heights.begin(), heights.end());
    const double median = heights[heights.size() / 2];
    EXPECT_GE(median, 10.0) << "body text below 10 pt";
    EXPECT_LE(median, 14.0);
}

TEST_F(SummaryTest, UnwritableOutputLeavesNoFileAndSaysWhy) {
    const auto r = request(QStringLiteral("good-routine.json"));
    const SummaryReport report(r, m_texts, nullptr);
    QString error;
    const QString missingFolder = m_dir.filePath(QStringLiteral("no/such/folder/summary.pdf"));
    EXPECT_FALSE(report.writePdf(missingFolder, QPageSize::A4, &error));
    EXPECT_TRUE(error.contains(missingFolder)) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(missingFolder));

    QFile notAFolder(m_dir.filePath(QStringLiteral("file")));
    ASSERT_TRUE(notAFolder.open(QIODevice::WriteOnly));
    notAFolder.close();
    EXPECT_FALSE(report.writePdf(notAFolder.fileName() + QStringLiteral("/summary.pdf"),
                                 QPageSize::A4, &error));

    if (::geteuid() != 0) { // the superuser may write into a read-only folder
        const QString readOnly = m_dir.filePath(QStringLiteral("read-only"));
        ASSERT_TRUE(QDir().mkpath(readOnly));
        QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner);
        EXPECT_FALSE(
            report.writePdf(readOnly + QStringLiteral("/summary.pdf"), QPageSize::A4, &error));
        EXPECT_TRUE(QDir(readOnly).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}

TEST_F(SummaryTest, ExportReplacesAnOlderFileWhole) {
    const QString path = m_dir.filePath(QStringLiteral("summary.pdf"));
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    QString error;
    ASSERT_TRUE(SummaryReport(request(QStringLiteral("good-routine.json")), m_texts, nullptr)
                    .writePdf(path, QPageSize::A4, &error));
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.readAll().startsWith("%PDF-"));
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("summary.pdf")})
        << "no temporary file left behind";
}

namespace {

// Lays `html` out on Letter pages as the summary is printed.
struct PagedDocument {
    explicit PagedDocument(const QString& html) {
        buffer.open(QIODevice::WriteOnly);
        writer.setResolution(300);
        writer.setPageLayout(printPageLayout(QPageSize::Letter));
        DocumentPrinter printer(document, writer);
        document.setHtml(html);
        pages = printer.layOut();
        pageHeight = document.pageSize().height();
    }
    // The page a line of a block is printed on (lines count from the block's origin).
    int pageOfLine(const QTextBlock& block, int n) const {
        const QTextLine line = block.layout()->lineAt(n);
        return static_cast<int>((document.documentLayout()->blockBoundingRect(block).top() +
                                 line.y() + line.height() / 2) /
                                pageHeight);
    }
    // How many lines of the block are on the page of its first line.
    int linesOnFirstPage(const QTextBlock& block) const {
        const int lines = block.layout()->lineCount();
        int first = 1;
        while (first < lines && pageOfLine(block, first) == pageOfLine(block, 0)) {
            ++first;
        }
        return first;
    }

    QBuffer buffer;
    QPdfWriter writer{&buffer};
    QTextDocument document;
    int pages = 0;
    qreal pageHeight = 0;
};

} // namespace

TEST(DocumentPrinter, HeadingsStayWithTheTextBelowThem) {
    // Enough paragraphs that, without care, some heading ends a page.
    QString html;
    for (int i = 0; i < 60; ++i) {
        html += QStringLiteral("<h2>Heading %1</h2><p>%2</p>")
                    .arg(i)
                    .arg(QStringLiteral("A paragraph of words. ").repeated(1 + i % 9));
    }
    const PagedDocument paged(html);
    ASSERT_GE(paged.pages, 3);
    int headings = 0;
    for (QTextBlock block = paged.document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0) {
            continue;
        }
        ++headings;
        const QTextBlock text = block.next();
        ASSERT_TRUE(text.isValid() && text.layout()->lineCount() > 0) << block.text().toStdString();
        EXPECT_EQ(paged.pageOfLine(block, block.layout()->lineCount() - 1),
                  paged.pageOfLine(text, 0))
            << block.text().toStdString();
    }
    EXPECT_EQ(headings, 60);
}

TEST(DocumentPrinter, NoLineIsLeftAloneAtTheFootOrHeadOfAPage) {
    QString html;
    for (int i = 0; i < 40; ++i) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(QStringLiteral("Some words in a row. ").repeated(20 + i % 7));
    }
    const PagedDocument paged(html);
    ASSERT_GE(paged.pages, 3);
    int split = 0;
    for (QTextBlock block = paged.document.begin(); block.isValid(); block = block.next()) {
        const int lines = block.layout()->lineCount();
        const int first = paged.linesOnFirstPage(block);
        if (first < lines) {
            ++split;
            EXPECT_GE(first, 2) << "an orphan";
            EXPECT_GE(lines - first, 2) << "a widow";
        }
    }
    EXPECT_GT(split, 0) << "long paragraphs may still break across pages";
}

TEST(PaperSize, DefaultFollowsTheLocale) {
    EXPECT_EQ(defaultPaperSize(QLocale(QStringLiteral("en_US"))), QPageSize::Letter);
    EXPECT_EQ(defaultPaperSize(QLocale(QStringLiteral("en_CA"))), QPageSize::Letter);
    EXPECT_EQ(defaultPaperSize(QLocale(QStringLiteral("fr_CA"))), QPageSize::Letter);
    EXPECT_EQ(defaultPaperSize(QLocale(QStringLiteral("en_GB"))), QPageSize::A4);
    EXPECT_EQ(defaultPaperSize(QLocale(QStringLiteral("de_DE"))), QPageSize::A4);
    EXPECT_EQ(defaultPaperSize(QLocale(QStringLiteral("de_AT"))), QPageSize::A4);
    EXPECT_EQ(paperFromId(QStringLiteral("LETTER")), QPageSize::Letter);
    EXPECT_FALSE(paperFromId(QStringLiteral("a5")).has_value());
}

TEST_F(SummaryTest, PageShowsAPreviewThatFollowsTheAnswersAndTheChoices) {
    b12::testing::TestServices services;
    AnswersStore& answers = services.answers();
    SummaryPage page(services.services());
    EXPECT_TRUE(page.previewHtml().contains(QStringLiteral("Keep an eye on how you feel")));

    answers.setAnswer(QStringLiteral("leg_burning"), std::string("yes"));
    answers.setAnswer(QStringLiteral("metformin"), std::string("yes"));
    page.updatePreview();
    const auto* preview = page.findChild<QTextBrowser*>(QStringLiteral("summaryPreview"));
    ASSERT_NE(preview, nullptr);
    const QString shown = preview->document()->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("See a GP: book an appointment")));
    EXPECT_TRUE(shown.contains(QStringLiteral("Burning feeling in the feet or legs")));
    EXPECT_TRUE(shown.contains(QStringLiteral("My notes")));

    auto* notes = page.findChild<QCheckBox*>(QStringLiteral("include_notes"));
    ASSERT_NE(notes, nullptr);
    notes->setChecked(false);
    EXPECT_FALSE(preview->document()->toPlainText().contains(QStringLiteral("My notes")));
    services.reopenSettings();
    EXPECT_EQ(services.settings().value(QStringLiteral("summary/include/notes")).toBool(), false);
}

TEST_F(SummaryTest, TypedNotesAreSavedBesideTheAnswersNotInTheSettings) {
    b12::testing::TestServices services;
    {
        SummaryPage page(services.services());
        page.findChild<QLineEdit*>(QStringLiteral("summaryName"))
            ->setText(QStringLiteral("<b>x</b><img src=http://a>"));
        page.findChild<QPlainTextEdit*>(QStringLiteral("summaryNotes"))
            ->setPlainText(QStringLiteral("Worse at night"));
        page.updatePreview();
        const auto* preview = page.findChild<QTextBrowser*>(QStringLiteral("summaryPreview"));
        EXPECT_TRUE(preview->document()->toPlainText().contains(
            QStringLiteral("<b>x</b><img src=http://a>")))
            << "typed markup shows as typed";
    } // closing the page saves what was typed
    QFile file(QDir(services.folder()).filePath(QStringLiteral("notes.json")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    EXPECT_TRUE(saved.contains("Worse at night"));
    QFile settingsFile(services.settings().fileName());
    services.settings().sync();
    if (settingsFile.open(QIODevice::ReadOnly)) {
        EXPECT_FALSE(settingsFile.readAll().contains("Worse at night"));
    }

    SummaryPage reopened(services.services());
    EXPECT_EQ(reopened.findChild<QPlainTextEdit*>(QStringLiteral("summaryNotes"))->toPlainText(),
              QStringLiteral("Worse at night"));
}

TEST_F(SummaryTest, ClearedNotesLeaveTheFieldsAndThePreview) {
    b12::testing::TestServices services;
    PersonalNotesStore& notes = services.notes();
    ASSERT_TRUE(notes.setNotes({"Anna Example", "1951", "Worse at night", "Metformin"}));
    {
        SummaryPage page(services.services());
        auto* name = page.findChild<QLineEdit*>(QStringLiteral("summaryName"));
        EXPECT_EQ(name->text(), QStringLiteral("Anna Example")) << "the shared notes are shown";

        ASSERT_TRUE(notes.clear());
        page.updatePreview();
        EXPECT_TRUE(name->text().isEmpty());
        EXPECT_TRUE(page.findChild<QPlainTextEdit*>(QStringLiteral("summaryNotes"))
                        ->toPlainText()
                        .isEmpty());
        const QString preview =
            page.findChild<QTextBrowser*>(QStringLiteral("summaryPreview"))->toPlainText();
        EXPECT_FALSE(preview.contains(QStringLiteral("Worse at night")));
        EXPECT_FALSE(preview.contains(QStringLiteral("Anna Example")));
    } // closing the page saves what is typed: nothing comes back
    EXPECT_FALSE(QFile::exists(notes.filePath()));
}

TEST_F(SummaryTest, PaperSizeIsRememberedAndExportWritesIt) {
    if (!havePoppler()) {
        GTEST_SKIP() << "pdfinfo (poppler-utils) is needed";
    }
    b12::testing::TestServices services;
    {
        SummaryPage page(services.services());
        page.setPaperSize(QPageSize::Letter);
    }
    services.reopenSettings();
    SummaryPage page(services.services());
    EXPECT_EQ(page.paperSize(), QPageSize::Letter);
    const QString path = m_dir.filePath(QStringLiteral("page.pdf"));
    QString error;
    ASSERT_TRUE(page.exportPdfTo(path, &error)) << error.toStdString();
    EXPECT_TRUE(pdfInfo(path, QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792")));
}

TEST_F(SummaryTest, SectionPrintsItsTextNotTheWindow) {
    if (!havePoppler()) {
        GTEST_SKIP() << "pdftotext (poppler-utils) is needed";
    }
    ContentLibrary content;
    ASSERT_TRUE(content.load());
    const b12::core::Section* section = content.article().find("diagnosis");
    ASSERT_NE(section, nullptr);
    const QString path = m_dir.filePath(QStringLiteral("section.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setPageLayout(printPageLayout(QPageSize::A4));
        EXPECT_GE(SectionPrinter(*section).print(writer), 1);
    }
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QString::fromStdString(section->title))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Methylmalonic acid (MMA)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of 1")));
    EXPECT_FALSE(text.contains(QStringLiteral("Search all sections")));
}

TEST_F(SummaryTest, PrintedSectionSaysWhenItWasLastReviewed) {
    if (!havePoppler()) {
        GTEST_SKIP() << "pdftotext (poppler-utils) is needed";
    }
    ContentLibrary content;
    ASSERT_TRUE(content.load());
    for (const char* id : {"overview", "treatment", "sources"}) {
        const b12::core::Section* section = content.article().find(id);
        ASSERT_NE(section, nullptr) << id;
        const QString path = m_dir.filePath(QStringLiteral("%1.pdf").arg(QLatin1String(id)));
        {
            QPdfWriter writer(path);
            writer.setResolution(300);
            writer.setPageLayout(printPageLayout(QPageSize::A4));
            EXPECT_GE(SectionPrinter(*section, QLocale(QStringLiteral("en_GB"))).print(writer), 1);
        }
        const QString text = pdfText(path);
        EXPECT_TRUE(
            text.contains(QStringLiteral("Last reviewed: ") + britishDate(section->reviewed)))
            << id << ": " << text.toStdString();
    }
}

TEST_F(SummaryTest, PdfSaysWhenTheQuestionnaireAndTheSummaryTextsWereLastReviewed) {
    if (!havePoppler()) {
        GTEST_SKIP() << "pdftotext and pdfinfo (poppler-utils) are needed";
    }
    const QString text =
        pdfText(exportPdf(request(QStringLiteral("good-routine.json")), QPageSize::A4));
    const QString expected =
        QStringLiteral("Content last reviewed: questionnaire %1; texts of this summary %2.")
            .arg(britishDate(m_library.questionnaire().reviewed), britishDate(m_texts.reviewed));
    EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n" << text.toStdString();

    const QString german =
        pdfText(exportPdf(request(QStringLiteral("good-routine.json"), QStringLiteral("de")),
                          QPageSize::A4, QStringLiteral("de.pdf")));
    const QDate date =
        QDate::fromString(QString::fromStdString(m_library.questionnaire().reviewed), Qt::ISODate);
    EXPECT_TRUE(german.contains(
        QStringLiteral("Inhalte zuletzt geprüft: Fragebogen ") +
        QLocale(QStringLiteral("de_DE")).toString(date, QStringLiteral("d. MMMM yyyy"))))
        << german.toStdString();
}

TEST(ReviewDate, IsTheLocalesLongDateWithoutTheWeekday) {
    const QDate date(2026, 11, 20);
    EXPECT_EQ(formatLongDate(date, QLocale(QStringLiteral("en_GB"))),
              QStringLiteral("20 November 2026"));
    EXPECT_EQ(formatLongDate(date, QLocale(QStringLiteral("de_DE"))),
              QStringLiteral("20. November 2026"));
    EXPECT_EQ(formatLongDate(date, QLocale(QStringLiteral("en_US"))),
              QStringLiteral("November 20, 2026"));
    EXPECT_EQ(formatReviewDate("2026-12-02", QLocale(QStringLiteral("de_DE"))),
              QStringLiteral("2. Dezember 2026"));
    EXPECT_EQ(lastReviewedText("2026-12-02", QLocale(QStringLiteral("en_GB"))),
              QStringLiteral("Last reviewed: 2 December 2026"));
}

TEST_F(SummaryTest, PreviewIsReadableInADarkPalette) {
    b12::testing::TestServices services;
    AnswersStore& answers = services.answers();
    answers.setAnswer(QStringLiteral("leg_burning"), std::string("yes"));
    answers.setAnswer(QStringLiteral("red_foot_wound"), std::string("unsure"));
    SummaryPage page(services.services());
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x12, 0x12, 0x12));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    page.setPalette(dark);
    page.resize(1100, 760);
    page.updatePreview();
    auto* preview = page.findChild<QTextBrowser*>(QStringLiteral("summaryPreview"));
    const QImage shot = preview->viewport()->grab().toImage();
    if (!qEnvironmentVariableIsEmpty("B12_SUMMARY_SHOTS")) {
        page.grab().save(qEnvironmentVariable("B12_SUMMARY_SHOTS") + QStringLiteral("/dark.png"));
    }
    // Dark paper with light writing: most pixels dark, and many light ones (the text).
    int light = 0;
    int darkPixels = 0;
    for (int y = 0; y < shot.height(); y += 2) {
        for (int x = 0; x < shot.width(); x += 2) {
            const int lightness = QColor(shot.pixel(x, y)).lightness();
            light += lightness > 180 ? 1 : 0;
            darkPixels += lightness < 60 ? 1 : 0;
        }
    }
    EXPECT_GT(darkPixels, light * 3);
    EXPECT_GT(light, 500) << "the text is light on the dark background";
}

// Qt's print preview takes no focus on its toolbar: made usable, Tab reaches a named Print
// button, which has the focus first and Ctrl+P.
TEST(PrintPreview, IsUsableByKeyboard) {
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer);
    makeKeyboardUsable(dialog);
    dialog.resize(1400, 900); // every toolbar button in sight, none in the overflow menu
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* print = dialog.findChild<QToolButton*>(QStringLiteral("previewPrintButton"));
    ASSERT_NE(print, nullptr);
    EXPECT_EQ(print->accessibleName(), QStringLiteral("Print"));
    EXPECT_EQ(print->defaultAction()->shortcut(), QKeySequence(QKeySequence::Print));
    int focusable = 0;
    for (const QToolButton* button : dialog.findChildren<QToolButton*>()) {
        if (button->defaultAction() != nullptr) {
            EXPECT_NE(button->focusPolicy(), Qt::NoFocus) << button->accessibleName().toStdString();
            EXPECT_FALSE(button->accessibleName().isEmpty());
            ++focusable;
        }
    }
    EXPECT_GE(focusable, 10) << "zoom, pages, page setup, print, close";
    QStringList visited;
    for (int i = 0; i < 40 && QApplication::focusWidget() != print; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget()->accessibleName();
    }
    EXPECT_EQ(QApplication::focusWidget(), print) << visited.join(u',').toStdString();
}

// Export as PDF starts in Documents (or the home folder, never the folder the app was
// started from), then says where it saved, with a way to open the file or its folder.
TEST_F(SummaryTest, ExportSaysWhereItSavedThePdf) {
    b12::testing::TestServices services;
    SummaryPage page(services.services());
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString expectedFolder = QFileInfo(documents).isDir() ? documents : QDir::homePath();
    const QString path = m_dir.filePath(QStringLiteral("my summary.pdf"));
    QString startFolder;
    QString said;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr) << "no file dialog";
        startFolder = dialog->directory().absolutePath();
        QTimer::singleShot(0, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr) << "nothing said where the PDF went";
            said = box->text();
            EXPECT_EQ(box->buttons().size(), 3) << "Open, Show in Folder, Close";
            box->button(QMessageBox::Close)->click();
        });
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept(), which checks the name
    });
    page.exportPdf();
    EXPECT_EQ(QDir(startFolder), QDir(expectedFolder));
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_TRUE(said.contains(QDir::toNativeSeparators(path))) << said.toStdString();
}
