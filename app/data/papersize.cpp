// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/data/papersize.h"

#include <QMarginsF>
#include <QSettings>

namespace b12::app {

namespace {
const QString kPaperKey = QStringLiteral("print/paper");
}

QPageSize::PageSizeId defaultPaperSize(const QLocale& locale) {
    if (locale.measurementSystem() == QLocale::ImperialUSSystem ||
        locale.territory() == QLocale::UnitedStates || locale.territory() == QLocale::Canada) {
        return QPageSize::Letter;
    }
    return QPageSize::A4;
}

QString paperId(QPageSize::PageSizeId paper) {
    return paper == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

std::optional<QPageSize::PageSizeId> paperFromId(const QString& id) {
    for (const QPageSize::PageSizeId paper : kPaperSizes) {
        if (id.compare(paperId(paper), Qt::CaseInsensitive) == 0) {
            return paper;
        }
    }
    return std::nullopt;
}

QPageSize::PageSizeId rememberedPaperSize(const QSettings& settings, const QLocale& locale) {
    return paperFromId(settings.value(kPaperKey).toString()).value_or(defaultPaperSize(locale));
}

void rememberPaperSize(QSettings& settings, QPageSize::PageSizeId paper) {
    if (settings.value(kPaperKey).toString() != paperId(paper)) {
        settings.setValue(kPaperKey, paperId(paper));
    }
}

QPageLayout printPageLayout(QPageSize::PageSizeId paper) {
    const qreal m = kPrintMarginMillimetres;
    return {QPageSize(paper), QPageLayout::Portrait, QMarginsF(m, m, m, m),
            QPageLayout::Millimeter};
}

} // namespace b12::app
