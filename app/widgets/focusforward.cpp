// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/focusforward.h"

#include <QFocusEvent>
#include <QObject>
#include <QWidget>

namespace b12::app {

namespace {

class FocusForwarder : public QObject {
public:
    FocusForwarder(QWidget* from, std::function<QWidget*()> to)
        : QObject(from)
        , m_to(std::move(to)) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::FocusIn) {
            QWidget* target = m_to();
            if (target != nullptr && target != watched) {
                target->setFocus(static_cast<QFocusEvent*>(event)->reason());
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<QWidget*()> m_to;
};

} // namespace

void forwardFocus(QWidget* from, std::function<QWidget*()> to) {
    from->installEventFilter(new FocusForwarder(from, std::move(to)));
}

} // namespace b12::app
