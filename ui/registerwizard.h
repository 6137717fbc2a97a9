#pragma once

#include "partners/partner.h"

#include <QWizard>

class QComboBox;
class QLineEdit;

namespace ocpi {

class PartnerController;
class RegisterDetailsPage;
class RegisterProgressPage;

// Registers this node with a partner that gave us its versions URL and a token A (CRED-07..11 from
// the Sender's seat). Page 1 asks for them; page 2 runs the handshake in the node thread while the
// window stays live, then shows the partner's parties and endpoints, or why it failed (the operator
// may go back, correct the input and try again).
class RegisterWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { DetailsPageId, ProgressPageId };

    explicit RegisterWizard(PartnerController &partners, QWidget *parent = nullptr);

    QLineEdit *versionsUrlEdit() const;
    QLineEdit *tokenEdit() const;
    QLineEdit *nameEdit() const;
    QComboBox *encodingCombo() const;

    // The handshake of page 2.
    bool isRunning() const;
    bool hasSucceeded() const;
    QString outcomeText() const;     // the headline: success or the failure reason
    QString partnerSummary() const;  // parties and endpoints after a success

signals:
    void registered(const ocpi::Partner &partner);

private:
    RegisterDetailsPage *m_details;
    RegisterProgressPage *m_progress;
};

} // namespace ocpi
