// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/touch_table.h"

#include "ui/app/touch.h"

#include <QHeaderView>
#include <QTableWidget>

namespace prep::ui {

QTableWidget* touchTable(const QString& objectName, int columns, QWidget* parent, bool selectable)
{
    auto* t = new QTableWidget(0, columns, parent);
    t->setObjectName(objectName);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(selectable ? QAbstractItemView::SingleSelection : QAbstractItemView::NoSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->setVisible(false);
    if (selectable)
        t->verticalHeader()->setDefaultSectionSize(millimetres(parent, kTargetMm));
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(true);
    return t;
}

void appendRow(QTableWidget* table, const QStringList& cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells[c]));
}

} // namespace prep::ui
