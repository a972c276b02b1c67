// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPageSize>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPrintPreviewDialog;
class QWidget;

namespace b12::app {

/// What a print preview shows: its window title and object name, the document's name for
/// the printer, the paper, and how to draw the pages on a printer.
struct PrintJob {
    QString previewName;  ///< object name of the preview window
    QString windowTitle;  ///< "Print Summary"
    QString documentName; ///< the name a print queue shows
    QPageSize::PageSizeId paper = QPageSize::A4;
    std::function<void(QPagedPaintDevice&)> paint;
};

/// Shows the pages as they will print, from where they print: Qt's print preview, made
/// usable by keyboard (makeKeyboardUsable()).
void showPrintPreview(const PrintJob& job, QWidget* parent);

/// Every button of the preview's toolbar takes the Tab focus and has its name for a screen
/// reader; Print is Ctrl+P and takes the focus first, so Enter or Space prints. (Qt's own
/// toolbar buttons take no focus: its preview could not be printed from by keyboard.)
void makeKeyboardUsable(QPrintPreviewDialog& dialog);

} // namespace b12::app
