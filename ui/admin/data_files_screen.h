// SPDX-License-Identifier: GPL-3.0-or-later
// The admin's view of the clinical data files this station decides with: name, declared version, SHA-256 of the
// bytes loaded, origin (embedded in the program or the site's reviewed copy in PREP_DATA_DIR) and the sources each
// file cites; a file changed on disk since the station opened is flagged (the loaded one decides until a restart).
#pragma once

#include "db/actor.h"
#include "prep-station/workflow/loaded_data_files.h"
#include "ui/app/station_setup.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace prep::ui {

class OutcomeLine;

class DataFilesScreen : public QWidget
{
    Q_OBJECT

public:
    DataFilesScreen(StationSetup& setup, db::Actor admin, QWidget* parent = nullptr);
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void present();
    void showSources();

    StationSetup& m_setup;
    db::Actor m_admin;
    std::vector<station::LoadedDataFile> m_files;
    QLabel* m_heading = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_sourcesHeading = nullptr;
    QTextBrowser* m_sources = nullptr;
    OutcomeLine* m_outcome = nullptr;
    QPushButton* m_refresh = nullptr;
};

} // namespace prep::ui
