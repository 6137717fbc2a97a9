#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace ocpi {

class NodeController;

// What the node is and how it is doing: where partners reach it, which parties it hosts, how long
// it has been up and how much it has served. Live values are re-read by refresh() (every second
// from the main window).
class StatusPage : public QWidget
{
    Q_OBJECT

public:
    explicit StatusPage(NodeController &controller, QWidget *parent = nullptr);

    QString stateText() const;
    QString versionsUrlText() const;
    QString uptimeText() const;
    QString requestCountText() const;
    QString partiesText() const;
    // The processes serving the database, one a line (which leads, which are gone).
    QString processesText() const;

    static QString formatUptime(qint64 seconds);

public slots:
    void refresh();

private:
    void showIdentity();
    void readProcesses();

    NodeController &m_controller;
    QLabel *m_state;
    QLabel *m_publicBase;
    QLineEdit *m_versionsUrl;
    QLabel *m_parties;
    QLabel *m_startedAt;
    QLabel *m_uptime;
    QLabel *m_requests;
    QLabel *m_logged;
    QLabel *m_database;
    QLabel *m_processes;
    int m_refreshes = 0;
};

} // namespace ocpi
