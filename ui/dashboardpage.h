#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ocpi {

class FiguresWatch;
class NodeController;
class PartnerFiguresModel;
class RateChart;
class StatusPage;

// The first page: how the node and its partners are doing at a glance. Each figure is a button to
// the page behind it (openPage), a partner row opens that partner (openPartner).
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(NodeController &node, FiguresWatch &figures, QWidget *parent = nullptr);

    StatusPage *statusPage() const { return m_status; }
    RateChart *chart() const { return m_chart; }
    PartnerFiguresModel *partnersModel() const { return m_partnersModel; }
    QTableView *partnersView() const { return m_partnersView; }
    QPushButton *partnersTile() const { return m_partnersTile; }
    QPushButton *sessionsTile() const { return m_sessionsTile; }
    QPushButton *energyTile() const { return m_energyTile; }
    QPushButton *outboxTile() const { return m_outboxTile; }
    QPushButton *errorsTile() const { return m_errorsTile; }

signals:
    void openPage(const QString &key);
    void openPartner(qint64 partnerId);

private:
    void showFigures();
    QPushButton *addTile(const QString &accessibleName, const QString &pageKey);

    FiguresWatch &m_figures;
    StatusPage *m_status;
    RateChart *m_chart;
    PartnerFiguresModel *m_partnersModel;
    QTableView *m_partnersView;
    QLabel *m_problem;
    QWidget *m_tiles;
    QPushButton *m_partnersTile;
    QPushButton *m_sessionsTile;
    QPushButton *m_energyTile;
    QPushButton *m_outboxTile;
    QPushButton *m_errorsTile;
};

} // namespace ocpi
