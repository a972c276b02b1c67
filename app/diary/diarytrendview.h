// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace b12::app {

class DiaryTrendDrawing;

/// The diary's trend chart on screen (DiaryTrendDrawing). A picture to a screen reader: its
/// accessible description, set by the page, says in words what it shows. It takes the Tab
/// focus so that a screen reader reaches it; a focus frame shows when it has it.
class DiaryTrendView : public QWidget {
    Q_OBJECT
public:
    explicit DiaryTrendView(QWidget* parent = nullptr);
    ~DiaryTrendView() override;
    DiaryTrendView(const DiaryTrendView&) = delete;
    DiaryTrendView& operator=(const DiaryTrendView&) = delete;
    DiaryTrendView(DiaryTrendView&&) = delete;
    DiaryTrendView& operator=(DiaryTrendView&&) = delete;

    void setDrawing(DiaryTrendDrawing drawing);
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::unique_ptr<DiaryTrendDrawing> m_drawing;
};

} // namespace b12::app
