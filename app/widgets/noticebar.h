// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace b12::app {

/// A message about the person's saved data (a file set aside, a save that failed) at the top
/// of a page, until they dismiss it. Its text is selectable and is its accessible name.
/// The names are the object names of the bar, its text and its Dismiss button.
class NoticeBar : public QFrame {
    Q_OBJECT
public:
    struct Names {
        QString bar;
        QString text;
        QString dismiss;
    };
    NoticeBar(const Names& names, QWidget* parent);

    /// Shows `notice`, or hides the bar when it is empty.
    void showNotice(const QString& notice);
    [[nodiscard]] QString notice() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_text = nullptr;
    QPushButton* m_dismiss = nullptr;
};

} // namespace b12::app
