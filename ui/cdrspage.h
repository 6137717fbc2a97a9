#pragma once

#include "objecttablepage.h"

class QLabel;

namespace ocpi {

// CDRs (CDR-*): ours (as CPO, POSTed to the token's eMSP) and partners' (as eMSP), with what was
// charged and what it cost. A CDR is final (CDR-04): the page offers no New, Edit or Delete, and
// says so; corrections are credit CDRs, which appear beside their original. The selected CDR's cost
// breakdown, its charging periods and, for ours, where each partner keeps it (the Location header
// of its answer, CdrService::deliveries) are shown above its JSON.
class CdrsPage : public ObjectTablePage
{
    Q_OBJECT

public:
    explicit CdrsPage(NodeController &node, QWidget *parent = nullptr);

    QLabel *breakdownView() const { return m_breakdown; }

    // "4.50 / 5.45 EUR" (excl. / incl. VAT), "4.50 EUR" without incl_vat; empty without a cost.
    static QString costText(const QJsonObject &cdr);
    // The cost components (total_fixed_cost, ...) and the charging periods, one per line.
    static QString breakdownText(const QJsonObject &cdr);

protected:
    QJsonObject newObjectTemplate(const PartyRole &owner) const override;
    void updateActions() override;
    void applySteps(RowSteps<ObjectRow> steps) override;
    void objectShown(const ObjectRow *object) override;

private:
    static QList<ObjectTableModel::Column> columns();
    void readDeliveries(const ObjectRow &cdr);

    NodeController &m_node;
    QLabel *m_breakdown;
    QString m_shownIdentity;
    QString m_shownText;
};

} // namespace ocpi
