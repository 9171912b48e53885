// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/GraphvizLayout.h"
#include "map/MapExport.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;
class QToolButton;

namespace Continuity {

class AnalysisController;
class MapLegend;
class MapOverview;
class MapScene;
class MapView;
class PlanDocument;
class UserDialogs;

// The Dependency map area (PRODUCT §4): the map with its tools — lay out with Graphviz in the
// background (progress, cancel), fit and zoom, connect mode, add nodes of every kind, colour
// by tier, kind or scenario, search and focus, filters by kind, tier and site, a
// neighbourhood view, collapse and expand sites and groups, copy and paste, export for the
// wall. The scenario colouring follows the AnalysisController; "Fail this" asks the window to
// add nodes to the scenario.
class MapPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapPage)

public:
    MapPage(PlanDocument *document, AnalysisController *analysis, UserDialogs *dialogs,
            QWidget *parent = nullptr);
    ~MapPage() override;

    MapScene *scene() const { return m_scene; }
    MapView *view() const { return m_view; }
    MapLegend *legend() const { return m_legend; }
    MapOverview *overview() const { return m_overview; }
    // View > Map Overview: the minimap wanted or not, remembered in the settings.
    static bool isOverviewWanted();
    void setOverviewWanted(bool on);
    void setDialogs(UserDialogs *dialogs) { m_dialogs = dialogs; }

    // Selects these nodes and brings them into view ("Show on map").
    void showNodes(const QStringList &ids);
    // `keep` false: the layout is only shown (the first one of a plan never drawn).
    void startLayout(LayoutEngine engine, bool keep = true);
    void cancelLayout();
    bool isLayoutRunning() const;
    bool exportTo(const QString &path, QString *errorMessage);
    // Export…: asks where, then writes the picture.
    void onExport();
    bool exportWallPrint(const QString &path, const MapExport::WallPrint &options,
                         MapExport::WallPrintPages *pages, QString *errorMessage);
    void setColourMode(int mode); // MapColourMode as int, for the combo and tests
    void copy();
    void paste();

signals:
    void nodeSelectionChanged(const QStringList &ids);
    void failRequested(const QStringList &ids);
    void showInAnalysesRequested(const QStringList &ids);
    void statusMessage(const QString &message, int timeout);
    void layoutFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createToolBar();
    void createFilterRow();
    void updateFilter();
    void rebuildSiteFilter();
    void onLayoutFinished();
    void updateProgress();
    void onConnectRequested(const QString &consumer, const QString &provider,
                            const QPoint &globalPosition);
    void onContextMenu(const QString &key, const QPointF &scenePosition,
                       const QPoint &globalPosition);
    void onSearch();
    void onWallPrint(QPageSize::PageSizeId paper);
    QString exportTitle() const;
    void addNode(int kind); // -1: process, else a ServiceKind
    void deleteSelection();
    void placeLegend();
    void refusal(const QString &message);

    PlanDocument *m_document;
    AnalysisController *m_analysis;
    UserDialogs *m_dialogs;
    MapScene *m_scene;
    MapView *m_view;
    MapLegend *m_legend;
    MapOverview *m_overview;

    QComboBox *m_colourBy = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchResult = nullptr;
    QStringList m_matches;
    int m_matchIndex = -1;
    QAction *m_connectAction = nullptr;
    QAction *m_clusterAction = nullptr;
    QMenu *m_kindMenu = nullptr;
    QMenu *m_tierMenu = nullptr;
    QComboBox *m_siteFilter = nullptr;
    QCheckBox *m_neighbourhood = nullptr;
    QSpinBox *m_hops = nullptr;
    QPushButton *m_expandAll = nullptr;
    QLabel *m_counts = nullptr;

    QWidget *m_progressRow = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_progressTimer = nullptr;
    QElapsedTimer m_elapsed;
    QFutureWatcher<LayoutResult> m_layoutWatcher;
    std::shared_ptr<std::atomic_bool> m_layoutCancel;
    QStringList m_layoutIds;
    LayoutEngine m_layoutEngine = LayoutEngine::Dot;
    bool m_layoutKeep = true;
    bool m_firstShow = true;
};

} // namespace Continuity
