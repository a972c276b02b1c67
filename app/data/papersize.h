// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <optional>

class QSettings;

namespace b12::app {

/// The paper sizes the app prints on.
inline constexpr QPageSize::PageSizeId kPaperSizes[] = {QPageSize::A4, QPageSize::Letter};

/// Letter in the United States and Canada (and wherever the locale measures in US units),
/// A4 everywhere else.
QPageSize::PageSizeId defaultPaperSize(const QLocale& locale);

/// "a4" or "letter", as the command line and the settings write them.
QString paperId(QPageSize::PageSizeId paper);
/// The paper for "a4" or "letter" (any case); nothing for anything else.
std::optional<QPageSize::PageSizeId> paperFromId(const QString& id);

/// The paper the person chose last, or the locale's when they never chose.
QPageSize::PageSizeId rememberedPaperSize(const QSettings& settings, const QLocale& locale);
void rememberPaperSize(QSettings& settings, QPageSize::PageSizeId paper);

/// Margins of everything the app prints, on every side.
inline constexpr qreal kPrintMarginMillimetres = 18.0;

/// Portrait `paper` with the app's margins.
QPageLayout printPageLayout(QPageSize::PageSizeId paper);

} // namespace b12::app
