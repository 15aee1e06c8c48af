// SPDX-License-Identifier: GPL-3.0-or-later
// The station's lists: read-only tables whose rows a gloved finger can pick (12 mm high when selectable), in the
// station's type; one row added from its cells' texts.
#pragma once

#include <QStringList>

class QTableWidget;
class QWidget;

namespace prep::ui {

QTableWidget* touchTable(const QString& objectName, int columns, QWidget* parent, bool selectable = true);
void appendRow(QTableWidget* table, const QStringList& cells);

} // namespace prep::ui
