// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/chart/riskchartpage.h"

#include "app/chart/riskchartview.h"
#include "app/chart/risktableview.h"
#include "app/chart/risktext.h"
#include "app/data/answersstore.h"
#include "app/data/calendardate.h"
#include "app/data/localization.h"
#include "app/data/saveddata.h"
#include "app/data/shippeddata.h"
#include "app/widgets/externallink.h"
#include "app/widgets/focusforward.h"

#include <QBoxLayout>
#include <QCursor>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolTip>
#include <QUrl>

namespace b12::app {

namespace {

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

QLabel* makeLabel(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel* makeHeading(const QString& objectName, QWidget* parent) {
    auto* label = makeLabel(objectName, parent);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

RiskChartPage::RiskChartPage(const Services& services, QWidget* parent)
    : QWidget(parent)
    , m_localization(services.localization)
    , m_openUrl([](const QUrl& url) { openExternalLink(url); }) {
    setObjectName(QStringLiteral("riskChartPage"));
    const core::Result<core::RiskTable>& data = services.shipped.riskTable();
    if (data) {
        m_table = data.value();
    } else {
        m_error = QString::fromStdString(data.error().toString());
    }

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("riskChartScroll"));
    m_scroll->setWidgetResizable(true);
    // The controls inside take the focus (and scroll into view); the area itself is no stop
    // on the Tab path, where a screen reader would meet an unnamed object.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The page is always taller than the window (the sources alone are). A scroll bar that
    // came and went while the page was laid out made the chart lay itself out twice more.
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    auto* content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("riskChartContent"));
    auto* layout = new QVBoxLayout(content);
    m_heading = makeHeading(QStringLiteral("riskChartHeading"), content);
    layout->addWidget(m_heading);
    if (m_error.isEmpty()) {
        buildChart(content, layout);
    } else {
        buildError(content, layout);
    }
    m_scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    // The person's own age group follows their answer to the age question.
    AnswersStore& answers = services.saved.answers();
    const auto followAge = [this, &answers] {
        const std::string_view answer = answers.answers().text(core::kAgeQuestionId);
        setAgeAnswer(answer.empty() ? std::nullopt : std::optional<std::string>(answer));
    };
    connect(&answers, &AnswersStore::changed, this, followAge);
    followAge();
    retranslate();
    updateSizes();
}

void RiskChartPage::buildError(QWidget* content, QVBoxLayout* layout) {
    m_errorLabel = makeLabel(QStringLiteral("riskChartError"), content);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_errorLabel->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    forwardFocus(this, [this] { return m_errorLabel; });
}

void RiskChartPage::buildChart(QWidget* content, QVBoxLayout* layout) {
    m_caption = makeLabel(QStringLiteral("riskChartCaption"), content);
    layout->addWidget(m_caption);

    auto* controls = new QHBoxLayout;
    m_tableToggle = new QPushButton(content);
    m_tableToggle->setObjectName(QStringLiteral("showAsTable"));
    m_tableToggle->setCheckable(true);
    m_ageStatus = makeLabel(QStringLiteral("yourAgeGroup"), content);
    controls->addWidget(m_tableToggle);
    controls->addWidget(m_ageStatus, 1);
    layout->addLayout(controls);

    m_body = new QBoxLayout(QBoxLayout::LeftToRight);
    m_body->addWidget(buildViews(content), 3);
    m_body->addWidget(buildSide(content), 1);
    layout->addLayout(m_body, 1);

    m_sourcesTitle = makeHeading(QStringLiteral("riskSourcesTitle"), content);
    m_sources = makeLabel(QStringLiteral("riskSources"), content);
    m_sources->setTextFormat(Qt::RichText);
    m_sources->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_sources->setOpenExternalLinks(false);
    layout->addWidget(m_sourcesTitle);
    layout->addWidget(m_sources);

    connectChart();
    forwardFocus(this, [this] { return m_tableToggle; });
}

QWidget* RiskChartPage::buildViews(QWidget* content) {
    m_views = new QStackedWidget(content);
    m_views->setObjectName(QStringLiteral("riskChartViews"));
    auto* chartPanel = new QWidget(m_views);
    chartPanel->setObjectName(QStringLiteral("riskChartPanel"));
    auto* chartLayout = new QVBoxLayout(chartPanel);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    m_chartView = new RiskChartView(m_table, language(), chartPanel);
    chartLayout->addWidget(m_chartView);
    chartLayout->addStretch(1);
    m_tableView = new RiskTableView(m_table, m_views);
    m_views->addWidget(chartPanel);
    m_views->addWidget(m_tableView);
    return m_views;
}

// Beside the chart: the details of the figure in focus, and a note on the article's figures.
QWidget* RiskChartPage::buildSide(QWidget* content) {
    m_side = new QWidget(content);
    m_side->setObjectName(QStringLiteral("riskChartSide"));
    auto* side = new QVBoxLayout(m_side);
    side->setContentsMargins(0, 0, 0, 0);
    m_detailsTitle = makeHeading(QStringLiteral("figureDetailsTitle"), m_side);
    m_details = makeLabel(QStringLiteral("figureDetails"), m_side);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noteTitle = makeHeading(QStringLiteral("articleFiguresTitle"), m_side);
    m_note = makeLabel(QStringLiteral("articleFiguresNote"), m_side);
    side->addWidget(m_detailsTitle);
    side->addWidget(m_details);
    side->addSpacing(m_details->fontMetrics().height());
    side->addWidget(m_noteTitle);
    side->addWidget(m_note);
    side->addStretch(1);
    return m_side;
}

void RiskChartPage::connectChart() {
    connect(m_tableToggle, &QPushButton::toggled, this, &RiskChartPage::setShowTable);
    connect(m_chartView, &RiskChartView::figureHovered, this, [this](ChartFigure figure) {
        showDetails(figure.series, figure.value, false);
        const RiskText words(m_table, language());
        const core::RiskSeries& series = m_table.series[figure.series];
        QToolTip::showText(QCursor::pos(), words.tooltip(series, series.values[figure.value]),
                           m_chartView);
    });
    connect(m_chartView, &RiskChartView::currentFigureChanged, this,
            [this](ChartFigure figure) { showDetails(figure.series, figure.value, false); });
    connect(m_tableView, &QTableWidget::currentCellChanged, this, [this](int row, int column) {
        if (row >= 0 && column >= 0) {
            showDetails(static_cast<std::size_t>(row), static_cast<std::size_t>(column), true);
        }
    });
    connect(m_sources, &QLabel::linkActivated, this, &RiskChartPage::openLink);
}

RiskChartPage::~RiskChartPage() = default;

void RiskChartPage::setAgeAnswer(const std::optional<std::string>& answerId) {
    m_ageAnswer = answerId;
    std::optional<std::string> band;
    if (answerId) {
        if (const auto mapped = core::chartBandForAgeAnswer(*answerId)) {
            band = std::string(*mapped);
        }
    }
    setHighlightedBand(band);
}

void RiskChartPage::setHighlightedBand(const std::optional<std::string>& bandId) {
    m_highlighted = bandId ? m_table.bandIndex(*bandId) : std::nullopt;
    updateHighlight();
}

std::optional<std::string> RiskChartPage::highlightedBand() const {
    if (!m_highlighted) {
        return std::nullopt;
    }
    return m_table.bands[*m_highlighted].id;
}

void RiskChartPage::setShowTable(bool showTable) {
    if (m_views == nullptr) {
        return;
    }
    if (m_tableToggle->isChecked() != showTable) {
        m_tableToggle->setChecked(showTable); // comes back here through toggled()
        return;
    }
    m_views->setCurrentIndex(showTable ? 1 : 0);
    if (showTable && m_tableView->currentItem() == nullptr && m_tableView->rowCount() > 0) {
        m_tableView->setCurrentCell(0, m_highlighted ? static_cast<int>(*m_highlighted) : 0);
    }
    retranslate();
}

bool RiskChartPage::isShowingTable() const {
    return m_views != nullptr && m_views->currentWidget() == m_tableView;
}

QString RiskChartPage::language() const {
    return m_localization.language();
}

QImage RiskChartPage::renderChart(const QSize& size) const {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    if (m_chartView == nullptr) {
        return image;
    }
    m_chartView->render(image);
    return image;
}

void RiskChartPage::setUrlOpener(std::function<void(const QUrl&)> opener) {
    m_openUrl = std::move(opener);
}

void RiskChartPage::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        if (m_chartView != nullptr) {
            m_chartView->setLanguage(language());
        }
        retranslate();
        break;
    case QEvent::FontChange:
        updateSizes();
        break;
    case QEvent::PaletteChange:
        updateHighlight();
        break;
    default:
        break;
    }
}

void RiskChartPage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    updateSizes();
}

void RiskChartPage::updateSizes() {
    if (m_body == nullptr) {
        return;
    }
    // Sizes in text lines and characters, so that they grow with the zoomed font.
    const QFontMetrics metrics(font());
    const int lines = metrics.height();
    const int chars = metrics.averageCharWidth();
    m_views->setMinimumHeight(lines * 20);
    // Room for a band's label and "(your age group)" under it, wrapped in a narrow column.
    m_tableView->horizontalHeader()->setMinimumHeight(m_highlighted ? lines * 3 + lines / 2 : 0);
    // Beside the chart while there is room; under it in a narrow window or at large zoom.
    const bool narrow = width() < chars * 110;
    m_body->setSpacing(lines);
    m_body->setDirection(narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_side->setMaximumWidth(narrow ? QWIDGETSIZE_MAX : chars * 36);
}

void RiskChartPage::retranslate() {
    const RiskText words(m_table, language());
    m_heading->setText(QStringLiteral("<h2>%1</h2>")
                           .arg(escaped(tr("How common is low vitamin B12 at different ages?"))));
    if (m_errorLabel != nullptr) {
        m_errorLabel->setText(tr("The chart's data could not be loaded, so no figures are "
                                 "shown.\n%1")
                                  .arg(m_error));
        return;
    }
    m_caption->setText(
        tr("In these studies low vitamin B12 was more common at older ages. Each row is one "
           "source with one blood-test cut-off: how many count as low depends on the cut-off, "
           "so do not add the bars up or read the rows as one survey. A figure a source "
           "reported for a wide age range (such as “over 50”) is one bar across the age groups "
           "it covers; an age group with no bar has no figure from that source. The lower "
           "panel counts people in the “marginal” range just above the cut-off, not people "
           "below it. Cut-offs shown: %1. The chart cannot tell anything about your own B12 "
           "level: only a blood test can.")
            .arg(words.cutOffs().join(QStringLiteral("; "))));
    m_tableToggle->setText(isShowingTable() ? tr("Show as &chart") : tr("Show as &table"));
    m_tableToggle->setAccessibleName(isShowingTable() ? tr("Show as chart") : tr("Show as table"));
    m_tableToggle->setAccessibleDescription(
        tr("Shows the same figures as a table that can be read with the keyboard and a screen "
           "reader."));
    m_detailsTitle->setText(QStringLiteral("<b>%1</b>").arg(escaped(tr("Figure details"))));
    m_details->setAccessibleName(tr("Figure details"));
    if (!m_shownFigure) {
        m_details->setText(tr("Point at a bar, or move over the bars with the arrow keys "
                              "(Tab to the chart first), to see the exact figure, its source "
                              "and its cut-off here."));
    }
    m_noteTitle->setText(QStringLiteral("<b>%1</b>").arg(escaped(tr("The article's figures"))));
    QStringList notes;
    for (const core::LocalizedText& note : m_table.notes) {
        notes << words.text(note);
    }
    m_note->setText(notes.join(QLatin1Char('\n')));
    m_note->setAccessibleName(tr("Note on the article's figures"));
    m_sourcesTitle->setText(QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Sources"))));
    //: %1 is a date such as "2 December 2026".
    m_sources->setText(
        words.sourcesHtml() +
        QStringLiteral("<p>%1</p>")
            .arg(escaped(tr("Figures last checked against their sources: %1")
                             .arg(formatReviewDate(m_table.reviewed, m_localization.locale())))));
    m_sources->setAccessibleName(tr("Sources of the chart's figures"));

    m_tableView->retranslate(words);
    updateHighlight();
    if (m_shownFigure) {
        showDetails(m_shownFigure->series, m_shownFigure->index, m_shownFigure->isBand);
    }
}

void RiskChartPage::updateHighlight() {
    if (m_chartView == nullptr) {
        return;
    }
    const RiskText words(m_table, language());
    m_chartView->setHighlightedBand(m_highlighted);

    QString status;
    if (m_highlighted) {
        status = tr("Your age group, %1, is highlighted.")
                     .arg(words.bandLabel(m_table.bands[*m_highlighted]));
    } else if (m_ageAnswer && *m_ageAnswer == core::kAgeAnswerOptions[0]) {
        status = tr("You answered that you are under 18. The surveys shown measured adults "
                    "only, so the chart has no age group for you.");
    } else {
        status = tr("Answer the age question in the questionnaire to see your age group "
                    "highlighted.");
    }
    m_ageStatus->setText(status);

    m_tableView->setHighlightedBand(m_highlighted, words);

    updateSizes();
    m_chartView->setAccessibleDescription(
        words.summary() + QLatin1Char(' ') + status + QLatin1Char(' ') +
        tr("The arrow keys move from bar to bar; “Show as table” shows the same figures as a "
           "table.") +
        QLatin1Char(' ') + words.sourcesText());
}

void RiskChartPage::showDetails(std::size_t seriesIndex, std::size_t index, bool isBand) {
    if (seriesIndex >= m_table.series.size()) {
        return;
    }
    const core::RiskSeries& series = m_table.series[seriesIndex];
    if (index >= (isBand ? m_table.bands.size() : series.values.size())) {
        return;
    }
    const RiskText words(m_table, language());
    m_details->setText(isBand ? words.details(series, m_table.bands[index])
                              : words.details(series, series.values[index]));
    m_shownFigure = Shown{seriesIndex, index, isBand};
}

void RiskChartPage::openLink(const QString& link) {
    const QUrl url(link);
    if (isExternalLink(url)) {
        m_openUrl(url);
    }
}

} // namespace b12::app
