// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPageLayout>
#include <QString>

#include <functional>

class QPdfWriter;

namespace b12::app {

/// Writes a PDF to `path` all or nothing: the pages go to a temporary file in the same
/// folder, which replaces `path` only when `draw` succeeded. A folder that does not exist
/// or cannot be written, or a `draw` that fails, leaves no file behind (and an existing
/// file unchanged) and returns false with the reason in `error`.
bool writePdfFile(const QString& path, const QPageLayout& layout, const QString& title,
                  const std::function<bool(QPdfWriter&)>& draw, QString* error);

} // namespace b12::app
