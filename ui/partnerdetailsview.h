#pragma once

#include "partners/partner.h"
#include "sync/outbox.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QStackedWidget;
class QTableWidget;

namespace ocpi {

// Everything the registry knows about one partner: state, where it lives, the version we speak,
// its roles with business names, its endpoints, and our token towards it (masked: the console
// never shows a token that can still be used). The token encoding setting is editable; the view
// only asks for the change (encodingChangeRequested), the page saves it through the node.
class PartnerDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit PartnerDetailsView(QWidget *parent = nullptr);

    void showPartner(const Partner &partner);
    void showMessage(const QString &message);
    // Pushes waiting for each partner; the shown partner's line is kept up to date.
    void setBacklog(const QList<PartnerBacklog> &backlog);
    QString backlogText() const;

    qint64 partnerId() const { return m_partnerId; }
    QComboBox *encodingCombo() const { return m_encoding; }
    QTableWidget *rolesTable() const { return m_roles; }
    QTableWidget *endpointsTable() const { return m_endpoints; }
    QString stateText() const;
    QString tokenText() const;
    QString detectedEncodingText() const;

signals:
    void encodingChangeRequested(qint64 partnerId, ocpi::EncodingSetting setting);

private:
    QLabel *addField(QFormLayout *form, const QString &label);

    QStackedWidget *m_stack;
    QLabel *m_message;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_versionsUrl;
    QLabel *m_version;
    QLabel *m_lastContact;
    QLabel *m_created;
    QLabel *m_token;
    QLabel *m_incoming;
    QLabel *m_backlog;
    QList<PartnerBacklog> m_backlogs;
    QComboBox *m_encoding;
    QLabel *m_detected;
    QTableWidget *m_roles;
    QTableWidget *m_endpoints;
    qint64 m_partnerId = 0;
};

} // namespace ocpi
