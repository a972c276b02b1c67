// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diary/diarypage.h"

#include "app/data/calendardate.h"
#include "app/data/localization.h"
#include "app/data/saveddata.h"
#include "app/diary/diaryform.h"
#include "app/diary/diarytext.h"
#include "app/diary/diarytrenddrawing.h"
#include "app/diary/diarytrendview.h"
#include "app/widgets/focusforward.h"
#include "app/widgets/noticebar.h"
#include "core/diary/diarystats.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

#include <array>

namespace b12::app {

namespace {
const std::string kPregnantQuestion = "pregnant_or_breastfeeding";
constexpr int kWeeksInYear = 52;
// The chart's ranges in weeks; 0 is the whole diary.
constexpr std::array<int, 4> kRangeWeeks{4, 13, kWeeksInYear, 0};
constexpr int kDefaultRange = 1;

} // namespace

DiaryPage::DiaryPage(const Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services) {
    setObjectName(QStringLiteral("diaryPage"));
    auto* layout = new QVBoxLayout(this);
    m_noticeBar = new NoticeBar({QStringLiteral("diaryNoticeBar"), QStringLiteral("diaryNotice"),
                                 QStringLiteral("dismissDiaryNotice")},
                                this);
    layout->addWidget(m_noticeBar);
    m_reminder = new QLabel(this);
    m_reminder->setObjectName(QStringLiteral("diaryReminder"));
    m_reminder->setWordWrap(true);
    m_reminder->setTextFormat(Qt::PlainText);
    m_reminder->setFrameShape(QFrame::StyledPanel);
    m_reminder->setMargin(fontMetrics().height() / 3);
    layout->addWidget(m_reminder);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("diarySplitter"));
    splitter->setChildrenCollapsible(false);
    auto* formPanel = new QWidget(splitter);
    auto* formLayout = new QVBoxLayout(formPanel);
    formLayout->setContentsMargins(0, 0, 0, 0);
    m_formTitle = new QLabel(formPanel);
    m_formTitle->setTextFormat(Qt::PlainText);
    formLayout->addWidget(m_formTitle);
    auto* scroll = new QScrollArea(formPanel);
    scroll->setObjectName(QStringLiteral("diaryFormScroll"));
    scroll->setWidgetResizable(true);
    // The fields inside take the focus; the area itself is no stop on the Tab path.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new DiaryForm(services, scroll);
    scroll->setWidget(m_form);
    formLayout->addWidget(scroll, 1);
    splitter->addWidget(formPanel);
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(buildEntries(right), 1);
    rightLayout->addWidget(buildTrend(right));
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    forwardFocus(this, [this] { return m_form->firstControl(); });

    connect(m_form, &DiaryForm::submitted, this, &DiaryPage::saveForm);
    DiaryStore& store = m_services.saved.diary();
    connect(&store, &DiaryStore::changed, this, [this] {
        showEntries(selectedId());
        updateTrend();
        updateReminder();
    });
    connect(&store, &DiaryStore::noticeChanged, this, &DiaryPage::updateNotice);
    connect(&m_services.saved.answers(), &AnswersStore::changed, this, &DiaryPage::updateReminder);
    retranslate();
    updateNotice();
    showEntries();
}

DiaryPage::~DiaryPage() = default;

QWidget* DiaryPage::buildEntries(QWidget* parent) {
    auto* panel = new QWidget(parent);
    m_entriesLabel = new QLabel(panel);
    m_entries = new QListWidget(panel);
    m_entries->setObjectName(QStringLiteral("diaryEntries"));
    m_entries->setWordWrap(true);
    m_entries->setAlternatingRowColors(true);
    m_entriesLabel->setBuddy(m_entries);
    m_edit = new QPushButton(panel);
    m_edit->setObjectName(QStringLiteral("diaryEdit"));
    m_delete = new QPushButton(panel);
    m_delete->setObjectName(QStringLiteral("diaryDelete"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_entriesLabel);
    layout->addWidget(m_entries, 1);
    layout->addLayout(buttons);
    connect(m_entries, &QListWidget::currentRowChanged, this, &DiaryPage::updateButtons);
    connect(m_entries, &QListWidget::itemActivated, m_edit, &QPushButton::click);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedId()) {
            editEntry(*id);
        }
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedId()) {
            deleteEntry(*id);
        }
    });
    return panel;
}

QWidget* DiaryPage::buildTrend(QWidget* parent) {
    auto* panel = new QWidget(parent);
    m_rangeLabel = new QLabel(panel);
    m_range = new QComboBox(panel);
    m_range->setObjectName(QStringLiteral("diaryTrendRange"));
    for (std::size_t i = 0; i < kRangeWeeks.size(); ++i) {
        m_range->addItem(QString());
    }
    m_range->setCurrentIndex(kDefaultRange);
    m_rangeLabel->setBuddy(m_range);
    m_trend = new DiaryTrendView(panel);
    auto* row = new QHBoxLayout;
    row->addWidget(m_rangeLabel);
    row->addWidget(m_range);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_trend);
    m_symptomDays = new QLabel(panel);
    m_symptomDays->setObjectName(QStringLiteral("diarySymptomDays"));
    m_symptomDays->setWordWrap(true);
    m_symptomDays->setTextFormat(Qt::PlainText);
    layout->addWidget(m_symptomDays);
    connect(m_range, &QComboBox::currentIndexChanged, this, &DiaryPage::updateTrend);
    return panel;
}

DiaryText DiaryPage::text() const {
    return {m_services.saved.questionnaire(), m_services.localization.language().toStdString(),
            m_services.localization.locale()};
}

std::optional<std::int64_t> DiaryPage::selectedId() const {
    const QListWidgetItem* item = m_entries->currentItem();
    if (item == nullptr) {
        return std::nullopt;
    }
    return item->data(Qt::UserRole).toLongLong();
}

void DiaryPage::showEntries(std::optional<std::int64_t> select) {
    const DiaryText text = this->text();
    const auto& entries = m_services.saved.diary().diary().entries;
    m_entries->clear();
    for (std::size_t i = entries.size(); i-- > 0;) { // newest first
        const core::DiaryEntry& entry = entries[i];
        auto* item = new QListWidgetItem(text.line(entry), m_entries);
        item->setData(Qt::UserRole, QVariant::fromValue(entry.id.value_or(0)));
        if (select && entry.id == select) {
            m_entries->setCurrentItem(item);
        }
    }
    if (m_entries->currentItem() == nullptr && m_entries->count() > 0) {
        m_entries->setCurrentRow(0);
    }
    updateButtons();
}

void DiaryPage::updateButtons() {
    const bool any = m_entries->currentItem() != nullptr;
    m_edit->setEnabled(any);
    m_delete->setEnabled(any);
}

bool DiaryPage::saveForm() {
    const QString problem = m_form->problem();
    if (!problem.isEmpty()) {
        m_form->showMessage(problem);
        return false;
    }
    DiaryStore& store = m_services.saved.diary();
    const core::DiaryEntry entry = m_form->entry();
    std::optional<std::int64_t> saved = entry.id;
    if (entry.id ? !store.update(entry) : !(saved = store.add(entry))) {
        m_form->showMessage(tr("This entry could not be saved: %1").arg(store.lastError()));
        return false;
    }
    m_form->startNew();
    showEntries(saved);
    return true;
}

bool DiaryPage::editEntry(std::int64_t id) {
    const core::DiaryEntry* entry = m_services.saved.diary().find(id);
    if (entry == nullptr) {
        return false;
    }
    m_form->load(*entry);
    m_form->firstControl()->setFocus(Qt::OtherFocusReason);
    return true;
}

bool DiaryPage::deleteEntry(std::int64_t id) {
    DiaryStore& store = m_services.saved.diary();
    const core::DiaryEntry* entry = store.find(id);
    if (entry == nullptr) {
        return false;
    }
    QMessageBox box(QMessageBox::Question, tr("Delete entry"),
                    tr("Delete this entry? This cannot be undone.\n\n%1").arg(text().line(*entry)),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("diaryConfirmDelete"));
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    box.button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes) {
        return false;
    }
    if (!store.remove(id)) {
        QMessageBox::warning(this, tr("Delete entry"),
                             tr("The entry could not be deleted.\n%1").arg(store.lastError()));
        return false;
    }
    if (m_form->editing() == id) {
        m_form->startNew();
    }
    return true;
}

void DiaryPage::updateTrend() {
    const core::Diary& diary = m_services.saved.diary().diary();
    const auto day = today();
    int weeks = kRangeWeeks.at(static_cast<std::size_t>(std::max(0, m_range->currentIndex())));
    if (weeks == 0) { // the whole diary: from the week of its first entry
        weeks = 1;
        if (!diary.entries.empty()) {
            const auto first =
                std::chrono::sys_days(core::weekStart(diary.entries.front().at.date()));
            const auto days = (std::chrono::sys_days(day) - first).count();
            weeks = std::max(1, static_cast<int>(days / 7) + 1);
        }
    }
    core::DiarySummary summary = core::summarizeDiary(diary, day, weeks);
    m_trend->setAccessibleDescription(text().trendDescription(summary));
    m_symptomDays->setText(text().symptomDays(summary));
    m_trend->setDrawing(DiaryTrendDrawing(std::move(summary), m_services.localization.locale()));
}

void DiaryPage::updateReminder() {
    const bool pregnant =
        m_services.saved.answers().answers().is(kPregnantQuestion, std::string_view("yes"));
    const auto since = core::reviewReminder(m_services.saved.diary().diary(), today(), pregnant);
    if (!since) {
        m_reminder->clear();
        m_reminder->hide();
        return;
    }
    const QString reminder =
        tr("You logged a treatment on %1. NICE suggests a review about 3 months after starting "
           "treatment (1 month in pregnancy or breastfeeding) (NASGP summary of NICE NG239).")
            .arg(text().date(*since));
    m_reminder->setText(reminder);
    m_reminder->setAccessibleName(reminder);
    m_reminder->show();
}

QString DiaryPage::reminderText() const {
    return m_reminder->isVisibleTo(this) ? m_reminder->text() : QString();
}

void DiaryPage::updateNotice() {
    m_noticeBar->showNotice(m_services.saved.diary().notice());
}

void DiaryPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showEntries(selectedId());
    }
    QWidget::changeEvent(event);
}

void DiaryPage::retranslate() {
    m_formTitle->setText(tr("New entry"));
    m_entriesLabel->setText(tr("E&ntries, newest first:"));
    m_entries->setAccessibleName(tr("Diary entries, newest first"));
    m_edit->setText(tr("&Edit"));
    m_edit->setAccessibleName(tr("Edit the selected entry"));
    m_delete->setText(tr("De&lete…"));
    m_delete->setAccessibleName(tr("Delete the selected entry"));
    m_rangeLabel->setText(tr("Trend &over:"));
    m_range->setItemText(0, tr("4 weeks"));
    m_range->setItemText(1, tr("3 months"));
    m_range->setItemText(2, tr("1 year"));
    m_range->setItemText(3, tr("the whole diary"));
    m_trend->setAccessibleName(tr("Trend chart of the diary"));
    updateTrend();
    updateReminder();
}

} // namespace b12::app
